"""Wagtail's user admin, with the fields our custom user adds: language, role, phone, school, years of service.

Opening another person's record is written to the audit log (home.audit).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import EditView as WagtailUserEditView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from home.audit import log_personal_data_view
from home.forms import MAX_YEARS_OF_SERVICE, validate_phone
from home.models import School, User

PROFILE_FIELDS = {"preferred_language", "member_role", "phone", "school", "years_of_service"}


class ProfileFieldsMixin(forms.Form):
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=User._meta.get_field("preferred_language").choices
    )
    # Every role, staff included: only administrators give it.
    member_role = forms.ChoiceField(label=_("Role"), choices=User._meta.get_field("member_role").choices)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=30, validators=[validate_phone])
    school = forms.ModelChoiceField(
        label=_("School or worksite"), queryset=School.objects.all(), required=False, empty_label=_("Not set")
    )
    years_of_service = forms.IntegerField(
        label=_("Years of service"), required=False, min_value=0, max_value=MAX_YEARS_OF_SERVICE
    )


class CustomUserCreationForm(ProfileFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PROFILE_FIELDS


class CustomUserEditForm(ProfileFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PROFILE_FIELDS


class UserEditView(WagtailUserEditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Saving is logged by Wagtail itself ("Edited"); opening the record is logged here.
        log_personal_data_view(request.user, self.object, what="account and profile (user admin)")
        return response


class UserViewSet(WagtailUserViewSet):
    edit_view_class = UserEditView
    create_template_name = "home/admin/users/create.html"
    edit_template_name = "home/admin/users/edit.html"

    def get_form_class(self, for_update=False):
        return CustomUserEditForm if for_update else CustomUserCreationForm
