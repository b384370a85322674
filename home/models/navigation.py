from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class LocalizedSnippetMixin:
    """Find a snippet by its synchronised ``slug`` in the active language, or the source's."""

    @classmethod
    def for_slug(cls, slug, *, queryset=None):
        queryset = cls.objects.all() if queryset is None else queryset
        languages = {get_language(), settings.LANGUAGE_CODE}
        candidates = list(queryset.filter(slug=slug, locale__language_code__in=languages).select_related("locale"))
        by_language = {snippet.locale.language_code: snippet for snippet in candidates}
        # Language codes, not Locale.get_active(): that costs a query on every call.
        return by_language.get(get_language()) or by_language.get(settings.LANGUAGE_CODE)


class NavigationMenu(LocalizedSnippetMixin, TranslatableMixin, ClusterableModel):
    """A list of links (the header's main menu, the footer's links), translated like content."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=50, help_text=_("Templates find the menu by this: 'main' or 'footer'.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), InlinePanel("items", label=_("Links"))]
    # The links are translated with the menu, so each points at the page in the menu's language.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), TranslatableField("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return self.name

    @classmethod
    def for_slug_with_items(cls, slug):
        return cls.for_slug(slug, queryset=cls.objects.prefetch_related("items__link_page__locale"))


class NavigationItem(TranslatableMixin, Orderable):
    """One link of a menu: to a page of the site (preferred) or to an address."""

    menu = ParentalKey(NavigationMenu, related_name="items", on_delete=models.CASCADE)
    label = models.CharField(_("label"), max_length=60, blank=True, help_text=_("Leave empty to use the page title."))
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_url = models.URLField(_("or an address"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("link_page"), FieldPanel("link_url")]
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("link_page"),
        SynchronizedField("link_url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("navigation link")

    def __str__(self):
        return self.label or str(self.link_page or self.link_url)

    @property
    def title(self):
        return self.label or (self.link_page.title if self.link_page else self.link_url)

    @property
    def url(self):
        return self.link_page.url if self.link_page else self.link_url


class FooterContent(LocalizedSnippetMixin, TranslatableMixin, models.Model):
    """Who we are and how to reach us, at the foot of every page."""

    slug = models.SlugField(_("slug"), max_length=50, default="footer")
    text = RichTextField(_("text"), features=["bold", "italic", "link"])
    contact = models.TextField(_("contact details"), blank=True)

    panels = [FieldPanel("slug"), FieldPanel("text"), FieldPanel("contact")]
    translatable_fields = [TranslatableField("text"), TranslatableField("contact"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{self.slug} ({self.locale})"
