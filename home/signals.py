"""Keep the anonymous page cache honest: any change to what visitors can see clears it."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.page_cache import invalidate_page_cache

page_published.connect(invalidate_page_cache, dispatch_uid="page-cache-published")
page_unpublished.connect(invalidate_page_cache, dispatch_uid="page-cache-unpublished")
post_page_move.connect(invalidate_page_cache, dispatch_uid="page-cache-moved")


def shown_on_pages(model):
    """Saving a page is not publishing it; but snippets (menus, topics, footers: all translatable
    content outside the page tree), sites and view restrictions change what pages show at once."""
    return model in (Site, PageViewRestriction) or (
        issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    )


def _invalidate_for_saved_content(sender, **kwargs):
    if shown_on_pages(sender):
        invalidate_page_cache()


def _invalidate_for_deleted_content(sender, **kwargs):
    if issubclass(sender, Page) or shown_on_pages(sender):
        invalidate_page_cache()


post_save.connect(_invalidate_for_saved_content, dispatch_uid="page-cache-site-content-saved")
post_delete.connect(_invalidate_for_deleted_content, dispatch_uid="page-cache-content-deleted")
