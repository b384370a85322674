"""The six standards of the union's resolution on professional learning.

Offerings say which standards they meet (and how); portfolio entries say which they show; credits are
summed per standard. Stored by these codes, never by a translated label.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Standard(models.TextChoices):
    RELEVANT = "relevant", _("Relevant")
    INQUIRY_DRIVEN = "inquiry", _("Inquiry driven")
    CONTINUOUS = "continuous", _("Continuous")
    LED_BY_EDUCATORS = "educator-led", _("Led by educators")
    ADULT_LEARNING = "adult-learning", _("Aligned to how adults learn")
    DOCUMENTED_AND_SHARED = "documented", _("Documented and shared")


# What each standard asks for, shown beside its badge.
EXPLANATIONS = {
    Standard.RELEVANT: _(
        "Part of the job and the role: practised over time where educators work, building on what each "
        "one already knows, with tools and strategies as well as reflection and theory."
    ),
    Standard.INQUIRY_DRIVEN: _(
        "Starts from real questions of practice in the classroom, informed by data of many kinds, "
        "student work above all."
    ),
    Standard.CONTINUOUS: _(
        "Lasts long enough to try new practices, bring in new research and adjust over time, with "
        "support in the classroom."
    ),
    Standard.LED_BY_EDUCATORS: _(
        "Facilitated by people who do the work every day, or designed so that educators can lead it next time."
    ),
    Standard.ADULT_LEARNING: _(
        "Built together, in communities of practice that are safe places to take risks and make mistakes, "
        "with accountability that comes from within."
    ),
    Standard.DOCUMENTED_AND_SHARED: _(
        "Educators show what they learned (reflections, research, photos, video, portfolios) and share it "
        "with colleagues."
    ),
}


def explanation(code):
    return EXPLANATIONS.get(code, "")
