"""The survey form: built from the question blocks of one step (or of every step, for staff entry).

Every field is optional to Django; whether a question must be answered depends on whether it is
shown, which depends on the answers, so ``SurveyForm.clean`` decides it once it knows them (see
engagement/surveys/structure.py). A question hidden by its condition keeps no answer and no error,
whatever was posted for it.

The templates get a plain description of each question from ``SurveyForm.groups()``: ids, names,
values, errors and the ids that ``aria-describedby`` points to, so that they only display.
"""

import decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from engagement.models import Audience, InvitationCode, SurveyResponse
from home.choices import GradeBand
from home.models import School
from home.public_forms import SubmissionTokenMixin, recaptcha_field

from .answers import is_empty
from .structure import OTHER, Question, Section, evaluate

# Longer texts are cut when kept in the session between steps (a long answer allows 10,000).
MAX_KEPT_TEXT = 10_000

REQUIRED = _("Answer this question.")
INVALID_CHOICE = _("Choose one of the answers shown.")
OTHER_MISSING = _("Write your other answer in the box, or choose one of the answers shown.")
TOO_LONG = _("Make your answer shorter: at most %(limit_value)d characters (it has %(show_value)d).")
NOT_A_NUMBER = _("Enter a number, such as 3 or 2.5.")
NOT_A_WHOLE_NUMBER = _("Enter a whole number, such as 3.")
NOT_A_DATE = _("Enter a date, such as 2026-03-15 (year, month, day).")


def _too_many(limit):
    return ngettext_lazy("Choose at most %(count)d answer.", "Choose at most %(count)d answers.", "count") % {
        "count": limit
    }


def _too_few(limit):
    return ngettext_lazy("Choose at least %(count)d answer.", "Choose at least %(count)d answers.", "count") % {
        "count": limit
    }


def _text_field(max_length, required=False):
    return forms.CharField(
        required=required,
        max_length=max_length,
        error_messages={"required": REQUIRED, "max_length": TOO_LONG},
    )


def _number_range_error(minimum, maximum):
    if minimum is not None and maximum is not None:
        return _("Enter a number from %(min)s to %(max)s.") % {"min": _plain(minimum), "max": _plain(maximum)}
    if minimum is not None:
        return _("Enter a number of %(min)s or more.") % {"min": _plain(minimum)}
    return _("Enter a number of %(max)s or less.") % {"max": _plain(maximum)}


def _plain(number):
    """A Decimal as people write it: 12, not 12.0000 or 1.2E+1."""
    return format(decimal.Decimal(number).normalize(), "f")


