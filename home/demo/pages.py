"""Creating demo pages: shared by every app's demo loader, so each builds its tree the same way."""

from home.demo.spec import SOURCE_LANGUAGE, stream_data


class DemoContentError(Exception):
    """The database is not in a state the demo can be loaded into."""


def existing_or_new_page(parent, spec, model, locale, fields):
    """The page ``spec`` describes: the one with its slug under ``parent`` (kept as it is, since it
    may have been edited in the admin), else a new unsaved ``model`` with the English values."""
    page = parent.get_children().filter(slug=spec.slug).specific().first()
    if page is not None:
        if not isinstance(page, model):
            raise DemoContentError(f"{page.url_path} is a {type(page).__name__}, the demo needs a {spec.model}.")
        return page
    return model(title=spec.title[SOURCE_LANGUAGE], slug=spec.slug, locale=locale, **fields)


def publish_created_pages(pages, created_page_ids, page_id, summary):
    """Publish the ``(spec, page)`` pairs this run created, their bodies filled in now.

    Bodies come last, once every page exists: a call to action may lead to a page created after
    it (``page_id`` resolves a slug to its page's id).
    """
    for index, (spec, page) in enumerate(pages):
        if page.pk in created_page_ids:
            page = type(page).objects.get(pk=page.pk)  # as the tree has it now, children included
            if spec.body:
                page.body = stream_data(spec.body, spec.slug, SOURCE_LANGUAGE, page_id)
            page.save_revision().publish()
            pages[index] = (spec, page)
            summary.pages_created += 1
    return pages
