"""Bad input on the sign-on form and the verification link: a clear error or a 404, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from engagement.models.compact import CompactSignature
from tests.engagement.compact.factories import make_compact
from tests.engagement.compact.helpers import sign_data
from tests.factories import make_site

pytestmark = pytest.mark.django_db

ODD_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


class TestSigningNeverFails(HypothesisTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = make_compact(make_site())["en"]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        kind=st.one_of(st.sampled_from(["organisation", "individual"]), ODD_TEXT),
        organisation_name=ODD_TEXT,
        name=ODD_TEXT,
        email=st.one_of(st.emails(), ODD_TEXT),
        neighbourhood=ODD_TEXT,
        language=st.one_of(st.sampled_from(["es", "ar", "zh-hans"]), ODD_TEXT),
        show=st.sampled_from(["on", "", "yes", "\x00"]),
    )
    def test_any_answers_give_a_signature_or_errors(
        self, kind, organisation_name, name, email, neighbourhood, language, show
    ):
        data = sign_data(
            kind=kind,
            organisation_name=organisation_name,
            name=name,
            email=email,
            neighbourhood=neighbourhood,
            language=language,
            list_organisation=show,
            show_name=show,
        )
        before = CompactSignature.objects.count()

        response = self.client.post(self.page.url, data)

        assert response.status_code in (302, 200)
        if response.status_code == 200:
            assert response.context["form"].errors
            assert CompactSignature.objects.count() == before
        else:
            signature = CompactSignature.objects.get(email=email.strip().lower())
            assert signature.kind in ("organisation", "individual")
            assert signature.name.strip()

    @settings(max_examples=40, deadline=None)
    @given(
        token=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/?#%\x00"), min_size=1, max_size=400)
    )
    def test_any_token_gives_a_page(self, token):
        from urllib.parse import quote

        response = self.client.get(f"/es/compact/verify/{quote(token)}/")
        posted = self.client.post(f"/es/compact/verify/{quote(token)}/")

        assert response.status_code in (404, 200)
        assert posted.status_code in (404, 200)


def test_huge_fields_are_refused_with_their_limit(client, compact):
    response = client.post(compact["en"].url, sign_data(name="x" * 100_000, organisation_name="y" * 100_000))

    assert response.status_code == 200
    assert "at most 150 characters" in response.content.decode()
    assert not CompactSignature.objects.exists()


def test_several_values_for_one_field_are_an_error_or_the_last_value(client, compact):
    data = sign_data()
    data["kind"] = ["organisation", "individual"]

    response = client.post(compact["en"].url, data)

    assert response.status_code in (302, 200)


def test_a_put_is_refused(client, compact):
    assert client.put(compact["en"].url).status_code == 405
