"""Forms of the mentor network: the mentor's profile, the request, check-ins and the answers to them."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagement.models.mentoring import (
    BIO_MAX_LENGTH,
    MAX_CHECKIN_MINUTES,
    MAX_HOURS_PER_MONTH,
    MAX_MENTEES,
    MAX_PLANNED_MONTHS,
    MAX_YEARS_TAUGHT,
    MIN_PLANNED_MONTHS,
    CheckIn,
    Expertise,
    MeetingFormat,
    MeetingFrequency,
    MentorProfile,
    MentorRequest,
    RequestedFormat,
    RoleHeld,
)
from home.choices import GradeBand, SpokenLanguage, Subject
from home.form_fields import CodeListField, TextField
from home.models import School

# The site's languages as spoken languages: "zh-hans" is written Chinese, "zh" spoken.
SPOKEN_LANGUAGE_OF_SITE_LANGUAGE = {"zh-hans": SpokenLanguage.CHINESE}


def spoken_language_of(site_language):
    code = SPOKEN_LANGUAGE_OF_SITE_LANGUAGE.get(site_language, site_language)
    return code if code in SpokenLanguage.values else SpokenLanguage.ENGLISH


class SchoolsField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(queryset=School.objects.order_by("name"), **kwargs)


class MentorProfileForm(forms.ModelForm):
    """A retiree's offer to mentor: what they did, what they know, how much time they have."""

    years_taught = forms.IntegerField(
        label=_("Years in education"),
        min_value=0,
        max_value=MAX_YEARS_TAUGHT,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    roles_held = CodeListField(label=_("Roles you held"), choices=RoleHeld.choices)
    subjects = CodeListField(label=_("Subjects you taught"), choices=Subject.choices)
    grade_bands = CodeListField(label=_("Grade bands you taught"), choices=GradeBand.choices)
    schools = SchoolsField(
        label=_("Schools where you worked"),
        required=False,
        help_text=_("Optional. New educators at the same or a nearby school are matched with you first."),
    )
    languages = CodeListField(label=_("Languages you speak"), choices=SpokenLanguage.choices)
    expertise = CodeListField(label=_("Areas where you can help"), choices=Expertise.choices)
    formats = CodeListField(label=_("How you can help"), choices=MeetingFormat.choices)
    hours_per_month = forms.IntegerField(
        label=_("Hours a month you can give"),
        min_value=1,
        max_value=MAX_HOURS_PER_MONTH,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    max_mentees = forms.IntegerField(
        label=_("How many mentees at once"),
        min_value=1,
        max_value=MAX_MENTEES,
        initial=1,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    bio = TextField(
        label=_("A short bio"),
        max_length=BIO_MAX_LENGTH,
        rows=6,
        help_text=_("A few lines a new educator would like to read: your career, what you loved, what you offer."),
    )
    in_directory = forms.BooleanField(
        label=_("Show me in the retiree directory"),
        required=False,
        help_text=_("Signed-in members see your name, experience and bio; never your e-mail or phone."),
    )

    class Meta:
        model = MentorProfile
        fields = [
            "years_taught",
            "roles_held",
            "subjects",
            "grade_bands",
            "languages",
            "expertise",
            "formats",
            "hours_per_month",
            "max_mentees",
            "bio",
            "in_directory",
        ]

    field_order = ["years_taught", "roles_held", "subjects", "grade_bands", "schools"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The schools are not a model field of the form: the services save them in the profile's
        # transaction (``cleaned_data["schools"]``).
        if self.instance.pk is not None:
            self.initial.setdefault("schools", list(self.instance.schools.values_list("pk", flat=True)))
        elif user is not None:
            self.instance.user = user
            self.initial.setdefault("years_taught", user.years_of_service)
            self.initial.setdefault("languages", [spoken_language_of(user.preferred_language)])
            if user.school_id:
                self.initial.setdefault("schools", [user.school_id])


class MentorRequestForm(forms.ModelForm):
    """An educator's request: what they need, where they teach, how they would like to meet."""

    help_with = CodeListField(label=_("What would you like help with?"), choices=Expertise.choices)
    details = TextField(
        label=_("Tell us more"),
        required=False,
        help_text=_("Optional. What is going well, what is hard, what you hope a mentor can do."),
    )
    subject = forms.ChoiceField(label=_("Subject you teach"), choices=Subject.choices)
    grade_band = forms.ChoiceField(label=_("Grade band you teach"), choices=GradeBand.choices)
    school = forms.ModelChoiceField(
        label=_("Your school"), queryset=School.objects.order_by("name"), required=False, empty_label=_("Not set")
    )
    language = forms.ChoiceField(label=_("Language for the mentoring"), choices=SpokenLanguage.choices)
    meeting_format = forms.ChoiceField(
        label=_("How would you like to meet?"), choices=RequestedFormat.choices, widget=forms.RadioSelect
    )
    frequency = forms.ChoiceField(label=_("How often?"), choices=MeetingFrequency.choices, widget=forms.RadioSelect)

    class Meta:
        model = MentorRequest
        fields = ["help_with", "details", "subject", "grade_band", "school", "language", "meeting_format", "frequency"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.mentee = user
        self.initial.setdefault("school", user.school_id)
        self.initial.setdefault("language", spoken_language_of(user.preferred_language))
        self.initial.setdefault("meeting_format", RequestedFormat.EITHER)
        self.initial.setdefault("frequency", MeetingFrequency.FORTNIGHTLY)


class CheckInForm(forms.ModelForm):
    """A check-in, by either side. The mentee may share it to their portfolio; the mentor has none."""

    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    minutes = forms.IntegerField(
        label=_("Minutes"),
        min_value=1,
        max_value=MAX_CHECKIN_MINUTES,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    topics = TextField(label=_("What you talked about"), help_text=_("Both of you can read this."))
    private_note = TextField(label=_("Private note"), required=False, help_text=_("Only you will ever see this note."))
    shared_to_portfolio = forms.BooleanField(
        label=_("Share to my professional-learning portfolio"),
        required=False,
        help_text=_("The date, the length and the topics appear in your portfolio; the private note never does."),
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = CheckIn
        fields = ["date", "minutes", "topics", "private_note", "shared_to_portfolio"]

    def __init__(self, *args, author=None, is_mentee=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.author = author
        self.initial.setdefault("date", timezone.localdate())
        self.initial.setdefault("form_token", uuid.uuid4())
        if not is_mentee:
            del self.fields["shared_to_portfolio"]

    def save(self, commit=True):
        self.instance.form_token = self.cleaned_data["form_token"]
        return super().save(commit=commit)


class ProposalAnswerForm(forms.Form):
    ACCEPT, DECLINE = "accept", "decline"

    decision = forms.ChoiceField(choices=[(ACCEPT, _("Accept")), (DECLINE, _("Decline"))])
    note = TextField(
        label=_("Reason (optional)"),
        required=False,
        rows=2,
        help_text=_("Only the coordinators read it, to find a better match."),
    )


class EndMentorshipForm(forms.Form):
    COMPLETE, CANCEL = "complete", "cancel"

    outcome = forms.ChoiceField(
        label=_("How did it end?"),
        choices=[(COMPLETE, _("We finished: mark it completed")), (CANCEL, _("Stop it early: cancel it"))],
        widget=forms.RadioSelect,
    )
    note = TextField(label=_("Reason (optional)"), required=False, rows=2)


# The coordinators' forms (Wagtail admin)


class ReviewForm(forms.Form):
    APPROVE, DECLINE = "approve", "decline"

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (DECLINE, _("Decline"))])
    note = TextField(
        label=_("Note to the retiree"),
        required=False,
        rows=3,
        help_text=_("Sent with the e-mail, in their language as you write it."),
    )


class ProposeForm(forms.Form):
    mentor = forms.ModelChoiceField(queryset=MentorProfile.objects.all(), widget=forms.HiddenInput)
    planned_months = forms.TypedChoiceField(label=_("Planned length"), coerce=int, initial=6)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["planned_months"].choices = [
            (months, ngettext("%(count)d month", "%(count)d months", months) % {"count": months})
            for months in range(MIN_PLANNED_MONTHS, MAX_PLANNED_MONTHS + 1)
        ]


class CoordinatorEndForm(forms.Form):
    COMPLETE, CANCEL = "complete", "cancel"

    outcome = forms.ChoiceField(choices=[(COMPLETE, _("Mark completed")), (CANCEL, _("Cancel"))])
    note = TextField(label=_("Reason"), required=False, rows=2)
