"""Form fields the site's forms share (lists of ticked codes, free text a person types), and how a
service's refusal lands on a form."""

from django import forms

from home.forms import validate_no_control_characters

DEFAULT_TEXT_MAX_LENGTH = 2000


class CodeListField(forms.MultipleChoiceField):
    """Ticked boxes that become a list of codes, each once, in the order the choices are offered."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        value = super().clean(value)
        chosen = set(value)
        return [code for code, _label in self.choices if code in chosen]


class TextField(forms.CharField):
    """Free text a person types: length-limited, without control characters (line breaks are fine)."""

    def __init__(self, *, max_length=DEFAULT_TEXT_MAX_LENGTH, rows=4, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        super().__init__(max_length=max_length, **kwargs)
        self.validators.append(_no_control_characters_but_line_breaks)


def _no_control_characters_but_line_breaks(value):
    validate_no_control_characters(value.replace("\r", "").replace("\n", "").replace("\t", ""))


def add_service_errors(form, error):
    """Put a service's ValidationError on the form: on the fields it names, the rest above the form.

    The services check again what the form checked (another request may have changed things in
    between), so their refusal is shown where the person fixes it, never as a server error.
    """
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
