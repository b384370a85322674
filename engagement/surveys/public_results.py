"""The public "What you told us" page: ``<survey url>results/`` in every language.

Only the questions staff marked for publication, only once the survey's results are published
(on its source-language page, which decides for every language), and never open answers (they
may name someone). The page is the same for every visitor, so the anonymous page cache keeps it
(home.page_cache) like any other page.
"""

from django.http import Http404

from engagement.surveys.results import survey_results, survey_versions

TEMPLATE = "engagement/surveys/results/public.html"


def published_results(request, page):
    source, _version = survey_versions(page, page.locale.language_code)
    if not source.results_published:
        raise Http404
    results = survey_results(page, language=page.locale.language_code, published_only=True)
    return page.render(request, template=TEMPLATE, context_overrides={"results": results})
