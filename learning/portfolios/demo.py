"""Demo content of portfolios, loaded by ``manage.py load_demo_content`` after the catalog's.

The fifteen demo educators (``educator01@demo.commongood.example`` ...; made here the same way
if the catalog's loader has not made them) each keep a portfolio: three entries written in their
own language, each with a small photo drawn with Pillow, a collection telling the story of their
year, sharing of every kind (private, colleagues, a secret link, public) and a few comments from
colleagues. An educator with a completed enrolment in the catalog has their first entry linked to it.

Idempotent: an educator who already has entries is left as they are.
"""

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from allauth.account.models import EmailAddress
from PIL import Image, ImageDraw

from home.choices import MemberRole
from home.models import User
from learning.models.portfolios import (
    CollectionItem,
    Evidence,
    EvidenceKind,
    PortfolioCollection,
    PortfolioComment,
    PortfolioEntry,
    Visibility,
    new_share_token,
)
from learning.portfolios import demo_text
from learning.portfolios.text import clean_reflection

SEED = 7
EMAIL_TEMPLATE = "educator{number:02d}@demo.commongood.example"
EDUCATORS = 15
ENTRIES_EACH = 3
ENTRY_VISIBILITY = [Visibility.PUBLIC, Visibility.COLLEAGUES, Visibility.PRIVATE, Visibility.LINK]
COLLECTION_VISIBILITY = [Visibility.COLLEAGUES, Visibility.PUBLIC, Visibility.LINK, Visibility.PRIVATE]
PALETTE = [(138, 28, 43), (27, 79, 138), (30, 107, 58), (122, 75, 0), (74, 74, 87)]


def demo_educator_emails():
    return [EMAIL_TEMPLATE.format(number=number) for number in range(1, EDUCATORS + 1)]


class PortfoliosDemoLoader:
    def __init__(self, home_loader=None):
        self.home_loader = home_loader
        self.rng = random.Random(SEED)

    def load(self):
        educators = [self._educator(index, email) for index, email in enumerate(demo_educator_emails())]
        created = 0
        with transaction.atomic():
            for index, educator in enumerate(educators):
                if PortfolioEntry.objects.filter(owner=educator).exists():
                    continue
                self._portfolio(index, educator, educators)
                created += 1
        return educators, created

    # People

    def _educator(self, index, email):
        user = User.objects.filter(email=email).first()
        if user is not None:
            return user
        first_name, last_name, language = demo_text.EDUCATOR_NAMES[index % len(demo_text.EDUCATOR_NAMES)]
        user = User(
            email=email,
            first_name=first_name,
            last_name=last_name,
            preferred_language=language,
            member_role=MemberRole.EDUCATOR,
        )
        user.set_unusable_password()  # they sign in with a code sent to their address
        user.save()
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        return user

    # Portfolios

    def _portfolio(self, index, educator, educators):
        language = educator.preferred_language if educator.preferred_language in demo_text.COLLECTION_TITLE else "en"
        today = timezone.localdate()
        entries = []
        for number in range(ENTRIES_EACH):
            theme = demo_text.THEMES[(index + number) % len(demo_text.THEMES)]
            visibility = ENTRY_VISIBILITY[(index + number) % len(ENTRY_VISIBILITY)]
            entry = PortfolioEntry.objects.create(
                owner=educator,
                title=theme["title"][language],
                date=today - datetime.timedelta(days=30 * (ENTRIES_EACH - number) + index),
                reflection=clean_reflection(theme["reflection"][language]),
                language=language,
                standards=theme["standards"],
                subject=theme["subject"],
                hours=theme["hours"],
                visibility=visibility,
                **self._link_fields(visibility, today),
            )
            self._photo(entry, demo_text.PHOTO_TITLE[language])
            entries.append(entry)
        self._link_completed_offering(educator, entries[0])
        collection_visibility = COLLECTION_VISIBILITY[index % len(COLLECTION_VISIBILITY)]
        collection = PortfolioCollection.objects.create(
            owner=educator,
            title=demo_text.COLLECTION_TITLE[language],
            description=demo_text.COLLECTION_DESCRIPTION[language],
            visibility=collection_visibility,
            **self._link_fields(collection_visibility, today),
        )
        CollectionItem.objects.bulk_create(
            CollectionItem(collection=collection, entry=entry, position=position)
            for position, entry in enumerate(entries, start=1)
        )
        self._comments(index, entries, collection, educators)

    @staticmethod
    def _link_fields(visibility, today):
        if visibility != Visibility.LINK:
            return {}
        return {"share_token": new_share_token(), "link_expires_on": today + datetime.timedelta(days=30)}

    def _photo(self, entry, title):
        image = Image.new("RGB", (480, 320), (243, 241, 234))
        draw = ImageDraw.Draw(image)
        colour = self.rng.choice(PALETTE)
        # A few dots in rows, like the dot cards of a number talk, or tables seen from above.
        for row in range(self.rng.randint(2, 4)):
            for column in range(self.rng.randint(3, 6)):
                x, y = 50 + column * 70, 50 + row * 70
                draw.ellipse((x, y, x + 40, y + 40), fill=colour)
        output = io.BytesIO()
        image.save(output, format="JPEG", quality=80)
        data = output.getvalue()
        evidence = Evidence(
            entry=entry,
            kind=EvidenceKind.IMAGE,
            title=title,
            content_type="image/jpeg",
            size=len(data),
            width=image.width,
            height=image.height,
        )
        evidence.file.save("photo.jpg", ContentFile(data), save=False)
        evidence.save()

    @staticmethod
    def _link_completed_offering(educator, entry):
        try:
            from learning.models.catalog import Enrolment, EnrolmentStatus
        except ImportError:
            return
        enrolment = Enrolment.objects.filter(educator=educator, status=EnrolmentStatus.COMPLETED).order_by("pk").first()
        if enrolment is not None:
            PortfolioEntry.objects.filter(pk=entry.pk).update(offering_id=enrolment.offering_id)

    def _comments(self, index, entries, collection, educators):
        commenters = [educators[(index + step) % len(educators)] for step in (1, 2)]
        shared = [entry for entry in entries if entry.visibility in (Visibility.COLLEAGUES, Visibility.PUBLIC)]
        targets = [{"entry": entry} for entry in shared]
        if collection.visibility in (Visibility.COLLEAGUES, Visibility.PUBLIC):
            targets.append({"collection": collection})
        for number, target in enumerate(targets):
            author = commenters[number % len(commenters)]
            texts = demo_text.COMMENTS.get(author.preferred_language, demo_text.COMMENTS["en"])
            PortfolioComment.objects.create(author=author, body=texts[number % len(texts)], **target)
