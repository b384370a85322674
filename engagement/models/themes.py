from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.taxonomy import BaseTopic


class Theme(BaseTopic):
    """What people keep raising: staff tag open survey answers and listening-session notes with it,
    and count it across languages (a theme and its translations share a translation_key)."""

    description = models.TextField(_("description"), blank=True, max_length=600)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), TranslatableField("description")]

    class Meta(BaseTopic.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
