"""Keep the anonymous page cache honest: any change to what visitors can see clears it."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from home.page_cache import invalidate_page_cache

page_published.connect(invalidate_page_cache, dispatch_uid="page-cache-published")
page_unpublished.connect(invalidate_page_cache, dispatch_uid="page-cache-unpublished")
post_page_move.connect(invalidate_page_cache, dispatch_uid="page-cache-moved")


def _invalidate_for_site_content(sender, **kwargs):
    from wagtail.models import Site

    from home.models import FooterContent, NavigationItem, NavigationMenu, NewsTopic

    if sender in (FooterContent, NavigationItem, NavigationMenu, NewsTopic, Site):
        invalidate_page_cache()


def _invalidate_for_deleted_content(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        invalidate_page_cache()
    else:
        _invalidate_for_site_content(sender, **kwargs)


post_save.connect(_invalidate_for_site_content, dispatch_uid="page-cache-site-content-saved")
post_delete.connect(_invalidate_for_deleted_content, dispatch_uid="page-cache-content-deleted")
