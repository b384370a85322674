"""The words the permission matrix is written in: the people, the outcomes, the row and its helpers.

Each domain's rows live beside it: ``tests/test_permission_matrix.py`` holds the site, proposals,
accounts, admin, mentoring and survey sections; ``tests/matrix/<domain>.py`` the later ones, each
with ``BUILDERS`` (functions adding objects to the namespace the rows see) and ``ROWS``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.urls import reverse
from django.utils import translation

from home import roles

# --- The people ----------------------------------------------------------------------------------

ANONYMOUS = "anonymous"
MEMBER = "member"
EDUCATOR = "educator"
RETIREE = "retiree"
SUPERUSER = "superuser"
# Members, educators and retirees: people with an account and no staff group.
PEOPLE = (MEMBER, EDUCATOR, RETIREE)
STAFF_GROUPS = tuple(roles.ALL_ROLES)
ROLES = (ANONYMOUS, *PEOPLE, *STAFF_GROUPS, SUPERUSER)
SIGNED_IN = tuple(role for role in ROLES if role != ANONYMOUS)
# Wagtail lets in whoever has "wagtailadmin.access_admin" (every staff group but Captains) and superusers.
ADMIN_USERS = (*roles.ADMIN_ROLES, SUPERUSER)
NO_ADMIN = tuple(role for role in SIGNED_IN if role not in ADMIN_USERS)

# --- The outcomes ---------------------------------------------------------------------------------

OK = 200
FORBIDDEN = 403
NOT_FOUND = 404
SIGN_IN = "sign in"
ADMIN_SIGN_IN = "admin sign in"
DASHBOARD = "admin dashboard"
REDIRECT = "redirect"
OUTCOMES = {OK, FORBIDDEN, NOT_FOUND, SIGN_IN, ADMIN_SIGN_IN, DASHBOARD, REDIRECT}


def everyone(outcome):
    return dict.fromkeys(ROLES, outcome)


def public():
    return everyone(OK)


def signed_in(outcome=OK):
    """For any signed-in person; visitors are asked to sign in."""
    return {**everyone(outcome), ANONYMOUS: SIGN_IN}


def visitors_only(signed_in_outcome=REDIRECT):
    """Pages for people who are not signed in yet (sign in, sign up): the others are sent on."""
    return {**dict.fromkeys(SIGNED_IN, signed_in_outcome), ANONYMOUS: OK}


def admin_area(allowed=(), denied=DASHBOARD):
    """A Wagtail admin page: superusers and the ``allowed`` staff groups get it, other admin users get
    ``denied``; visitors and people without admin access are sent to the admin's sign-in page."""
    expected = dict.fromkeys((ANONYMOUS, *NO_ADMIN), ADMIN_SIGN_IN)
    expected.update(dict.fromkeys(roles.ADMIN_ROLES, denied))
    expected.update(dict.fromkeys((*allowed, SUPERUSER), OK))
    return expected


def any_admin_user():
    return admin_area(allowed=roles.ADMIN_ROLES)


def but(expected, changes_by_role):
    """``expected`` with some roles changed: but(signed_in(FORBIDDEN), {roles.ORGANIZERS: OK})."""
    return {**expected, **changes_by_role}


# --- The rows ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    name: str
    url: Callable[[SimpleNamespace], str]
    expected: dict
    # URL names ("namespace:name"), page types ("app.Model") and page routes ("app.Model:route") the
    # row stands for, checked by the coverage tests at the end.
    covers: tuple = ()
    method: str = "get"
    data: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)


def page(key, suffix=""):
    """The URL of the page ``d.pages[key]``, plus ``suffix`` (a route such as "pdf/")."""
    return lambda d: d.pages[key].url + suffix


def named(name, *args, **kwargs):
    return lambda d: reverse(name, args=args, kwargs=kwargs or None)


def localized(language, name, **kwargs):
    def build(d):
        with translation.override(language):
            return reverse(name, kwargs=kwargs or None)

    return build


def only(roles_allowed, outcome=OK, others=NOT_FOUND):
    """Signed-in people in ``roles_allowed`` get ``outcome``, other signed-in people ``others``."""
    return {**signed_in(others), **dict.fromkeys(roles_allowed, outcome)}