class SurveyForm(SubmissionTokenMixin, forms.Form):
    """The questions of some steps of a survey, and the parts around them.

    ``steps``: the survey's steps (structure.survey_steps); ``numbers``: which of them this form asks;
    ``earlier_answers``: the normalised answers of the steps before (conditions may refer to them).
    ``parts`` adds the fields around the questions: "about" (audience, profile, invitation code),
    "contact" (contact details and consent), "protection" (the last step's: the submission token is
    read from it, and reCAPTCHA added when it is configured), "staff" (how the answer came in, its
    language). The honeypot is checked by the view before any form is built.
    """

    def __init__(self, page, steps, numbers, *, earlier_answers=None, data=None, parts=(), show_errors=True):
        super().__init__(data=data)
        self.page = page
        self.parts = set(parts)
        self.show_errors = show_errors
        self.earlier_answers = dict(earlier_answers or {})
        first = min(numbers)
        self.earlier_items = [item for step in steps if step.number < first for item in step.items]
        self.items = [item for step in steps if step.number in numbers for item in step.items]
        asked = [item for item in self.items if isinstance(item, Question)]
        self.shown_now = evaluate(
            self.earlier_items + self.items, self.earlier_answers, pending={question.block_id for question in asked}
        )
        self.questions = [question for question in asked if question.block_id in self.shown_now.questions]
        self.answers = {}
        self._question_fields = {}
        for question in self.questions:
            self._add_question_fields(question)
        if "about" in self.parts:
            self._add_about_fields()
        if "contact" in self.parts and page.collect_contact:
            self._add_contact_fields()
        if "staff" in self.parts:
            self._add_staff_fields()
        if "protection" in self.parts:
            self._add_protection_fields()

    # Fields

    def _add_question_fields(self, question):
        name, kind, value = question.field_name, question.kind, question.value
        names = [name]
        if kind in ("single_choice", "multiple_choice"):
            choices = question.options() + ([(OTHER, _("Other"))] if question.allows_other else [])
            field_class = forms.ChoiceField if kind == "single_choice" else forms.MultipleChoiceField
            self.fields[name] = field_class(
                choices=choices, required=False, error_messages={"invalid_choice": INVALID_CHOICE}
            )
            if question.allows_other:
                self.fields[f"{name}-other"] = _text_field(300)
                names.append(f"{name}-other")
        elif kind == "rating":
            points = [(str(point), str(point)) for point in range(1, value["scale_size"] + 1)]
            self.fields[name] = forms.TypedChoiceField(
                choices=points,
                coerce=int,
                empty_value=None,
                required=False,
                error_messages={"invalid_choice": INVALID_CHOICE},
            )
        elif kind == "ranking":
            positions = [(str(rank), str(rank)) for rank in range(1, len(question.options()) + 1)]
            names = []
            for index, _option in enumerate(question.options(), start=1):
                self.fields[f"{name}-{index}"] = forms.TypedChoiceField(
                    choices=[("", "")] + positions,
                    coerce=int,
                    empty_value=None,
                    required=False,
                    error_messages={"invalid_choice": INVALID_CHOICE},
                )
                names.append(f"{name}-{index}")
        elif kind == "matrix":
            names = []
            for index, _row in enumerate(question.options("rows"), start=1):
                self.fields[f"{name}-{index}"] = forms.ChoiceField(
                    choices=question.options("columns"),
                    required=False,
                    error_messages={"invalid_choice": INVALID_CHOICE},
                )
                names.append(f"{name}-{index}")
        elif kind in ("short_text", "long_text"):
            self.fields[name] = _text_field(value.get("max_length") or (200 if kind == "short_text" else 3000))
        elif kind == "number":
            # The database keeps 14 digits, 4 of them after the point.
            self.fields[name] = forms.DecimalField(
                required=False,
                max_digits=14,
                decimal_places=4,
                error_messages={
                    "invalid": NOT_A_NUMBER,
                    "max_digits": NOT_A_NUMBER,
                    "max_decimal_places": NOT_A_NUMBER,
                    "max_whole_digits": NOT_A_NUMBER,
                },
            )
        elif kind == "date":
            self.fields[name] = forms.DateField(
                required=False,
                input_formats=["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y"],
                error_messages={"invalid": NOT_A_DATE},
            )
        self._question_fields[question.block_id] = names

    def _add_about_fields(self):
        page = self.page
        if page.audience_mode == page.AudienceMode.ASK:
            self.fields["audience"] = forms.ChoiceField(
                choices=Audience.choices,
                required=True,
                error_messages={"required": _("Tell us who is answering."), "invalid_choice": INVALID_CHOICE},
            )
        if page.ask_profile:
            self.schools = {str(school.pk): school for school in School.objects.only("pk", "name").order_by("name")}
            self.fields["school"] = forms.ChoiceField(
                choices=[("", _("Another school, or prefer not to say"))]
                + [(pk, school.name) for pk, school in self.schools.items()],
                required=False,
                error_messages={"invalid_choice": INVALID_CHOICE},
            )
            self.fields["grade_band"] = forms.ChoiceField(
                choices=[("", _("Prefer not to say"))] + list(GradeBand.choices),
                required=False,
                error_messages={"invalid_choice": INVALID_CHOICE},
            )
            self.fields["neighbourhood"] = _text_field(80)
        if page.require_invitation:
            self.fields["invitation_code"] = forms.CharField(
                required="staff" not in self.parts,
                max_length=20,
                error_messages={
                    "required": _("Enter the code from your invitation."),
                    "max_length": _("This is not an invitation code: check it and try again."),
                },
            )

    def _add_contact_fields(self):
        self.fields["contact_name"] = _text_field(150)
        self.fields["contact_email"] = forms.EmailField(
            required=False,
            max_length=254,
            error_messages={"invalid": _("Enter an e-mail address, such as name@example.org.")},
        )
        self.fields["contact_phone"] = _text_field(30)
        self.fields["consent_to_contact"] = forms.BooleanField(required=False)

    def _add_staff_fields(self):
        self.fields["entry_method"] = forms.ChoiceField(
            choices=[("", "---------")]
            + [(value, label) for value, label in SurveyResponse.EntryMethod.choices if value != "online"],
            error_messages={"required": _("Say how this response came in."), "invalid_choice": INVALID_CHOICE},
        )
        self.fields["language"] = forms.ChoiceField(
            choices=settings.LANGUAGES,
            initial=self.page.locale.language_code,
            error_messages={
                "required": _("Choose the language the person answered in."),
                "invalid_choice": INVALID_CHOICE,
            },
        )

    def _add_protection_fields(self):
        # The submission token and the honeypot are read from the data as posted, not as fields: a
        # token that is not a UUID is replaced, never an error to show (see submission_token()).
        if settings.RECAPTCHA_ENABLED and "staff" not in self.parts:
            self.fields["captcha"] = recaptcha_field()

    # Validation

    def clean(self):
        cleaned = super().clean()
        parsed = {}
        for question in self.questions:
            if self._has_field_errors(question):
                continue
            answer = self._parse(question, cleaned)
            if answer is not None:
                parsed[question.block_id] = answer
        shown = evaluate(self.earlier_items + self.items, {**self.earlier_answers, **parsed})
        self.answers = {}
        for question in self.questions:
            if question.block_id not in shown.questions:
                for name in self._question_fields[question.block_id]:
                    self.errors.pop(name, None)
                    cleaned.pop(name, None)
                continue
            if self._has_field_errors(question):
                continue
            answer = parsed.get(question.block_id)
            if is_empty(answer):
                if question.required:
                    self.add_error(self._question_fields[question.block_id][0], self._required_message(question))
                continue
            self.answers[question.block_id] = answer
        self._clean_about(cleaned)
        self._clean_contact(cleaned)
        return cleaned

    def _has_field_errors(self, question):
        return any(name in self._errors for name in self._question_fields[question.block_id])

    def _required_message(self, question):
        if question.kind == "matrix":
            return _("Answer every row.")
        if question.kind == "ranking":
            return _("Give every item a position.")
        return REQUIRED

    def _parse(self, question, cleaned):
        """The normalised answer to ``question`` (None if unanswered); adds an error if it makes no sense."""
        name, kind, value = question.field_name, question.kind, question.value
        if kind == "single_choice":
            choice = cleaned.get(name) or ""
            other = (cleaned.get(f"{name}-other") or "").strip() if question.allows_other else ""
            if choice == OTHER or (not choice and other):
                if not other:
                    self.add_error(f"{name}-other", OTHER_MISSING)
                    return None
                return {"choice": "", "other": other}
            return {"choice": choice} if choice else None
        if kind == "multiple_choice":
            choices = list(cleaned.get(name) or [])
            other = (cleaned.get(f"{name}-other") or "").strip() if question.allows_other else ""
            wants_other = OTHER in choices or bool(other)
            choices = [choice for choice in choices if choice != OTHER]
            if wants_other and not other:
                self.add_error(f"{name}-other", OTHER_MISSING)
                return None
            count = len(choices) + (1 if other else 0)
            if not count:
                return None
            if value.get("max_choices") and count > value["max_choices"]:
                self.add_error(name, _too_many(value["max_choices"]))
                return None
            if value.get("min_choices") and count < value["min_choices"]:
                self.add_error(name, _too_few(value["min_choices"]))
                return None
            return {"choices": choices, "other": other}
        if kind == "rating":
            return cleaned.get(name)
        if kind == "ranking":
            codes = question.choice_codes()
            positions = [cleaned.get(f"{name}-{index}") for index in range(1, len(codes) + 1)]
            if all(position is None for position in positions):
                return None
            if sorted(position or 0 for position in positions) != list(range(1, len(codes) + 1)):
                self.add_error(
                    f"{name}-1",
                    _("Give each item a different position, from 1 to %(count)d.") % {"count": len(codes)},
                )
                return None
            return [code for _position, code in sorted(zip(positions, codes, strict=True))]
        if kind == "matrix":
            rows = [code for code, _label in question.options("rows")]
            answered = {row: cleaned.get(f"{name}-{index}") for index, row in enumerate(rows, start=1)}
            answered = {row: column for row, column in answered.items() if column}
            if answered and question.required and len(answered) < len(rows):
                missing = next(index for index, row in enumerate(rows, start=1) if row not in answered)
                self.add_error(f"{name}-{missing}", _("Answer every row."))
                return None
            return answered or None
        if kind in ("short_text", "long_text"):
            return (cleaned.get(name) or "").strip() or None
        if kind == "number":
            number = cleaned.get(name)
            if number is None:
                return None
            if value.get("whole_numbers_only") and number != number.to_integral_value():
                self.add_error(name, NOT_A_WHOLE_NUMBER)
                return None
            minimum, maximum = value.get("min_value"), value.get("max_value")
            if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
                self.add_error(name, _number_range_error(minimum, maximum))
                return None
            return _plain(number)
        if kind == "date":
            date = cleaned.get(name)
            return date.isoformat() if date else None
        return None

    def _clean_about(self, cleaned):
        if "school" in self.fields:
            cleaned["school"] = self.schools.get(cleaned.get("school") or "")
        code = (cleaned.get("invitation_code") or "").strip()
        cleaned["invitation_code"] = code
        if code and not self.has_error("invitation_code"):
            unused = InvitationCode.objects.filter(
                survey_key=self.page.survey_key, code__iexact=code, used_at__isnull=True
            ).exists()
            if not unused:
                self.add_error(
                    "invitation_code",
                    _("This code is not valid for this survey, or it has been used already. Check it and try again."),
                )

    def _clean_contact(self, cleaned):
        if "consent_to_contact" not in self.fields:
            return
        if not cleaned.get("consent_to_contact"):
            # Without consent nothing they typed here is kept.
            for name in ("contact_name", "contact_email", "contact_phone"):
                cleaned[name] = ""
                self.errors.pop(name, None)
            return
        if (
            not self.has_error("contact_email")
            and not cleaned.get("contact_email")
            and not cleaned.get("contact_phone")
        ):
            self.add_error("contact_email", _("Give an e-mail address or a phone number, so that we can reach you."))

    # What the view and the service read

    def response_fields(self):
        """The SurveyResponse fields from the parts of this form (call after is_valid())."""
        cleaned, fields = self.cleaned_data, {}
        if "audience" in self.fields:
            fields["audience"] = cleaned["audience"]
        if "school" in self.fields:
            fields.update(
                school=cleaned["school"],
                grade_band=cleaned.get("grade_band") or "",
                neighbourhood=(cleaned.get("neighbourhood") or "").strip(),
            )
        if "consent_to_contact" in self.fields and cleaned.get("consent_to_contact"):
            fields.update(
                contact_name=cleaned["contact_name"].strip(),
                contact_email=cleaned["contact_email"],
                contact_phone=cleaned["contact_phone"].strip(),
                consent_to_contact=True,
            )
        if cleaned.get("invitation_code"):
            fields["invitation_code"] = cleaned["invitation_code"]
        if "entry_method" in self.fields:
            fields.update(entry_method=cleaned["entry_method"], language=cleaned["language"])
        return fields

    def kept_data(self):
        """What was posted for the fields of this form, to keep in the session (not the token or honeypot)."""
        kept = {}
        for name in self.fields:
            if name == "captcha":
                continue
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data.get(name, "")]
            values = [str(value)[:MAX_KEPT_TEXT] for value in values[: self._max_values(name)]]
            if values:
                kept[name] = values
        return kept

    def _max_values(self, name):
        field = self.fields[name]
        return len(field.choices) if isinstance(field, forms.MultipleChoiceField) else 1

    # Display

    def groups(self):
        """The step's content for the template: a list of {"section", "questions"} in order."""
        groups, current = [], None
        for item in self.items:
            if isinstance(item, Section):
                if item.block_id not in self.shown_now.sections:
                    current = {"section": None, "questions": [], "hidden": True}
                    continue
                current = {"section": _section_display(item), "questions": []}
                groups.append(current)
            elif item.block_id in self.shown_now.questions:
                if current is None or current.get("hidden") or (current["section"] and item.section is None):
                    current = {"section": None, "questions": []}
                    groups.append(current)
                current["questions"].append(self._question_display(item))
        return groups

    def field_errors(self, name):
        if not (self.show_errors and self.is_bound):
            return []
        return list(self.errors.get(name, []))

    def value(self, name):
        if name not in self.fields:
            return None
        return self[name].value()

    def _question_display(self, question):
        name, kind, value = question.field_name, question.kind, question.value
        names = self._question_fields[question.block_id]
        errors = []
        for field_name in names:
            errors.extend(message for message in self.field_errors(field_name) if message not in errors)
        condition = question.condition
        display = {
            "question": question,
            "kind": kind,
            "template": f"engagement/surveys/questions/{_TEMPLATES[kind]}.html",
            "name": name,
            "id": f"id_{name}",
            "code": question.code,
            "text": question.text,
            "hints": [hint for hint in (value.get("help_text"), _limits_hint(question)) if hint],
            "required": question.required,
            "errors": errors,
            "error_id": f"{name}-error" if errors else "",
            "condition": condition,
        }
        display["help_id"] = f"{name}-help" if display["hints"] else ""
        display["describedby"] = " ".join(filter(None, [display["help_id"], display["error_id"]]))
        if kind in ("single_choice", "multiple_choice", "rating"):
            current = self.value(name)
            picked = {str(item) for item in current} if isinstance(current, list) else {str(current or "")}
            if kind == "rating":
                size = value["scale_size"]
                labels = {1: value.get("low_label") or "", size: value.get("high_label") or ""}
                options = [(str(point), str(point), labels.get(point, "")) for point in range(1, size + 1)]
            else:
                options = [(code, label, "") for code, label in question.options()]
                if question.allows_other:
                    options.append((OTHER, _("Other (please specify)"), ""))
            display["options"] = [
                {"value": code, "label": label, "end_label": end, "id": f"id_{name}_{index}", "checked": code in picked}
                for index, (code, label, end) in enumerate(options)
            ]
            display["first_id"] = display["options"][0]["id"]
            if kind == "rating":
                display["low_label"], display["high_label"] = value.get("low_label"), value.get("high_label")
            if question.allows_other:
                other_name = f"{name}-other"
                display["other"] = {
                    "name": other_name,
                    "id": f"id_{other_name}",
                    "value": self.value(other_name) or "",
                    "option_id": display["options"][-1]["id"],
                    "checked": OTHER in picked,
                    "error": bool(self.field_errors(other_name)),
                }
                if self.field_errors(other_name) and not self.field_errors(name):
                    display["first_id"] = display["other"]["id"]
        elif kind == "ranking":
            count = len(question.options())
            display["positions"] = list(range(1, count + 1))
            display["selects"] = [
                {
                    "name": f"{name}-{index}",
                    "id": f"id_{name}-{index}",
                    "label": label,
                    "value": str(self.value(f"{name}-{index}") or ""),
                    "invalid": bool(self.field_errors(f"{name}-{index}")),
                }
                for index, (_code, label) in enumerate(question.options(), start=1)
            ]
            display["first_id"] = display["selects"][0]["id"]
        elif kind == "matrix":
            columns = question.options("columns")
            display["rows"] = []
            for index, (_row_code, row_label) in enumerate(question.options("rows"), start=1):
                row_name = f"{name}-{index}"
                current = str(self.value(row_name) or "")
                display["rows"].append(
                    {
                        "name": row_name,
                        "label": row_label,
                        "invalid": bool(self.field_errors(row_name)),
                        "options": [
                            {
                                "value": code,
                                "label": label,
                                "id": f"id_{row_name}_{column}",
                                "checked": code == current,
                            }
                            for column, (code, label) in enumerate(columns)
                        ],
                    }
                )
            first_invalid = next((row for row in display["rows"] if row["invalid"]), display["rows"][0])
            display["first_id"] = first_invalid["options"][0]["id"]
        else:
            current = self.value(name)
            display["value"] = "" if current is None else str(current)
            display["first_id"] = display["id"]
            if kind in ("short_text", "long_text"):
                display["max_length"] = self.fields[name].max_length
            elif kind == "number":
                display["min"] = _plain(value["min_value"]) if value.get("min_value") is not None else ""
                display["max"] = _plain(value["max_value"]) if value.get("max_value") is not None else ""
                display["whole"] = bool(value.get("whole_numbers_only"))
        return display

    def error_summary(self):
        """(link target id, question or field label, message) for every error, in the order of the page."""
        if not (self.show_errors and self.is_bound) or self.is_valid():
            return []
        entries = []
        for name, label in self._about_labels():
            for message in self.field_errors(name):
                # The audience is a group of radio buttons: the link goes to the first.
                entries.append((f"id_{name}_0" if name == "audience" else f"id_{name}", label, message))
        for group in self.groups():
            for question in group["questions"]:
                for message in question["errors"]:
                    entries.append((question["first_id"], question["text"], message))
        for name, label in self._contact_labels():
            for message in self.field_errors(name):
                entries.append((f"id_{name}", label, message))
        for message in self.non_field_errors():
            entries.append(("", "", message))
        return entries

    def _about_labels(self):
        labels = [
            ("entry_method", _("How the response came in")),
            ("language", _("Language answered in")),
            ("invitation_code", _("Invitation code")),
            ("audience", _("Who is answering?")),
            ("school", _("School")),
            ("grade_band", _("Grade band")),
            ("neighbourhood", _("Neighbourhood")),
        ]
        return [(name, label) for name, label in labels if name in self.fields]

    def _contact_labels(self):
        labels = [
            ("contact_name", _("Your name")),
            ("contact_email", _("E-mail address")),
            ("contact_phone", _("Phone number")),
            ("captcha", _("Check that you are not a robot")),
        ]
        return [(name, label) for name, label in labels if name in self.fields]

    def about(self):
        """The audience, profile and invitation code fields present, for the template."""
        return self._plain_fields(["invitation_code", "audience", "school", "grade_band", "neighbourhood"])

    def contact(self):
        return self._plain_fields(["consent_to_contact", "contact_name", "contact_email", "contact_phone"])

    def staff(self):
        return self._plain_fields(["entry_method", "language"])

    def _plain_fields(self, names):
        fields = {}
        for name in names:
            if name not in self.fields:
                continue
            errors = self.field_errors(name)
            current = self.value(name)
            field = {
                "name": name,
                "id": f"id_{name}",
                "value": "" if current is None else str(current),
                "checked": bool(current) and current not in ("false", "False", "0", "off"),
                "errors": errors,
                "error_id": f"{name}-error" if errors else "",
            }
            if hasattr(self.fields[name], "choices"):
                field["options"] = [
                    {
                        "value": str(value),
                        "label": label,
                        "id": f"id_{name}_{index}",
                        "checked": str(value) == field["value"],
                    }
                    for index, (value, label) in enumerate(self.fields[name].choices)
                ]
            fields[name] = field
        return fields


