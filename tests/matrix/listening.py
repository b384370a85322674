"""Permission matrix rows.

Listening sessions: the index, session pages, .ics feeds, registration, the private change/cancel
link, planning, check-in, summaries.
"""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

from home import roles
from tests.matrix.vocabulary import (
    NOT_FOUND,
    REDIRECT,
    SUPERUSER,
    Row,
    admin_area,
    everyone,
    only,
    page,
    public,
)


def build_listening(d):
    """An upcoming session (English and Spanish), a past one with its summary published, registrations."""
    from engagement.listening import services
    from tests.engagement.listening.factories import make_index, make_session, person_fields, translate_session

    index = make_index(d.pages["home_en"])
    d.pages["listening_index"] = index
    session = make_session(index, title="Riverside listening session", slug="riverside-listening")
    d.pages["listening_session"] = session
    d.pages["listening_session_es"] = translate_session(session, "es")
    start = timezone.now() - datetime.timedelta(days=14)
    past = make_session(
        index,
        title="What Hillside told us",
        slug="hillside-listening",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        summary="<p>Smaller classes came first.</p>",
        summary_published=True,
    )
    past.save_revision().publish()
    d.pages["listening_past"] = past
    d.pages["listening_draft"] = make_session(index, title="Not yet", slug="listening-draft", live=False)
    d.listening_registration = services.register(session, person_fields(email="matrix-family@example.org"))
    d.listening_to_cancel = services.register(session, person_fields(email="matrix-cancel@example.org"))


BUILDERS = [build_listening]


def listening(name, *args):
    def build(d):
        with translation.override("en"):
            return reverse(f"listening:{name}", args=[arg(d) if callable(arg) else arg for arg in args])

    return build


def token(key="listening_registration", tamper=False):
    def value(d):
        real = getattr(d, key).manage_token
        return real[:-2] + ("xx" if not real.endswith("xx") else "yy") if tamper else real

    return value


def session_id(d):
    return d.pages["listening_session"].pk


def registration_id(d):
    return d.listening_registration.pk


def planning(name, key="listening_session"):
    return lambda d: reverse(f"listening_planning:{name}", args=[d.pages[key].pk] if key else None)


# Registrations are need-to-know: Organizers (engagement.*_listeningregistration) and superusers;
# anyone else signed in gets 404 on the site, 403 in the admin; visitors are asked to sign in.
DOOR = only((roles.ORGANIZERS, SUPERUSER))
PLANNERS = admin_area(allowed=(roles.ORGANIZERS,), denied=403)

ROWS = [
    Row("listening sessions", page("listening_index"), public(), covers=("engagement.ListeningSessionIndexPage",)),
    Row("listening sessions, filtered", page("listening_index", "?language=es&format=hybrid"), public()),
    Row("listening session", page("listening_session"), public(), covers=("engagement.ListeningSessionPage",)),
    Row("listening session in Spanish", page("listening_session_es"), public()),
    Row("listening session sent empty (the form with its errors)", page("listening_session"), public(), method="post"),
    Row("unpublished listening session", page("listening_draft"), everyone(NOT_FOUND)),
    Row(
        "listening session summary PDF",
        page("listening_past", "summary/pdf/"),
        public(),
        covers=("engagement.ListeningSessionPage:summary_pdf",),
    ),
    Row(
        "listening session summary PDF (short address)",
        page("listening_past", "pdf/"),
        public(),
        covers=("engagement.ListeningSessionPage:pdf",),
    ),
    Row("listening session summary PDF, not published", page("listening_session", "summary/pdf/"), everyone(NOT_FOUND)),
    Row("listening sessions calendar feed", listening("calendar"), public(), covers=("listening:calendar",)),
    Row("listening session .ics", listening("session_ics", session_id), public(), covers=("listening:session_ics",)),
    Row(
        "unpublished listening session .ics",
        listening("session_ics", lambda d: d.pages["listening_draft"].pk),
        everyone(NOT_FOUND),
    ),
    Row("my registration (private link)", listening("manage", token()), public(), covers=("listening:manage",)),
    Row("my registration, altered link", listening("manage", token(tamper=True)), everyone(NOT_FOUND)),
    Row(
        "my registration .ics",
        listening("registration_ics", token()),
        public(),
        covers=("listening:registration_ics",),
    ),
    Row("my registration .ics, altered link", listening("registration_ics", token(tamper=True)), everyone(NOT_FOUND)),
    Row(
        "cancel my registration",
        listening("cancel", token("listening_to_cancel")),
        everyone(REDIRECT),
        method="post",
        covers=("listening:cancel",),
    ),
    Row(
        "cancel a registration, altered link",
        listening("cancel", token(tamper=True)),
        everyone(NOT_FOUND),
        method="post",
    ),
    Row("check-in at the door", listening("checkin", session_id), DOOR, covers=("listening:checkin",)),
    Row("check-in search by code", lambda d: listening("checkin", session_id)(d) + "?code=ABCDEF", DOOR),
    Row(
        "check a person in",
        listening("check_in_person", session_id, registration_id),
        {**DOOR, roles.ORGANIZERS: REDIRECT, SUPERUSER: REDIRECT},
        method="post",
        covers=("listening:check_in_person",),
    ),
    Row("add a walk-in", listening("walk_in", session_id), DOOR, covers=("listening:walk_in",)),
    Row(
        "listening sessions planning: the list", planning("index", None), PLANNERS, covers=("listening_planning:index",)
    ),
    Row("listening session plan", planning("plan"), PLANNERS, covers=("listening_planning:plan",)),
    Row(
        "listening session registrations CSV",
        planning("export_csv"),
        PLANNERS,
        covers=("listening_planning:export_csv",),
    ),
]
