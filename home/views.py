from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page

from home.search import clean_search_query

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Search every live page in the language of the URL."""
    query = clean_search_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(query)
        )
    paginator = Paginator(results, SEARCH_RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)
    return render(
        request,
        "home/search.html",
        {
            "query": query,
            "search_results": page_of_results,
            "filter_query": urlencode({"q": query}),
            "page_title": _("Search"),
        },
    )


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /accounts/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def healthz(request):
    """For the load balancer: the process answers and the database does too."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means "not healthy", whatever raised it
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def rate_limited(request, exception=None):
    return render(
        request,
        "429.html",
        {"page_title": _("Too many requests")},
        status=429,
    )


def bad_request(request, exception=None):
    return render(request, "400.html", {"page_title": _("Bad request")}, status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", {"page_title": _("Page not found")}, status=404)


def server_error(request):
    # Rendered without the request's context processors: the database or a template may be what
    # failed, so this page must stand on its own.
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponse(template.render({"page_title": _("Something went wrong")}), status=500)