def _limits_hint(question):
    """What the question allows, said before anyone gets it wrong: how many choices, which numbers."""
    value = question.value
    if question.kind == "multiple_choice" and (value.get("min_choices") or value.get("max_choices")):
        return _choice_limit_hint(value.get("min_choices"), value.get("max_choices"))
    if question.kind == "number" and (value.get("min_value") is not None or value.get("max_value") is not None):
        return _number_range_error(value.get("min_value"), value.get("max_value"))
    if question.kind == "ranking":
        return _("Give each a position: 1 is the most important.")
    return ""


def _choice_limit_hint(minimum, maximum):
    if maximum and (minimum or 0) <= 1:
        return ngettext_lazy("Choose up to %(count)d answer.", "Choose up to %(count)d answers.", "count") % {
            "count": maximum
        }
    if minimum and maximum:
        if minimum == maximum:
            return ngettext_lazy("Choose %(count)d answer.", "Choose %(count)d answers.", "count") % {"count": maximum}
        return _("Choose from %(min)d to %(max)d answers.") % {"min": minimum, "max": maximum}
    if maximum:
        return _too_many(maximum)
    return _too_few(minimum)


def _section_display(section):
    condition = section.condition
    return {
        "section": section,
        "heading": section.value["heading"],
        "text": section.value["text"],
        "condition": condition,
    }


_TEMPLATES = {
    "single_choice": "choice",
    "multiple_choice": "choice",
    "rating": "rating",
    "ranking": "ranking",
    "matrix": "matrix",
    "short_text": "text",
    "long_text": "text",
    "number": "number",
    "date": "date",
}
