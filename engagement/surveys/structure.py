"""A survey's blocks read as steps, sections and questions, and the rules about which are shown.

Conditions are decided here, on the server, from the answers given so far; the browser script only
mirrors them. A condition names an earlier question by its code and a choice by its code:

- ``equals``: the answer is that choice (for a multiple choice: exactly that one is ticked);
- ``not_equals``: the question was answered, with something else (for a multiple choice: that
  choice is not among those ticked);
- ``includes``: that choice is among the answers (for a single choice or rating: it is the answer).

A question whose earlier question was not answered, or was itself hidden, is hidden. A text section
with a condition hides itself and the questions under it (up to the next section or step).
"""

from dataclasses import dataclass, field

OTHER = "__other__"  # the value of "Other (please specify)"; a code made from a label never has underscores at its ends
QUESTION_KINDS = (
    "single_choice",
    "multiple_choice",
    "rating",
    "ranking",
    "matrix",
    "short_text",
    "long_text",
    "number",
    "date",
)
CONDITION_OPERATORS = ("equals", "not_equals", "includes")


@dataclass(frozen=True)
class Condition:
    question_code: str
    operator: str
    choice_code: str

    @classmethod
    def from_block(cls, value):
        """The block's condition, or None when it has none (empty question code)."""
        if not value or not value.get("question_code"):
            return None
        operator = value.get("operator") or "equals"
        if operator not in CONDITION_OPERATORS:
            operator = "equals"
        return cls(value["question_code"], operator, value.get("choice_code") or "")

    def holds(self, picked):
        """Whether the condition holds for the earlier question's picked codes (None: not answered)."""
        if picked is None:
            return False
        if self.operator == "equals":
            return picked == {self.choice_code}
        if self.operator == "not_equals":
            return self.choice_code not in picked
        return self.choice_code in picked


@dataclass
class Question:
    """One question block: its block id names the answer, its code is what conditions refer to."""

    block_id: str
    kind: str
    value: object  # the block's StructValue
    section: "Section | None" = None

    @property
    def code(self):
        return self.value.get("code") or ""

    @property
    def text(self):
        return self.value["question"]

    @property
    def required(self):
        return bool(self.value.get("required"))

    @property
    def condition(self):
        return Condition.from_block(self.value.get("condition"))

    @property
    def field_name(self):
        return f"q-{self.block_id}"

    def options(self, list_name="choices"):
        """(code, label) of the question's choices, rows or columns, in order."""
        return [(option["code"], option["label"]) for option in self.value.get(list_name) or []]

    def choice_codes(self):
        return [code for code, _label in self.options()]

    @property
    def allows_other(self):
        return self.kind in ("single_choice", "multiple_choice") and bool(self.value.get("allow_other"))


@dataclass
class Section:
    block_id: str
    value: object

    @property
    def condition(self):
        return Condition.from_block(self.value.get("condition"))


@dataclass
class Step:
    """One page of the form; ``number`` counts from 1. Items are sections and questions, in order."""

    number: int
    title: str
    items: list = field(default_factory=list)

    @property
    def questions(self):
        return [item for item in self.items if isinstance(item, Question)]


def survey_steps(page):
    """The survey's steps; a survey without step breaks has one. Steps without any block are dropped."""
    steps = [Step(number=1, title="")]
    section = None
    for child in page.questions:
        if child.block_type == "step":
            steps.append(Step(number=len(steps) + 1, title=child.value["title"]))
            section = None
        elif child.block_type == "section":
            section = Section(child.id, child.value)
            steps[-1].items.append(section)
        elif child.block_type in QUESTION_KINDS:
            steps[-1].items.append(Question(child.id, child.block_type, child.value, section))
    steps = [step for step in steps if step.items]
    for number, step in enumerate(steps, start=1):
        step.number = number
    return steps or [Step(number=1, title="")]


def all_questions(steps):
    return [question for step in steps for question in step.questions]


def picked_codes(question, answer):
    """The codes a condition compares with, for an answer of ``question`` (None if unanswered)."""
    if answer is None:
        return None
    if question.kind == "single_choice":
        return {answer["choice"]} if answer.get("choice") else {OTHER}
    if question.kind == "multiple_choice":
        picked = set(answer.get("choices") or [])
        if answer.get("other"):
            picked.add(OTHER)
        return picked
    if question.kind == "rating":
        return {str(answer)}
    return None


PENDING = object()  # a question of the step being shown: the person has yet to answer it


@dataclass
class Shown:
    """What is shown of the items evaluated: question and section block ids."""

    questions: set
    sections: set

    def __contains__(self, item):
        return item.block_id in (self.sections if isinstance(item, Section) else self.questions)


def evaluate(items, answers, pending=()):
    """Which of ``items`` (sections and questions, in survey order) are shown, given ``answers``.

    ``answers`` maps block id to the normalised answer (engagement/surveys/answers.py). An answer to
    a hidden question is never counted: the questions after it see it as unanswered. The questions
    whose block ids are in ``pending`` are on the step being shown: a condition on one of them may
    still come true, so what depends on them counts as shown (the browser script hides it live).
    """
    picked_by_code = {}
    shown = Shown(set(), set())
    for item in items:
        if isinstance(item, Section):
            if _holds(item.condition, picked_by_code):
                shown.sections.add(item.block_id)
            continue
        in_shown_section = item.section is None or item.section.block_id in shown.sections
        if not (in_shown_section and _holds(item.condition, picked_by_code)):
            continue
        shown.questions.add(item.block_id)
        if item.code:
            if item.block_id in pending:
                picked_by_code[item.code] = PENDING
            else:
                picked_by_code[item.code] = picked_codes(item, answers.get(item.block_id))
    return shown


def _holds(condition, picked_by_code):
    if condition is None:
        return True
    picked = picked_by_code.get(condition.question_code)
    return picked is PENDING or condition.holds(picked)


def items_up_to(steps, step):
    """The items of the steps before ``step`` and of ``step`` itself, in order."""
    return [item for other in steps if other.number <= step.number for item in other.items]


def step_shown_items(steps, step, answers):
    """What ``step`` shows, given the answers of the steps before it (its own are pending)."""
    return evaluate(items_up_to(steps, step), answers, pending={question.block_id for question in step.questions})


def step_has_content(steps, step, answers):
    """Whether ``step`` shows anything at all, given the answers of the steps before it."""
    shown = step_shown_items(steps, step, answers)
    return any(item in shown for item in step.items)


def shown_answers(steps, answers):
    """``answers`` without the answers to questions that their conditions hide."""
    shown = evaluate([item for step in steps for item in step.items], answers)
    return {block_id: answer for block_id, answer in answers.items() if block_id in shown.questions}
