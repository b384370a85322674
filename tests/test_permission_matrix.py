"""Who may open what: the ONE place that says it, for every address of the site and every kind of person.

Each row is one address (built from a small set of objects made once for this module) and what each
role gets there. Most rows say it with a helper (``public``, ``signed_in``, ``admin_area``...) and list
only the exceptions. The test runs every (row, role) pair; a failure names the row, the address, the
role, what was expected and what came back.

Adding a feature? Add a module ``tests/matrix/<domain>.py`` with its ``BUILDERS`` and ``ROWS`` (the
vocabulary is in ``tests/matrix/vocabulary.py``) and list it in DOMAINS below.
``test_every_url_name_has_a_row`` and ``test_every_page_type_and_route_has_a_row`` fail
for any new view or page type that has no row, so nothing new ships without saying who may see it.

Expected outcomes:
    OK (200), FORBIDDEN (403), NOT_FOUND (404),
    SIGN_IN        a redirect to the site's sign-in page (/<lang>/accounts/login/?next=...)
    ADMIN_SIGN_IN  a redirect to the Wagtail admin's sign-in page (/admin/login/?next=...)
    DASHBOARD      a redirect to the admin dashboard: Wagtail's answer to an admin user without the permission
    REDIRECT       any other redirect (e.g. a signed-in person sent away from the sign-up page)
"""

import datetime
import re
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, get_page_models

import pytest

from home import roles
from home.choices import MemberRole
from home.models import School
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UserFactory,
    make_site,
    translate_page,
)
from tests.matrix import compact, learning, listening, network, portfolios, stories
from tests.matrix.vocabulary import (
    ADMIN_SIGN_IN,
    ANONYMOUS,
    DASHBOARD,
    EDUCATOR,
    FORBIDDEN,
    MEMBER,
    NOT_FOUND,
    OK,
    OUTCOMES,
    REDIRECT,
    RETIREE,
    ROLES,
    SIGN_IN,
    SIGNED_IN,
    STAFF_GROUPS,
    SUPERUSER,
    Row,
    admin_area,
    any_admin_user,
    but,
    everyone,
    localized,
    named,
    only,
    page,
    public,
    signed_in,
    visitors_only,
)
from tests.proposals.factories import (
    AgreementPageFactory,
    BargainingIndexPageFactory,
    BargainingSessionPageFactory,
    PlatformPageFactory,
    ProposalIndexPageFactory,
    VisionPageFactory,
    add_plank,
    make_proposal,
)

# --- The objects the rows point at ----------------------------------------------------------------

# Each builder gets the namespace the rows see (``d.pages``, ``d.users``...) and adds what its rows
# need; a section below appends its own builder with DATA_BUILDERS.append(...).


def build_site(d):
    home = make_site()
    d.pages["home_en"] = home
    for code, _name in settings.LANGUAGES:
        if code != "en":
            d.pages[f"home_{code}"] = translate_page(home, code, title=f"Common Good ({code})")
    d.pages["about"] = StandardPageFactory(parent=home, title="About us", slug="about")
    members_only = StandardPageFactory(parent=home, title="Members only", slug="members-only")
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)
    d.pages["members_only"] = members_only
    organizers_only = StandardPageFactory(parent=home, title="Organizers only", slug="organizers-only")
    restriction = PageViewRestriction.objects.create(page=organizers_only, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.ORGANIZERS))
    d.pages["organizers_only"] = organizers_only
    password_page = StandardPageFactory(parent=home, title="Steering committee", slug="steering")
    d.page_password_restriction = PageViewRestriction.objects.create(
        page=password_page, restriction_type=PageViewRestriction.PASSWORD, password="solidarity"
    )
    d.pages["password_page"] = password_page
    draft = StandardPageFactory(parent=home, title="Draft", slug="draft")
    draft.unpublish()
    d.pages["draft"] = draft
    d.pages["news_index"] = NewsIndexPageFactory(parent=home)
    d.pages["news_item"] = NewsPageFactory(parent=d.pages["news_index"])

    root_collection = Collection.get_first_root_node()
    d.document = Document.objects.create(
        title="Bylaws", file=ContentFile(b"%PDF-1.4 bylaws", name="bylaws.pdf"), collection=root_collection
    )
    private = root_collection.add_child(name="Steering committee")
    d.collection_restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="solidarity"
    )
    d.private_document = Document.objects.create(
        title="Minutes", file=ContentFile(b"%PDF-1.4 minutes", name="minutes.pdf"), collection=private
    )
    d.school = School.objects.create(name="Matrix Elementary", neighbourhood="Downtown")


