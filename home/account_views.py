"""A signed-in person's own pages: their profile, what we keep about them, its download, deleting it."""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db.models import ProtectedError, RestrictedError
from django.http import FileResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from django_ratelimit.decorators import ratelimit

from home import account_data, audit
from home.forms import DeleteAccountForm, ProfileForm
from home.privacy import personal_data_sources
from home.views import rate_limited

logger = logging.getLogger(__name__)

DELETED_SESSION_KEY = "account_deleted"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=user)
        if form.is_valid():
            user = form.save()
            language = user.preferred_language
            with translation.override(language):
                messages.success(request, _("Your profile is saved."))
                response = HttpResponseRedirect(reverse("account_profile"))
            # The site follows the chosen language, also on the next visit to an address without one.
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
            return response
    else:
        form = ProfileForm(instance=user)
    return render(request, "home/account/profile.html", {"form": form, "page_title": _("My profile")})


@never_cache
@login_required
@require_GET
def privacy(request):
    return render(
        request,
        "home/account/privacy.html",
        {
            "page_title": _("My data and privacy"),
            "source_files": [f"{source.name}.json" for source in personal_data_sources()],
            "is_last_superuser": account_data.is_last_superuser(request.user),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="account-export", key="user", rate="20/h", block=False)
def export(request):
    """The ZIP of everything we keep about the signed-in person."""
    if request.limited:
        return rate_limited(request)
    user = request.user
    archive = account_data.build_export(user)
    audit.log_export(user)
    return FileResponse(
        archive, as_attachment=True, filename=account_data.export_filename(user), content_type="application/zip"
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="account-delete", key="user", rate="10/h", method="POST", block=False)
def delete(request):
    """Asks for the e-mail address or password, then deletes the account and everything it holds."""
    user = request.user
    is_last_superuser = account_data.is_last_superuser(user)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = DeleteAccountForm(request.POST, user=user)
        if is_last_superuser:
            form.add_error(None, last_superuser_message())
        elif form.is_valid():
            try:
                account_data.delete_account(user)
            except account_data.LastSuperuserError:
                form.add_error(None, last_superuser_message())
            except (ProtectedError, RestrictedError):
                # A record that may not lose its person and that no source erased: a gap to fix in
                # that source, reported to the person without losing anything.
                logger.exception("Account %s could not be deleted: records still depend on it", user.pk)
                form.add_error(
                    None,
                    _(
                        "Your account could not be deleted because other records still depend on it. Nothing was "
                        "deleted. Please ask the union to help."
                    ),
                )
            else:
                logout(request)
                request.session[DELETED_SESSION_KEY] = True
                return redirect("account_deleted")
    else:
        form = DeleteAccountForm(user=user)
    return render(
        request,
        "home/account/delete.html",
        {"form": form, "page_title": _("Delete my account"), "is_last_superuser": is_last_superuser},
    )


def last_superuser_message():
    return _(
        "You are the only administrator of the site, so your account cannot be deleted. Make someone else an "
        "administrator first."
    )


@never_cache
@require_GET
def deleted(request):
    """The goodbye page, once, right after the deletion; anyone else is sent to the home page."""
    if not request.session.pop(DELETED_SESSION_KEY, False):
        return redirect(f"/{translation.get_language()}/")
    return render(request, "home/account/deleted.html", {"page_title": _("Your account is deleted")})
