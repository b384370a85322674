"""The catalog's part of the demo content: the catalog page and thirty offerings in every language,
fifteen educators with enrolments, attendance, completions and certificates, a Learning coordinator
and two proposals waiting for review.

``manage.py load_demo_content`` runs ``CatalogDemoLoader`` (FEATURE_LOADERS) after the home loader,
in the same transaction. It is idempotent: pages are found by slug under their parent, and the
people and their records are made only when no demo educator exists yet. Records are written
directly rather than through ``learning.catalog.services``, so that loading the demo sends no e-mail.

The educators' addresses are stable (``educator01@demo.commongood.example`` ...), so that the
portfolio demo can give the same people portfolios.
"""

import datetime
import random
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Page

from allauth.account.models import EmailAddress

from home.choices import MemberRole
from home.demo import content as home_content
from home.demo.feature import FeatureDemoLoader
from home.demo.spec import SOURCE_LANGUAGE, PageSpec, Text, localize
from home.demo.translate import translate_object
from home.models import User
from home.roles import LEARNING_COORDINATORS
from learning.catalog import demo_text
from learning.models.catalog import (
    Attendance,
    CatalogPage,
    Certificate,
    CreditCycle,
    Enrolment,
    EnrolmentStatus,
    Format,
    OfferingPage,
    OfferingProposal,
    OfferingSession,
    OfferingStandard,
    ProposalStatus,
)
from learning.standards import Standard

EMAIL_DOMAIN = "demo.commongood.example"
EDUCATOR_COUNT = 15
OFFERING_COUNT = 30
# The first offerings have met already (their educators completed them); the others are to come.
PAST_OFFERINGS = 10
SEED = 7
FORMATS = list(Format.values)
STANDARDS = list(Standard.values)
CREDITS = [("pdp", Decimal("15")), ("hours", Decimal("6")), ("graduate", Decimal("1")), ("pdp", Decimal("10"))]
INSTRUCTION_LANGUAGES = ["en", "en", "es", "en", "ht", "en", "pt", "vi", "en", "zh", "ar", "en"]
EDUCATOR_LANGUAGES = ["en", "es", "ht", "pt", "vi", "zh-hans", "ar", "en", "es", "ht", "en", "pt", "es", "vi", "en"]
FIRST_NAMES = [
    "Aisha", "Benjamin", "Carmen", "Duc", "Esperanza", "Fabiola", "Gabriel", "Hana", "Ibrahim", "Joana",
    "Kwame", "Lin", "Mateo", "Nadia", "Oscar",
]  # fmt: skip
LAST_NAMES = [
    "Brooks", "Cohen", "Delgado", "Nguyen", "Ramírez", "Joseph", "Santos", "Tran", "Haddad", "Pereira",
    "Mensah", "Zhang", "Ortiz", "Saleh", "Walsh",
]  # fmt: skip


def educator_email(number):
    return f"educator{number:02d}@{EMAIL_DOMAIN}"