def build_proposals(d):
    home = d.pages["home_en"]
    d.pages["vision"] = VisionPageFactory(parent=home)
    platform = PlatformPageFactory(parent=home)
    plank = add_plank(platform, "Students at the center", "students-at-the-center")
    d.pages["platform"] = platform
    d.pages["proposal_index"] = ProposalIndexPageFactory(parent=home)
    proposal = make_proposal(d.pages["proposal_index"], title="A nurse in every school", plank=plank)
    d.pages["proposal"] = proposal
    d.pages["proposal_es"] = translate_page(proposal, "es", title="Una enfermera en cada escuela")
    d.pages["bargaining"] = BargainingIndexPageFactory(parent=home)
    d.pages["session"] = BargainingSessionPageFactory(parent=d.pages["bargaining"])
    d.pages["agreement"] = AgreementPageFactory(parent=home)


def build_users(d):
    role_of = {MEMBER: MemberRole.MEMBER, EDUCATOR: MemberRole.EDUCATOR, RETIREE: MemberRole.RETIREE}
    for role in SIGNED_IN:
        slug = role.lower().replace(" ", "-")
        user = UserFactory(
            email=f"matrix-{slug}@example.org",
            member_role=role_of.get(role, MemberRole.STAFF),
            is_superuser=role == SUPERUSER,
            is_staff=role == SUPERUSER,
        )
        if role in STAFF_GROUPS:
            user.groups.add(Group.objects.get(name=role))
        d.users[role] = user


DATA_BUILDERS = [build_site, build_proposals, build_users]


