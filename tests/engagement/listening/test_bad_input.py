"""Whatever is posted, the registration form answers with errors or a registration, never an exception."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagement.listening.forms import RegistrationForm
from tests.engagement.listening.factories import form_data

FIELDS = [
    "name",
    "email",
    "phone",
    "language",
    "interpretation_language",
    "children_count",
    "children_ages",
    "accessibility_needs",
    "connection",
]


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), value=st.text(max_size=300))
def test_any_text_in_any_field_is_validated_without_an_exception(session, field, value):
    form = RegistrationForm(form_data(**{field: value}), session=session, childcare=True)
    if form.is_valid():
        fields = form.person_fields()
        assert fields["name"] and fields["connection"]
        assert all(isinstance(age, int) and 0 <= age <= 17 for age in fields["children_ages"])
    else:
        assert form.errors
