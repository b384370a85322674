"""Wagtail's user admin, with the fields our custom user adds (its e-mail login and language)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from home.models import User


class PreferredLanguageMixin(forms.Form):
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=User._meta.get_field("preferred_language").choices
    )


class CustomUserCreationForm(PreferredLanguageMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"preferred_language"}


class CustomUserEditForm(PreferredLanguageMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"preferred_language"}


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return CustomUserEditForm if for_update else CustomUserCreationForm
