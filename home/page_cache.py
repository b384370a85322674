"""Serve Wagtail pages to anonymous visitors from the cache, and forget them when content changes.

Only what is the same for every anonymous visitor is cached: a GET of a Wagtail page without a
query string, by a visitor with no session and no pending messages, whose response set no cookie
and used no CSRF token (so a page carrying a POST form is never shared), and that its view did not
mark private or no-store (``add_never_cache_headers``). Publishing, unpublishing,
moving or deleting a page, or saving a snippet, moves the cache to a new generation, so every
cached page goes stale at once: menus, listings and language switchers all depend on other pages.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from wagtail.views import serve as wagtail_serve

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_page_cache(**kwargs):
    """Start a new generation: every page cached before now is stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cache_key(request):
    return f"page-cache:{current_generation()}:{request.get_host()}:{request.path}"


def _is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key is not None and _is_shareable_response(request, response):
            response[HIT_HEADER] = "miss"
            patch_cache_control(response, public=True, max_age=0)
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or not _is_cacheable_request(request):
            return None
        key = _cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached[HIT_HEADER] = "hit"
            return cached
        request._page_cache_key = key  # a miss: __call__ stores the response if it may be shared
        return None


def _is_shareable_response(request, response):
    return (
        response.status_code == 200
        and not response.cookies
        # A page that handed out a CSRF token carries a form: it must never be shared. Django 5 marks
        # that with CSRF_COOKIE_NEEDS_UPDATE (CSRF_COOKIE_USED is gone); this middleware runs inside
        # CsrfViewMiddleware, so the flag is still there.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(response, "streaming", False)
        # A view that marks its response private or no-store (add_never_cache_headers) is never shared.
        and not _forbids_sharing(response)
        and (not hasattr(response, "is_rendered") or response.is_rendered)
    )


def _forbids_sharing(response):
    directives = {part.strip().split("=")[0].lower() for part in response.get("Cache-Control", "").split(",")}
    return bool(directives & {"private", "no-store"})
