"""The blocks a survey is built from: questions, text-only sections and step breaks.

Answers are keyed by the question's StreamField block id and choices by their ``code``; neither is
translated (wagtail-localize copies them from the source page), so a response in Haitian Creole and
one in English to the same question pool into one result (DESIGN.md, invariant 1).
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES


class CodeBlock(blocks.CharBlock):
    """A short stable name (letters, digits, dashes) that is never sent for translation."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 50)
        kwargs.setdefault("required", False)
        kwargs.setdefault("validators", [])
        super().__init__(**kwargs)

    def get_translatable_segments(self, value):
        # wagtail-localize asks blocks that define this method instead of translating every CharBlock.
        return []

    def restore_translated_segments(self, value, segments):
        return value


class ChoiceOptionBlock(blocks.StructBlock):
    """One answer a person can pick: a translated label and a stable code."""

    label = blocks.CharBlock(label=_("Label"), max_length=200)
    code = CodeBlock(
        label=_("Code"),
        help_text=_(
            "A short name that stays the same in every language, used by conditions and exports. "
            "Filled in from the label when left empty; do not change it once answers have come in."
        ),
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class ConditionBlock(blocks.StructBlock):
    """Show the question only when an earlier answer matches; empty means always shown."""

    question_code = CodeBlock(
        label=_("Earlier question's code"), help_text=_("Leave empty to show this question to everyone.")
    )
    operator = blocks.ChoiceBlock(
        label=_("Condition"),
        required=False,
        choices=[
            ("equals", _("is")),
            ("not_equals", _("is not")),
            ("includes", _("includes")),
        ],
        default="equals",
    )
    choice_code = CodeBlock(label=_("Choice's code"))

    class Meta:
        icon = "cogs"
        label = _("Show only if")
        form_classname = "survey-condition"
        collapsed = True


class BaseQuestionBlock(blocks.StructBlock):
    """What every question has: its text, help, whether it must be answered, and a condition."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=300)
    required = blocks.BooleanBlock(label=_("An answer is required"), required=False, default=False)
    code = CodeBlock(
        label=_("Code"),
        help_text=_("A short name for this question, used by conditions and exports. Filled in when left empty."),
    )
    condition = ConditionBlock()
    publish_results = blocks.BooleanBlock(
        label=_("Show the results on the public page"),
        required=False,
        default=False,
        help_text=_("The question's chart appears on the survey's public results page once results are published."),
    )

    # Which kinds of answer the question stores; the form and the results read it.
    answer_kind = "choice"

    class Meta:
        icon = "help"


class ChoiceQuestionBlock(BaseQuestionBlock):
    choices = blocks.ListBlock(ChoiceOptionBlock(), label=_("Choices"), min_num=2)
    allow_other = blocks.BooleanBlock(label=_("Offer “Other (please specify)”"), required=False, default=False)


class SingleChoiceBlock(ChoiceQuestionBlock):
    """A question with one answer to pick."""

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("People pick one answer")
        template = "engagement/surveys/blocks/question_summary.html"


class MultipleChoiceBlock(ChoiceQuestionBlock):
    """A question where several answers may be ticked, within limits."""

    min_choices = blocks.IntegerBlock(label=_("At least"), required=False, min_value=0)
    max_choices = blocks.IntegerBlock(label=_("At most"), required=False, min_value=1)

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        description = _("People tick as many answers as allowed")
        template = "engagement/surveys/blocks/question_summary.html"


class RatingScaleBlock(BaseQuestionBlock):
    """A Likert scale from 1 to N with labelled ends."""

    scale_size = blocks.IntegerBlock(label=_("Number of points"), default=5, min_value=2, max_value=11)
    low_label = blocks.CharBlock(label=_("Label of the lowest point"), max_length=80)
    high_label = blocks.CharBlock(label=_("Label of the highest point"), max_length=80)
    answer_kind = "rating"

    class Meta:
        icon = "pick"
        label = _("Rating scale")
        description = _("People rate from 1 to N, with labelled ends")
        template = "engagement/surveys/blocks/question_summary.html"


class RankingBlock(BaseQuestionBlock):
    """People put the choices in their order of importance."""

    choices = blocks.ListBlock(ChoiceOptionBlock(), label=_("Choices"), min_num=2)
    answer_kind = "ranking"

    class Meta:
        icon = "order"
        label = _("Ranking")
        description = _("People order the choices from most to least important")
        template = "engagement/surveys/blocks/question_summary.html"


class MatrixBlock(BaseQuestionBlock):
    """Several statements rated on the same scale."""

    rows = blocks.ListBlock(ChoiceOptionBlock(), label=_("Rows (statements)"), min_num=1)
    columns = blocks.ListBlock(ChoiceOptionBlock(), label=_("Columns (the scale)"), min_num=2)
    answer_kind = "matrix"

    class Meta:
        icon = "table"
        label = _("Matrix")
        description = _("Several rows answered on one scale")
        template = "engagement/surveys/blocks/question_summary.html"


class ShortTextBlock(BaseQuestionBlock):
    """A one-line open answer."""

    max_length = blocks.IntegerBlock(label=_("Maximum length"), default=200, min_value=1, max_value=500)
    answer_kind = "text"

    class Meta:
        icon = "pilcrow"
        label = _("Short text")
        description = _("A one-line open answer")
        template = "engagement/surveys/blocks/question_summary.html"


class LongTextBlock(BaseQuestionBlock):
    """A paragraph-long open answer."""

    max_length = blocks.IntegerBlock(label=_("Maximum length"), default=3000, min_value=1, max_value=10000)
    answer_kind = "text"

    class Meta:
        icon = "doc-full"
        label = _("Long text")
        description = _("An open answer of a paragraph or more")
        template = "engagement/surveys/blocks/question_summary.html"


class NumberBlock(BaseQuestionBlock):
    """A number within an optional range."""

    min_value = blocks.DecimalBlock(label=_("Smallest allowed"), required=False)
    max_value = blocks.DecimalBlock(label=_("Largest allowed"), required=False)
    whole_numbers_only = blocks.BooleanBlock(label=_("Whole numbers only"), required=False, default=True)
    answer_kind = "number"

    class Meta:
        icon = "plus-inverse"
        label = pgettext_lazy("survey question type", "Number")
        description = _("A number, optionally within a range")
        template = "engagement/surveys/blocks/question_summary.html"


class DateQuestionBlock(BaseQuestionBlock):
    """A date."""

    answer_kind = "date"

    class Meta:
        icon = "date"
        label = _("Date")
        description = _("A date")
        template = "engagement/surveys/blocks/question_summary.html"


class SectionBlock(blocks.StructBlock):
    """Text between questions (an explanation, a new topic); it asks nothing."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES)
    condition = ConditionBlock()

    class Meta:
        icon = "title"
        label = _("Text section")
        description = _("A heading and text; asks nothing")
        template = "engagement/surveys/blocks/section_block.html"


class StepBreakBlock(blocks.StructBlock):
    """Starts a new step of the survey, with its own title in the progress indicator."""

    title = blocks.CharBlock(label=_("Step title"), max_length=100)

    class Meta:
        icon = "arrow-right"
        label = _("New step")
        description = _("Starts a new step (page) of the survey")
        template = "engagement/surveys/blocks/step_block.html"


class SurveyQuestionsBlock(blocks.StreamBlock):
    """The questions of a survey, in order; a "New step" block starts another page of the form."""

    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    rating = RatingScaleBlock()
    ranking = RankingBlock()
    matrix = MatrixBlock()
    short_text = ShortTextBlock()
    long_text = LongTextBlock()
    number = NumberBlock()
    date = DateQuestionBlock()
    section = SectionBlock()
    step = StepBreakBlock()