@pytest.fixture(scope="module")
def matrix_data(django_db_setup, django_db_blocker):
    """Made once for the module, inside a transaction that is rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        d = SimpleNamespace(pages={}, users={})
        for build in DATA_BUILDERS:
            build(d)
        yield d
        transaction.set_rollback(True)


# --- Site: pages, search, machine-read files ---

ROWS_SITE = [
    *[
        Row(f"home page ({code})", page(f"home_{code}"), public(), covers=("wagtail_serve", "home.HomePage"))
        for code, _name in settings.LANGUAGES
    ],
    Row("standard page", page("about"), public(), covers=("home.StandardPage",)),
    Row("page for signed-in people", page("members_only"), signed_in()),
    Row(
        "page for one staff group",
        page("organizers_only"),
        but(signed_in(FORBIDDEN), {roles.ORGANIZERS: OK, SUPERUSER: OK}),
    ),
    Row("password-protected page", page("password_page"), public()),
    Row(
        "page password form",
        lambda d: reverse(
            "wagtailcore_authenticate_with_password", args=[d.page_password_restriction.pk, d.pages["password_page"].pk]
        ),
        public(),
        covers=("wagtailcore_authenticate_with_password",),
    ),
    Row("unpublished page", page("draft"), everyone(NOT_FOUND)),
    Row("address that is no page", lambda d: "/en/no-such-page/", everyone(NOT_FOUND)),
    Row("news index", page("news_index"), public(), covers=("home.NewsIndexPage",)),
    Row("news feed", page("news_index", "feed/"), public(), covers=("home.NewsIndexPage:feed",)),
    Row("news item", page("news_item"), public(), covers=("home.NewsPage",)),
    Row("search", localized("en", "search"), public(), covers=("search",)),
    Row("search in Arabic", lambda d: "/ar/search/?q=%D9%85", public()),
    Row("sitemap", named("sitemap"), public(), covers=("sitemap",)),
    Row("robots.txt", named("robots_txt"), public(), covers=("robots_txt",)),
    Row("health check", named("healthz"), public(), covers=("healthz",)),
    Row("JavaScript catalog", localized("es", "javascript-catalog"), public(), covers=("javascript-catalog",)),
    Row(
        "Wagtail's own sign-in for restricted pages",
        localized("en", "wagtailcore_login"),
        public(),
        covers=("wagtailcore_login",),
    ),
    # Media live in memory in the tests, so a document is served as a redirect to the storage's URL.
    Row(
        "public document",
        lambda d: d.document.url,
        everyone(REDIRECT),
        covers=("wagtaildocs_serve",),
        settings={"WAGTAILDOCS_SERVE_METHOD": "redirect"},
    ),
    Row(
        "document in a password-protected collection",
        lambda d: d.private_document.url,
        public(),  # the password form
        settings={"WAGTAILDOCS_SERVE_METHOD": "redirect"},
    ),
    Row(
        "document password form",
        lambda d: reverse("wagtaildocs_authenticate_with_password", args=[d.collection_restriction.pk]),
        public(),
        covers=("wagtaildocs_authenticate_with_password",),
    ),
]

# --- Proposals: vision, platform, proposals, bargaining, the agreement, and their PDFs ---

ROWS_PROPOSALS = [
    Row("vision", page("vision"), public(), covers=("proposals.VisionPage",)),
    Row("vision PDF", page("vision", "pdf/"), public(), covers=("proposals.VisionPage:pdf",)),
    Row("platform", page("platform"), public(), covers=("proposals.PlatformPage",)),
    Row("platform PDF", page("platform", "pdf/"), public(), covers=("proposals.PlatformPage:pdf",)),
    Row("platform book PDF", page("platform", "book/"), public(), covers=("proposals.PlatformPage:book",)),
    Row("proposal index", page("proposal_index"), public(), covers=("proposals.ProposalIndexPage",)),
    Row("proposal", page("proposal"), public(), covers=("proposals.ProposalPage",)),
    Row("proposal PDF", page("proposal", "pdf/"), public(), covers=("proposals.ProposalPage:pdf",)),
    Row("proposal PDF in Spanish", page("proposal_es", "pdf/"), public()),
    Row("bargaining updates", page("bargaining"), public(), covers=("proposals.BargainingIndexPage",)),
    Row("bargaining session", page("session"), public(), covers=("proposals.BargainingSessionPage",)),
    Row("agreement", page("agreement"), public(), covers=("proposals.AgreementPage",)),
    Row("agreement PDF", page("agreement", "pdf/"), public(), covers=("proposals.AgreementPage:pdf",)),
]

# --- Accounts: allauth's sign-in pages, and a person's own profile and data ---

ROWS_ACCOUNTS = [
    Row("sign in", localized("en", "account_login"), visitors_only(), covers=("account_login",)),
    Row("sign up", localized("es", "account_signup"), visitors_only(), covers=("account_signup",)),
    Row(
        "sign out (asks first)",
        localized("en", "account_logout"),
        but(signed_in(), {ANONYMOUS: REDIRECT}),
        covers=("account_logout",),
    ),
    Row("account inactive", localized("en", "account_inactive"), public(), covers=("account_inactive",)),
    Row(
        "confirm it is you", localized("en", "account_reauthenticate"), signed_in(), covers=("account_reauthenticate",)
    ),
    Row("e-mail addresses", localized("en", "account_email"), signed_in(), covers=("account_email",)),
    Row(
        "verification e-mail sent",
        localized("en", "account_email_verification_sent"),
        public(),
        covers=("account_email_verification_sent",),
    ),
    Row(
        "confirm e-mail with a wrong key",
        localized("en", "account_confirm_email", key="not-a-real-key"),
        public(),
        covers=("account_confirm_email",),
    ),
    Row(
        "change password", localized("en", "account_change_password"), signed_in(), covers=("account_change_password",)
    ),
    # Every test person has a password, so setting a first one sends them to "change password".
    Row("set password", localized("en", "account_set_password"), signed_in(REDIRECT), covers=("account_set_password",)),
    Row("reset password", localized("en", "account_reset_password"), public(), covers=("account_reset_password",)),
    Row(
        "reset password: sent",
        localized("en", "account_reset_password_done"),
        public(),
        covers=("account_reset_password_done",),
    ),
    Row(
        "reset password with a wrong key",
        localized("en", "account_reset_password_from_key", uidb36="zz", key="not-a-real-key"),
        public(),
        covers=("account_reset_password_from_key",),
    ),
    Row(
        "reset password: done",
        localized("en", "account_reset_password_from_key_done"),
        public(),
        covers=("account_reset_password_from_key_done",),
    ),
    Row(
        "sign in with a code",
        localized("en", "account_request_login_code"),
        visitors_only(),
        covers=("account_request_login_code",),
    ),
    Row(
        "enter the sign-in code (none was sent)",
        localized("en", "account_confirm_login_code"),
        everyone(REDIRECT),  # back to asking for a code
        covers=("account_confirm_login_code",),
    ),
    Row("my profile", localized("en", "account_profile"), signed_in(), covers=("account_profile",)),
    Row("my profile in Vietnamese", localized("vi", "account_profile"), signed_in()),
    Row("my data and privacy", localized("en", "account_privacy"), signed_in(), covers=("account_privacy",)),
    Row("download my data", localized("en", "account_export"), signed_in(), covers=("account_export",)),
    Row("download my data (POST)", localized("en", "account_export"), signed_in(), method="post"),
    Row("delete my account: confirmation", localized("en", "account_delete"), signed_in(), covers=("account_delete",)),
    Row(
        "delete my account without a confirmation",
        localized("en", "account_delete"),
        signed_in(),  # the form again, with its error; nobody is deleted
        method="post",
        data={"confirmation": ""},
    ),
    Row(
        "goodbye page without a deletion",
        localized("en", "account_deleted"),
        everyone(REDIRECT),
        covers=("account_deleted",),
    ),
]

# --- The Wagtail admin ---

ROWS_ADMIN = [
    Row("admin dashboard", named("wagtailadmin_home"), any_admin_user()),
    Row(
        "pages explorer",
        lambda d: reverse("wagtailadmin_explore", args=[d.pages["home_en"].pk]),
        # Organizers see the tree down to the survey index they edit (home.roles.PAGE_TYPE_PERMISSIONS);
        # Learning coordinators, whose only pages are the catalog's, are sent straight to that subtree.
        but(
            admin_area(allowed=(roles.COMMUNICATIONS, roles.BARGAINING_LEADS, roles.ORGANIZERS)),
            {roles.LEARNING_COORDINATORS: REDIRECT},
        ),
    ),
    Row(
        "edit the home page",
        lambda d: reverse("wagtailadmin_pages:edit", args=[d.pages["home_en"].pk]),
        admin_area(allowed=(roles.COMMUNICATIONS, roles.BARGAINING_LEADS)),
    ),
    Row("users", named("wagtailusers_users:index"), admin_area()),
    Row(
        "a member's account",
        lambda d: reverse("wagtailusers_users:edit", args=[d.users[MEMBER].pk]),
        admin_area(),
    ),
    Row("new user", named("wagtailusers_users:add"), admin_area()),
    Row("groups", named("wagtailusers_groups:index"), admin_area()),
    Row(
        "schools and worksites",
        named("wagtailsnippets_home_school:list"),
        admin_area(allowed=(roles.ORGANIZERS, roles.LEARNING_COORDINATORS, roles.MENTOR_COORDINATORS)),
    ),
    Row("new school", named("wagtailsnippets_home_school:add"), admin_area(allowed=(roles.ORGANIZERS,))),
    Row(
        "edit a school",
        lambda d: reverse("wagtailsnippets_home_school:edit", args=[d.school.pk]),
        admin_area(allowed=(roles.ORGANIZERS,)),
    ),
    # Lists the snippets without a menu of their own: topics, not schools or menus.
    Row("snippets", named("wagtailsnippets:index"), admin_area(allowed=(roles.COMMUNICATIONS, roles.BARGAINING_LEADS))),
    Row(
        "navigation menus",
        named("wagtailsnippets_home_navigationmenu:list"),
        admin_area(allowed=(roles.COMMUNICATIONS,)),
    ),
    Row(
        "translation status report",
        named("translation_status"),
        admin_area(allowed=(roles.COMMUNICATIONS, roles.BARGAINING_LEADS)),
    ),
    Row("site history report", named("wagtailadmin_reports:site_history"), any_admin_user()),
]

# --- Mentor network ---
# The retiree mentor network adds its rows here (its pages, its views under /<lang>/mentoring/, its
# admin), and DATA_BUILDERS.append(...) a builder for the objects they need.


def build_mentoring(d):
    """The retiree is an approved mentor; the educator has an open request and an active mentorship
    with the retiree; another educator's request waits for the retiree's answer."""
    from engagement.models.mentoring import MentorNetworkPage, MentorshipStatus
    from tests.engagement.mentoring.factories import MentorProfileFactory, MentorRequestFactory, make_mentorship

    d.mentor = MentorProfileFactory(user=d.users[RETIREE], max_mentees=3)
    d.mentorship = make_mentorship(d.mentor, MentorRequestFactory(mentee=d.users[EDUCATOR]))
    d.mentor_request = MentorRequestFactory(mentee=d.users[EDUCATOR])
    d.proposal = make_mentorship(d.mentor, MentorRequestFactory(), status=MentorshipStatus.PENDING)
    network_page = MentorNetworkPage(title="Mentor network", slug="mentor-network")
    d.pages["home_en"].add_child(instance=network_page)
    network_page.save_revision().publish()
    d.pages["mentor_network"] = network_page


DATA_BUILDERS.append(build_mentoring)


def mentoring(name, key=None):
    """An address under /en/mentoring/, for the object ``d.<key>`` if given."""

    def build(d):
        with translation.override("en"):
            return reverse(f"mentoring:{name}", args=[getattr(d, key).pk] if key else None)

    return build


MENTORSHIP_READERS = (RETIREE, EDUCATOR, roles.MENTOR_COORDINATORS, SUPERUSER)
COORDINATORS_ONLY = admin_area(allowed=(roles.MENTOR_COORDINATORS,))

ROWS_MENTORING = [
    Row("mentor network page", page("mentor_network"), public(), covers=("engagement.MentorNetworkPage",)),
    Row("my mentoring (sends each person on)", mentoring("index"), signed_in(REDIRECT), covers=("mentoring:index",)),
    # Retirees only; the matrix retiree has signed up already, and is sent to their profile.
    Row(
        "become a mentor",
        mentoring("become_mentor"),
        only((RETIREE,), REDIRECT, others=FORBIDDEN),
        covers=("mentoring:become_mentor",),
    ),
    Row(
        "my mentor profile",
        mentoring("my_profile"),
        only((RETIREE,), others=REDIRECT),
        covers=("mentoring:my_profile",),
    ),
    Row("pause mentoring", mentoring("pause"), only((RETIREE,), REDIRECT), method="post", covers=("mentoring:pause",)),
    Row(
        "resume mentoring (not paused: a message)",
        mentoring("resume"),
        only((RETIREE,), REDIRECT),
        method="post",
        covers=("mentoring:resume",),
    ),
    Row("my mentees", mentoring("mentor_home"), only((RETIREE,), others=REDIRECT), covers=("mentoring:mentor_home",)),
    Row(
        "decline a proposal",
        mentoring("answer_proposal", "proposal"),
        only((RETIREE,), REDIRECT),
        method="post",
        data={"decision": "decline"},
        covers=("mentoring:answer_proposal",),
    ),
    Row("ask for a mentor", mentoring("ask"), only((EDUCATOR,), others=FORBIDDEN), covers=("mentoring:ask",)),
    Row("my requests and mentors", mentoring("mentee_home"), signed_in(), covers=("mentoring:mentee_home",)),
    Row(
        "a request for a mentor",
        mentoring("request", "mentor_request"),
        only((EDUCATOR,)),
        covers=("mentoring:request",),
    ),
    Row(
        "withdraw a request",
        mentoring("withdraw_request", "mentor_request"),
        only((EDUCATOR,), REDIRECT),
        method="post",
        covers=("mentoring:withdraw_request",),
    ),
    Row(
        "a mentorship",
        mentoring("mentorship", "mentorship"),
        only(MENTORSHIP_READERS),
        covers=("mentoring:mentorship",),
    ),
    # Coordinators read check-ins; only the two people write them.
    Row(
        "log a check-in",
        mentoring("log_checkin", "mentorship"),
        only((RETIREE, EDUCATOR)),
        covers=("mentoring:log_checkin",),
    ),
    Row(
        "end a mentorship without saying how (a message)",
        mentoring("end_mentorship", "mentorship"),
        only((RETIREE, EDUCATOR), REDIRECT),
        method="post",
        covers=("mentoring:end_mentorship",),
    ),
    Row("retiree directory", mentoring("directory"), signed_in(), covers=("mentoring:directory",)),
    Row("mentor profiles", named("mentor_profiles:index"), COORDINATORS_ONLY, covers=("mentor_profiles:index",)),
    Row(
        "mentor profiles (filtered results)",
        named("mentor_profiles:index_results"),
        COORDINATORS_ONLY,
        covers=("mentor_profiles:index_results",),
    ),
    Row(
        "a mentor profile",
        lambda d: reverse("mentor_profiles:inspect", args=[d.mentor.pk]),
        COORDINATORS_ONLY,
        covers=("mentor_profiles:inspect",),
    ),
    Row(
        "review a mentor profile without a decision",
        lambda d: reverse("mentor_profiles:review", args=[d.mentor.pk]),
        but(COORDINATORS_ONLY, {roles.MENTOR_COORDINATORS: REDIRECT, SUPERUSER: REDIRECT}),
        method="post",
        covers=("mentor_profiles:review",),
    ),
    Row("mentor requests", named("mentor_requests:index"), COORDINATORS_ONLY, covers=("mentor_requests:index",)),
    Row(
        "mentor requests (filtered results)",
        named("mentor_requests:index_results"),
        COORDINATORS_ONLY,
        covers=("mentor_requests:index_results",),
    ),
    Row(
        "a request with its ranked mentors",
        lambda d: reverse("mentor_requests:inspect", args=[d.mentor_request.pk]),
        COORDINATORS_ONLY,
        covers=("mentor_requests:inspect",),
    ),
    Row(
        "propose a mentor without naming one",
        lambda d: reverse("mentor_requests:propose", args=[d.mentor_request.pk]),
        but(COORDINATORS_ONLY, {roles.MENTOR_COORDINATORS: REDIRECT, SUPERUSER: REDIRECT}),
        method="post",
        covers=("mentor_requests:propose",),
    ),
    Row("mentorships", named("mentorships:index"), COORDINATORS_ONLY, covers=("mentorships:index",)),
    Row(
        "mentorships (filtered results)",
        named("mentorships:index_results"),
        COORDINATORS_ONLY,
        covers=("mentorships:index_results",),
    ),
    Row(
        "a mentorship in the admin",
        lambda d: reverse("mentorships:inspect", args=[d.mentorship.pk]),
        COORDINATORS_ONLY,
        covers=("mentorships:inspect",),
    ),
    Row(
        "end a mentorship in the admin without saying how",
        lambda d: reverse("mentorships:end", args=[d.mentorship.pk]),
        but(COORDINATORS_ONLY, {roles.MENTOR_COORDINATORS: REDIRECT, SUPERUSER: REDIRECT}),
        method="post",
        covers=("mentorships:end",),
    ),
]

# --- Surveys ---
# Surveys add their rows here (survey pages, answering, thanks, published results, the admin results
# and exports), and DATA_BUILDERS.append(...) a builder for the objects they need.


def build_surveys(d):
    from tests.engagement.surveys.factories import make_survey, make_survey_index, translate_survey

    index = make_survey_index(d.pages["home_en"])
    d.pages["survey_index"] = index
    d.pages["survey"] = make_survey(index, title="Family survey", slug="family-survey")
    d.pages["survey_es"] = translate_survey(d.pages["survey"], "es")
    d.pages["closed_survey"] = make_survey(
        index,
        title="Last year's survey",
        slug="last-year",
        closes_at=datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC),
    )
    draft = make_survey(index, title="Survey in preparation", slug="in-preparation")
    draft.unpublish()
    d.pages["draft_survey"] = draft


DATA_BUILDERS.append(build_surveys)

ROWS_SURVEYS = [
    # Answering: anyone, signed in or not; nothing about the form depends on who they are.
    Row("survey index", page("survey_index"), public(), covers=("engagement.SurveyIndexPage",)),
    Row("survey: first step", page("survey"), public(), covers=("engagement.SurveyPage",)),
    Row("survey in Spanish", page("survey_es"), public()),
    Row("survey: a later step asked first (shows the first)", page("survey", "?step=2"), public()),
    Row("survey sent empty (the form with its errors)", page("survey"), public(), method="post", data={"step": "1"}),
    Row("survey: thank you", page("survey", "thanks/"), public(), covers=("engagement.SurveyPage:thanks",)),
    Row("closed survey (says so)", page("closed_survey"), public()),
    Row("unpublished survey", page("draft_survey"), everyone(NOT_FOUND)),
    # Staff typing in paper and phone answers: Organizers (engagement.add_surveyresponse).
    Row(
        "enter a paper or phone response",
        lambda d: reverse("survey_enter_response", args=[d.pages["survey"].pk]),
        admin_area(allowed=(roles.ORGANIZERS,)),
        covers=("survey_enter_response",),
    ),
]


def build_survey_results(d):
    from tests.engagement.surveys.factories import make_response, make_survey

    published = make_survey(d.pages["survey_index"], title="What families said", slug="what-families-said")
    published.results_published = True
    published.save_revision().publish()
    d.pages["results_survey"] = published
    make_response(published, {"travel": "bus"})
    # A large XLSX export an Organizer asked for, ready to download: theirs alone.
    from engagement.models import SurveyExportFile, SurveyExportStatus

    export = SurveyExportFile(
        requested_by=d.users[roles.ORGANIZERS],
        survey=published,
        survey_key=published.translation_key,
        status=SurveyExportStatus.READY,
        row_count=1,
    )
    export.file.save("export.xlsx", ContentFile(b"PK matrix"), save=True)
    d.survey_export = export


DATA_BUILDERS.append(build_survey_results)


def survey_admin(name, key="survey"):
    return lambda d: reverse(f"survey_results:{name}", args=[d.pages[key].pk])


# Results, exports, invitation codes and contacts: Organizers (engagement.view_surveyresponse and
# the others in home.roles); other staff get a 403 from the view itself.
ORGANIZERS_ONLY = admin_area(allowed=(roles.ORGANIZERS,), denied=FORBIDDEN)

ROWS_SURVEY_RESULTS = [
    Row(
        "published results (What you told us)",
        page("results_survey", "results/"),
        public(),
        covers=("engagement.SurveyPage:published_results",),
    ),
    Row("results not published yet", page("survey", "results/"), everyone(NOT_FOUND)),
    Row("survey results in the admin: the list", named("survey_results:index"), ORGANIZERS_ONLY),
    Row("survey results in the admin", survey_admin("results"), ORGANIZERS_ONLY),
    Row("survey responses as CSV", survey_admin("export_csv"), ORGANIZERS_ONLY),
    Row("survey results as a PDF report", survey_admin("report_pdf", "results_survey"), ORGANIZERS_ONLY),
    Row("survey invitation codes", survey_admin("invitations"), ORGANIZERS_ONLY),
    Row("survey contacts (people who asked to be contacted)", survey_admin("contacts"), ORGANIZERS_ONLY),
    Row("my survey exports (XLSX built in the background)", named("survey_results:exports"), ORGANIZERS_ONLY),
    Row(
        "download a survey export (the requester's alone)",
        lambda d: reverse("survey_results:export_download", args=[d.survey_export.pk]),
        # Another Organizer asked for it: a superuser gets the 404, which the site's LocaleMiddleware
        # sends on to /en/admin/... (a 404 again there).
        but(ORGANIZERS_ONLY, {SUPERUSER: REDIRECT}),
    ),
]

# The later domains, each in its own module under tests/matrix/.
DOMAINS = (listening, stories, compact, network, learning, portfolios)
for domain in DOMAINS:
    DATA_BUILDERS.extend(domain.BUILDERS)

ROWS = [
    *ROWS_SITE,
    *ROWS_PROPOSALS,
    *ROWS_ACCOUNTS,
    *ROWS_ADMIN,
    *ROWS_MENTORING,
    *ROWS_SURVEYS,
    *ROWS_SURVEY_RESULTS,
    *(row for domain in DOMAINS for row in domain.ROWS),
]

# URL names no row stands for, each with the reason.
NOT_IN_THE_MATRIX = {
    # Every other address of the Wagtail admin: its own permission policies guard them, and the
    # admin rows above check the ones our roles depend on.
    "admin/": "the Wagtail admin (representative rows above)",
}

# --- The test -----------------------------------------------------------------------------------


SITE_SIGN_IN = re.compile(r"^/[\w-]+/accounts/login/(\?|$)")


def outcome_of(response):
    if response.status_code in (301, 302, 303, 307, 308):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return ADMIN_SIGN_IN
        if location == reverse("wagtailadmin_home"):
            return DASHBOARD
        if SITE_SIGN_IN.match(location):
            return SIGN_IN
        return REDIRECT
    return response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.name)
def test_who_may_open_what(client, matrix_data, row, role):
    url = row.url(matrix_data)
    if role != ANONYMOUS:
        client.force_login(matrix_data.users[role])
    with override_settings(**row.settings):
        response = getattr(client, row.method)(url, row.data)
    actual = outcome_of(response)
    expected = row.expected[role]
    assert actual == expected, (
        f"{row.name} ({row.method.upper()} {url}) as {role}: expected {expected}, got {actual}"
        f" (HTTP {response.status_code}{' → ' + response['Location'] if response.has_header('Location') else ''})"
    )


def test_every_row_says_what_every_role_gets():
    for row in ROWS:
        assert set(row.expected) == set(ROLES), f"{row.name}: expected outcomes for {set(ROLES) - set(row.expected)}"
        assert set(row.expected.values()) <= OUTCOMES, row.name


# --- Coverage: a new view or page type without a row fails here ----------------------------------


def url_names(resolver=None, prefix="", namespace=""):
    """Every named URL pattern of the project, as (route, "namespace:name")."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = (
                f"{namespace}:{pattern.namespace}"
                if namespace and pattern.namespace
                else pattern.namespace or namespace
            )
            yield from url_names(pattern, prefix + str(pattern.pattern), inner or "")
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + str(pattern.pattern), f"{namespace}:{pattern.name}" if namespace else pattern.name


