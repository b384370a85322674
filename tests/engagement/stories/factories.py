"""Small trees for the personal-stories tests: themes, story pages, proposals linked to themes."""

import io

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Locale

import factory
import wagtail_factories
from PIL import Image

from engagement.models.stories import StoryIndexPage, StoryPage, StorySubmission, YouSaidWeProposedPage
from engagement.models.themes import Theme
from home.choices import MemberRole
from home.roles import COMMUNICATIONS, ORGANIZERS
from proposals.models import ProposalCommunityInput
from tests.factories import UserFactory


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Stories"
    slug = "our-stories"
    intro = "What school is like, in your words."


class StoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Story {n}")
    storyteller = "Maria"
    storyteller_role = "family"
    summary = "My son's class has 34 students."
    story = "<p>My son's class has 34 students and one teacher.</p>"


class YouSaidPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = YouSaidWeProposedPage

    title = "You said, we proposed"
    slug = "you-said-we-proposed"
    intro = "What you told us, and what we asked for at the table."


class StorySubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StorySubmission

    shown_name = "Maria"
    role = "family"
    title = "Too many students"
    story = "My son's class has 34 students.\n\nHe never gets a turn to read aloud."
    language = "en"
    consent_to_publish = True
    consent_to_contact = True
    contact_name = "Maria Lopes"
    email = "maria@example.org"
    phone = "617 555 0100"


def make_theme(slug, name, translations=None):
    """An English theme and, for each {language: name}, its translation (same slug and key)."""
    theme = Theme.objects.create(slug=slug, name=name, locale=Locale.objects.get(language_code="en"))
    for language, translated_name in (translations or {}).items():
        copy = theme.copy_for_translation(Locale.objects.get(language_code=language))
        copy.name = translated_name
        copy.save()
    return theme


def make_story(index, themes=(), **fields):
    story = StoryPageFactory.build(**fields)
    story.themes = list(themes)
    index.add_child(instance=story)
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def link_theme(proposal, theme, summary="Families asked for this at every session."):
    proposal.community_inputs.add(
        ProposalCommunityInput(kind="listening_theme", summary=summary, theme=theme, locale=proposal.locale)
    )
    proposal.save_revision().publish()


def make_communications(**fields):
    user = UserFactory(first_name="Comms", last_name="Okafor", member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=COMMUNICATIONS))
    return user


def make_organizer(**fields):
    user = UserFactory(first_name="Org", last_name="Baptiste", member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=ORGANIZERS))
    return user


def jpeg_bytes(with_gps=False, size=(64, 48)):
    image = Image.new("RGB", size, (200, 40, 40))
    buffer = io.BytesIO()
    if with_gps:
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"  # Make
        gps = exif.get_ifd(0x8825)
        gps[1] = "N"
        gps[2] = (42.0, 21.0, 30.0)
        gps[3] = "W"
        gps[4] = (71.0, 3.0, 35.0)
        image.save(buffer, format="JPEG", exif=exif)
    else:
        image.save(buffer, format="JPEG")
    return buffer.getvalue()


def upload(name, data, content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def tag_survey_answers(theme, count):
    """``count`` open survey answers tagged with ``theme`` (as staff tag them in the results)."""
    import uuid

    from engagement.models.surveys import SurveyAnswer, SurveyResponse

    response = SurveyResponse.objects.create(survey_key=uuid.uuid4(), language="en")
    for number in range(count):
        answer = SurveyAnswer.objects.create(
            response=response, survey_key=response.survey_key, question_id="q-open", text=f"Answer {number}"
        )
        answer.themes.add(theme)


def build_you_said_world(home_page, size):
    """``size`` themes, each with two stories, survey answers, a listening session quoting it, and a
    proposal discussed at a bargaining session. Returns the English "You said" page and its Spanish translation.
    """
    from tests.engagement.listening.factories import ListeningSessionIndexPageFactory
    from tests.factories import translate_page
    from tests.proposals.factories import BargainingIndexPageFactory, ProposalIndexPageFactory

    StoryIndexPageFactory(parent=home_page)
    ListeningSessionIndexPageFactory(parent=home_page)
    ProposalIndexPageFactory(parent=home_page)
    BargainingIndexPageFactory(parent=home_page)
    you_said = YouSaidPageFactory(parent=home_page)
    add_themes_to_world(0, size)
    return you_said, translate_page(you_said, "es", title="Ustedes dijeron, nosotros propusimos")


def add_themes_to_world(first, last):
    """Themes ``first`` to ``last - 1`` of the world ``build_you_said_world`` builds."""
    import datetime

    from engagement.models.listening import ListeningSessionIndexPage
    from proposals.models import BargainingIndexPage, ProposalIndexPage
    from tests.proposals.factories import BargainingSessionPageFactory, make_proposal

    index = StoryIndexPage.objects.get()
    listening = ListeningSessionIndexPage.objects.get()
    proposals = ProposalIndexPage.objects.get()
    sessions = BargainingIndexPage.objects.get()
    for number in range(first, last):
        theme = make_theme(f"theme-{number}", f"Theme {number}", {"es": f"Tema {number}"})
        for story_number in range(2):
            make_story(index, [theme], title=f"Story {number}.{story_number}")
        tag_survey_answers(theme, number + 1)
        add_listening_theme(listening, theme, mentions=number + 5, quote=f"Quote about theme {number}")
        proposal = make_proposal(
            proposals,
            title=f"Proposal {number}",
            steps=(("drafted", datetime.date(2026, 8, 1)), ("tabled", datetime.date(2026, 9, 1))),
        )
        link_theme(proposal, theme)
        session = BargainingSessionPageFactory(parent=sessions, title=f"Session {number}")
        session.proposals_discussed = [proposal]
        session.save_revision().publish()


def add_listening_theme(listening_index, theme, mentions, quote, title=None):
    """A published listening session that heard ``theme`` ``mentions`` times, with a quote."""
    from engagement.models.listening import SessionTheme
    from tests.engagement.listening.factories import ListeningSessionPageFactory

    fields = {"title": title} if title else {}
    session = ListeningSessionPageFactory.build(**fields)
    session.session_themes.add(SessionTheme(theme=theme, mentions=mentions, quote=quote, locale=theme.locale))
    listening_index.add_child(instance=session)
    session.save_revision().publish()
    return session