def offering_specs():
    """(slug, title Text, fields, standards, format) of the thirty offerings."""
    specs = []
    for index in range(OFFERING_COUNT):
        key, title, summary, subjects, grade_bands = demo_text.TOPICS[index // 3]
        format_code = FORMATS[index % len(FORMATS)]
        word = demo_text.FORMAT_WORDS[format_code]
        # Every offering is led by educators; the other standards rotate so that each is met often.
        standards = [STANDARDS[index % 6], STANDARDS[(index + 2) % 6], Standard.LED_BY_EDUCATORS]
        standards = list(dict.fromkeys(standards))
        credit_type, amount = CREDITS[index % len(CREDITS)]
        specs.append(
            {
                "slug": f"{key}-{format_code}",
                "title": Text.per_language(lambda code, title=title, word=word: f"{title[code]}: {word[code]}"),
                "summary": summary,
                "description": demo_text.FORMAT_PARAGRAPHS[format_code],
                "format": format_code,
                "standards": standards,
                "subjects": subjects,
                "grade_bands": grade_bands,
                "audience_roles": ["classroom-teacher", "new-educator"] if index % 2 else ["classroom-teacher"],
                "credit_type": credit_type,
                "credit_amount": amount,
                "language_of_instruction": INSTRUCTION_LANGUAGES[index % len(INSTRUCTION_LANGUAGES)],
                "capacity": 6 if index % 7 == 3 else 20,
                "cost": Decimal("0") if index % 5 else Decimal("25"),
                "min_sessions_attended": 2,
                "online": index % 4 == 1,
                "place": demo_text.PLACES[index % len(demo_text.PLACES)],
            }
        )
    return specs


class CatalogDemoLoader(FeatureDemoLoader):
    """Loads the catalog demo under the home page that ``home_loader`` has loaded."""

    def __init__(self, home_loader, now=None):
        super().__init__(home_loader)
        self.now = now or timezone.now()
        self.rng = random.Random(SEED)

    def load(self):
        home = Page.objects.get(pk=self.home_page().pk).specific
        catalog = self._catalog(home)
        people = self._people()
        offerings = [self._offering(catalog, spec, number, people) for number, spec in enumerate(offering_specs())]
        report = self.summary.translation
        translate_object(catalog, self._catalog_values(catalog), self.target_locales, report)
        for page, spec in offerings:
            translate_object(page, self._offering_values(page, spec), self.target_locales, report)
        translate_object(home, self.home_loader.page_values(home_content.HOME, home), self.target_locales, report)
        if people["created"]:
            self._enrolments([page for page, _spec in offerings], people["educators"])
            self._proposals(people["educators"])
        self.summary.pages.append(catalog)
        self.summary.pages.extend(page for page, _spec in offerings)
        return catalog, [page for page, _spec in offerings]

    # Pages

    def _catalog_spec(self):
        return PageSpec(
            model="CatalogPage",
            slug=demo_text.CATALOG_SLUG,
            title=demo_text.CATALOG_TITLE,
            fields={"intro": demo_text.CATALOG_INTRO},
        )

    def _catalog_values(self, catalog):
        return self.home_loader.page_values(self._catalog_spec(), catalog)

    def _catalog(self, home):
        catalog = home.get_children().filter(slug=demo_text.CATALOG_SLUG).specific().first()
        if catalog is None:
            catalog = CatalogPage(
                title=demo_text.CATALOG_TITLE[SOURCE_LANGUAGE],
                slug=demo_text.CATALOG_SLUG,
                locale=self.source_locale,
                intro=localize(demo_text.CATALOG_INTRO, SOURCE_LANGUAGE),
            )
            home.add_child(instance=catalog)
            catalog.save_revision().publish()
            self.summary.pages_created += 1
        return CatalogPage.objects.get(pk=catalog.pk)

    def _offering_values(self, page, spec):
        texts = [spec["title"], spec["summary"], spec["description"], spec["place"]]
        texts += [demo_text.HOW[code] for code in spec["standards"]]
        return [*texts, Text.same(page.slug)]

    def _offering(self, catalog, spec, number, people):
        page = catalog.get_children().filter(slug=spec["slug"]).specific().first()
        if page is not None:
            return page, spec
        # Past offerings started eight weeks ago, the others start over the coming months.
        if number < PAST_OFFERINGS:
            start = self.now - datetime.timedelta(weeks=8, days=number)
        else:
            start = self.now + datetime.timedelta(days=7 + 4 * (number - PAST_OFFERINGS))
        start = start.replace(hour=15, minute=30, second=0, microsecond=0)
        page = OfferingPage(
            title=spec["title"][SOURCE_LANGUAGE],
            slug=spec["slug"],
            locale=self.source_locale,
            format=spec["format"],
            summary=spec["summary"][SOURCE_LANGUAGE],
            description=f"<p>{spec['description'][SOURCE_LANGUAGE]}</p>",
            audience_roles=spec["audience_roles"],
            grade_bands=spec["grade_bands"],
            subjects=spec["subjects"],
            capacity=spec["capacity"],
            credit_type=spec["credit_type"],
            credit_amount=spec["credit_amount"],
            cost=spec["cost"],
            language_of_instruction=spec["language_of_instruction"],
            min_sessions_attended=spec["min_sessions_attended"],
            reflection_required=True,
        )
        page.standards = [
            OfferingStandard(standard=code, how=demo_text.HOW[code][SOURCE_LANGUAGE], locale=self.source_locale)
            for code in spec["standards"]
        ]
        page.sessions = [
            OfferingSession(
                starts_at=start + datetime.timedelta(weeks=week),
                ends_at=start + datetime.timedelta(weeks=week, hours=2),
                place="" if spec["online"] else spec["place"][SOURCE_LANGUAGE],
                online=spec["online"],
                locale=self.source_locale,
            )
            for week in range(3)
        ]
        facilitators = people["educators"][number % 5 : number % 5 + 1] if people["educators"] else []
        page.facilitators.set(facilitators)
        catalog.add_child(instance=page)
        page.save_revision().publish()
        self.summary.pages_created += 1
        return OfferingPage.objects.get(pk=page.pk), spec

    # People and their records

    def _people(self):
        existing = list(User.objects.filter(email__iendswith=f"@{EMAIL_DOMAIN}", email__startswith="educator"))
        if existing:
            return {"created": False, "educators": sorted(existing, key=lambda user: user.email)}
        educators = [
            self._person(educator_email(number + 1), language, MemberRole.EDUCATOR, first, last)
            for number, (language, first, last) in enumerate(
                zip(EDUCATOR_LANGUAGES, FIRST_NAMES, LAST_NAMES, strict=True)
            )
        ]
        # Their licences were renewed on a 1 July a few years ago: the cycle they are in now started then.
        for number, educator in enumerate(educators):
            started = datetime.date(timezone.localdate(self.now).year - 1 - number % 4, 7, 1)
            CreditCycle.objects.create(user=educator, starts_on=started)
        coordinator = self._person(f"learning-coordinator@{EMAIL_DOMAIN}", "pt", MemberRole.STAFF, "Rosa", "Almeida")
        group = Group.objects.filter(name=LEARNING_COORDINATORS).first()
        if group is not None:
            coordinator.groups.add(group)
        return {"created": True, "educators": educators}

    def _person(self, email, language, role, first_name, last_name):
        user = User(
            email=email, first_name=first_name, last_name=last_name, preferred_language=language, member_role=role
        )
        # They sign in with a code sent to their address (allauth's login by code): no password to share.
        user.set_unusable_password()
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    def _enrolments(self, offerings, educators):
        """Each educator in four offerings: the past ones completed with a certificate (most of them)."""
        for number, educator in enumerate(educators):
            chosen = {
                offerings[(number + step * 7) % len(offerings)].pk: offerings[(number + step * 7) % len(offerings)]
                for step in range(4)
            }
            for offering in chosen.values():
                self._enrol(offering, educator, number)

    def _enrol(self, offering, educator, number):
        taken = Enrolment.objects.filter(
            offering=offering, status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED]
        ).count()
        if offering.facilitators.filter(pk=educator.pk).exists():
            return
        sessions = list(offering.sessions.order_by("starts_at"))
        past = sessions and sessions[-1].ends_at < self.now
        status = EnrolmentStatus.ENROLLED if taken < offering.capacity else EnrolmentStatus.WAITLISTED
        enrolled_at = sessions[0].starts_at - datetime.timedelta(days=10) if sessions else self.now
        enrolment = Enrolment.objects.create(
            offering=offering, educator=educator, status=status, created_at=min(enrolled_at, self.now)
        )
        if not past or status != EnrolmentStatus.ENROLLED:
            return
        attended = sessions if number % 4 else sessions[:1]  # a few attended only once: not complete
        Attendance.objects.bulk_create(
            [Attendance(enrolment=enrolment, session=session, recorded_at=session.ends_at) for session in attended]
        )
        if len(attended) >= offering.min_sessions_attended:
            finished = sessions[-1].ends_at + datetime.timedelta(days=2)
            enrolment.reflection = demo_text.REFLECTION[educator.preferred_language]
            enrolment.reflected_at = finished
            enrolment.status, enrolment.completed_at = EnrolmentStatus.COMPLETED, finished
            enrolment.save()
            Certificate.objects.create(
                enrolment=enrolment,
                credit_type=offering.credit_type,
                credit_amount=offering.credit_amount,
                issued_at=finished,
            )

    def _proposals(self, educators):
        OfferingProposal.objects.create(
            proposer=educators[1],
            language="es",
            title="Círculos de lectura en familia",
            format=Format.STUDY_GROUP,
            summary="Un grupo de estudio sobre cómo invitar a las familias a leer con sus hijos.",
            description="Nos reuniremos cuatro veces para leer, probar y compartir.",
            standards={
                "relevant": "Lo probamos con las familias de nuestras propias clases.",
                "educator-led": "Lo dirige una maestra de primer grado.",
            },
            grade_bands=["early", "elementary"],
            subjects=["english"],
            schedule="Cuatro miércoles de febrero, 15:30 a 17:00, Escuela Maple Street.",
            capacity=12,
            credit_type="pdp",
            credit_amount=Decimal("10"),
            language_of_instruction="es",
        )
        OfferingProposal.objects.create(
            proposer=educators[0],
            language="en",
            title="Grading for equity",
            format=Format.COURSE,
            summary="A course on grading practices that reflect what students know.",
            description="Six sessions with readings and a redesign of one of your own assessments.",
            standards={"inquiry": "We look at our own grade books.", "documented": "Each of us shares a redesign."},
            grade_bands=["middle", "high"],
            subjects=["general"],
            schedule="Six Thursdays from March, online.",
            capacity=25,
            credit_type="graduate",
            credit_amount=Decimal("1"),
            language_of_instruction="en",
            status=ProposalStatus.CHANGES_REQUESTED,
            review_note="Please add how participants will be supported between sessions.",
        )