def covered():
    return {name for row in ROWS for name in row.covers}


def test_every_url_name_has_a_row():
    missing = sorted(
        f"{name} ({route})"
        for route, name in url_names()
        if name not in covered() and not any(route.startswith(prefix) for prefix in NOT_IN_THE_MATRIX)
    )
    assert not missing, "These URL names have no row in the permission matrix: " + ", ".join(missing)


def test_every_page_type_and_route_has_a_row():
    needed = set()
    for model in get_page_models():
        if not model.is_creatable:
            continue
        needed.add(model._meta.label)
        if issubclass(model, RoutablePageMixin):
            # Routes other than the page itself ("") are addresses of their own: pdf/, feed/, book/...
            needed.update(
                f"{model._meta.label}:{route.name}"
                for route in model.get_subpage_urls()
                if str(route.pattern) not in ("", "^$")
            )
    missing = sorted(needed - covered())
    assert not missing, "These page types or page routes have no row in the permission matrix: " + ", ".join(missing)


def test_the_coverage_check_sees_the_names_it_must():
    """The resolver walk finds names inside languages and namespaces, so the check above can fail."""
    names = {name for _route, name in url_names()}
    assert {"account_profile", "account_login", "sitemap", "wagtail_serve"} <= names
    assert "wagtailusers_users:index" in names
