"""The catalog page: filters as shareable GET parameters, search, a fixed number of queries, odd input."""

import datetime

from django.utils import timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import translate_page
from tests.learning.catalog.factories import make_offering

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return sorted(offering.title for offering in response.context["listing"].object_list)


@pytest.fixture
def varied(catalog):
    soon = timezone.now() + datetime.timedelta(days=3)
    later = timezone.now() + datetime.timedelta(days=90)
    return {
        "math": make_offering(
            catalog,
            "Math talks",
            format="study-group",
            subjects=["math"],
            grade_bands=["elementary"],
            standards=["inquiry"],
            credit_type="hours",
            start=soon,
        ),
        "science": make_offering(
            catalog,
            "Science labs",
            format="lab-classroom",
            subjects=["science"],
            grade_bands=["high"],
            standards=["continuous", "documented"],
            language_of_instruction="es",
            start=later,
        ),
        "writing": make_offering(
            catalog,
            "Writing workshop",
            format="workshop",
            subjects=["english"],
            grade_bands=["middle", "high"],
            standards=["relevant"],
            credit_type="graduate",
            start=later,
        ),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Math talks", "Science labs", "Writing workshop"]),
        ({"format": "study-group"}, ["Math talks"]),
        ({"standard": "documented"}, ["Science labs"]),
        ({"subject": "english"}, ["Writing workshop"]),
        ({"grade_band": "high"}, ["Science labs", "Writing workshop"]),
        ({"language": "es"}, ["Science labs"]),
        ({"credit_type": "graduate"}, ["Writing workshop"]),
        ({"q": "labs"}, ["Science labs"]),
        ({"grade_band": "high", "credit_type": "pdp"}, ["Science labs"]),
    ],
)
def test_filters(client, catalog, varied, params, expected):
    assert titles(client.get(catalog.url, params)) == expected


def test_the_date_filters(client, catalog, varied):
    in_a_month = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    assert titles(client.get(catalog.url, {"date_to": in_a_month})) == ["Math talks"]
    assert titles(client.get(catalog.url, {"date_from": in_a_month})) == ["Science labs", "Writing workshop"]


def test_the_soonest_comes_first(client, catalog, varied):
    listing = client.get(catalog.url).context["listing"].object_list
    assert listing[0].title == "Math talks"


def test_a_filtered_list_is_a_shareable_link(client, catalog, varied):
    response = client.get(catalog.url, {"subject": "english", "page": "1"})
    assert response.context["querystring"] == "subject=english"
    assert 'value="english" selected' in response.content.decode()


def test_an_invalid_filter_is_reported_and_left_out(client, catalog, varied):
    response = client.get(catalog.url, {"format": "juggling", "date_from": "not a date"})
    assert titles(response) == ["Math talks", "Science labs", "Writing workshop"]
    assert response.context["form"].errors


def test_the_catalog_lists_only_its_language(client, catalog, varied):
    spanish_catalog = translate_page(catalog, "es", title="Aprendizaje profesional")
    translate_page(varied["math"], "es", title="Charlas de matemáticas")
    response = client.get(spanish_catalog.url)
    assert titles(response) == ["Charlas de matemáticas"]


def test_drafts_are_not_listed(client, catalog, varied):
    make_offering(catalog, "Secret draft", live=False)
    assert "Secret draft" not in titles(client.get(catalog.url))


def test_the_offering_shows_its_standards_with_explanations(client, varied):
    from learning.standards import explanation

    response = client.get(varied["science"].url)
    page = response.content.decode()
    assert "Documented and shared" in page
    assert str(explanation("documented")) in page
    assert "How it is documented." in page


@pytest.mark.parametrize("size", [3, 25])
def test_the_catalog_costs_a_fixed_number_of_queries(client, catalog, django_assert_max_num_queries, size, educator):
    for number in range(size):
        make_offering(catalog, f"Offering {number}", standards=["relevant", "inquiry", "continuous"], sessions=3)
    client.force_login(educator)
    client.get(catalog.url)  # warm the site's caches (site root, locales)
    with django_assert_max_num_queries(20):
        response = client.get(
            catalog.url,
            {
                "standard": "relevant",
                "subject": "english",
                "grade_band": "middle",
                "credit_type": "pdp",
                "q": "Offering",
            },
        )
    assert response.status_code == 200
    assert len(response.context["listing"].object_list) == min(size, 20)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "q",
                "format",
                "standard",
                "subject",
                "grade_band",
                "language",
                "credit_type",
                "date_from",
                "date_to",
                "page",
            ]
        ),
        st.text(max_size=300),
        max_size=6,
    )
)
def test_odd_parameters_never_fail(client, catalog, params):
    params = {name: value.replace("\x00", "") for name, value in params.items()}
    assert client.get(catalog.url, params).status_code == 200
