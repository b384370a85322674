"""The count and the list on the compact page: pooled across languages, verified only, consent respected."""

from django.utils import translation
from django.utils.translation import gettext

import pytest

from engagement.models.compact import SignerKind
from tests.engagement.compact.factories import SignatureFactory

pytestmark = pytest.mark.django_db


def shown_count(client, page):
    content = client.get(page.url).content.decode()
    marker = 'data-compact-count="'
    start = content.index(marker) + len(marker)
    return int(content[start : content.index('"', start)])


def test_signatures_in_every_language_count_together(client, compact):
    SignatureFactory(compact_page=compact["en"], language="en")
    SignatureFactory(compact_page=compact["es"], language="es")
    SignatureFactory(compact_page=compact["ar"], language="ar")

    assert shown_count(client, compact["en"]) == 3
    assert shown_count(client, compact["es"]) == 3
    assert shown_count(client, compact["ar"]) == 3


def test_only_verified_signatures_count(client, compact):
    SignatureFactory(compact_page=compact["es"])
    SignatureFactory(compact_page=compact["es"], verified_at=None, show_publicly=True, name="Not Yet Confirmed")

    assert shown_count(client, compact["es"]) == 1
    assert "Not Yet Confirmed" not in client.get(compact["es"].url).content.decode()


def test_another_compact_does_not_count(client, compact, home_page):
    from tests.engagement.compact.factories import make_compact

    other = make_compact(home_page, title="Another compact", slug="another-compact")["en"]
    SignatureFactory(compact_page=other)

    assert shown_count(client, compact["en"]) == 0


def test_organisations_that_agreed_are_listed_and_the_others_are_not(client, compact):
    SignatureFactory(
        compact_page=compact["es"], kind=SignerKind.ORGANISATION, organisation_name="Listed Parents", show_publicly=True
    )
    SignatureFactory(
        compact_page=compact["es"], kind=SignerKind.ORGANISATION, organisation_name="Quiet Church", show_publicly=False
    )

    content = client.get(compact["en"].url).content.decode()

    assert "Listed Parents" in content
    assert "Quiet Church" not in content
    assert shown_count(client, compact["en"]) == 2


def test_individuals_are_named_only_when_they_chose_to_be(client, compact):
    SignatureFactory(compact_page=compact["en"], name="Shown Person", show_publicly=True)
    SignatureFactory(compact_page=compact["en"], name="Hidden Person", show_publicly=False)

    content = client.get(compact["es"].url).content.decode()

    assert "Shown Person" in content
    assert "Hidden Person" not in content


def test_no_email_address_is_ever_shown(client, compact):
    SignatureFactory(compact_page=compact["en"], email="secret@example.org", show_publicly=True)
    SignatureFactory(
        compact_page=compact["en"],
        kind=SignerKind.ORGANISATION,
        organisation_name="Org",
        email="org-secret@example.org",
        show_publicly=True,
    )

    content = client.get(compact["en"].url).content.decode()

    assert "secret@example.org" not in content


def test_the_page_is_in_its_language(client, compact):
    response = client.get(compact["ar"].url)

    with translation.override("ar"):
        assert gettext("Sign the compact") in response.content.decode()
    assert 'lang="ar"' in response.content.decode()


def test_the_page_is_never_served_from_the_shared_cache(client, compact):
    client.get(compact["en"].url)
    SignatureFactory(compact_page=compact["en"])

    assert shown_count(client, compact["en"]) == 1


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_page_costs_the_same_queries_for_few_and_many_signatures(
    client, compact, django_assert_max_num_queries, language
):
    def signatures(count):
        for number in range(count):
            SignatureFactory(
                compact_page=compact[language],
                kind=SignerKind.ORGANISATION if number % 2 else SignerKind.INDIVIDUAL,
                organisation_name=f"Organisation {number}",
                show_publicly=True,
            )

    signatures(2)
    client.get(compact[language].url)  # warm up the site's own caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(compact[language].url)
    signatures(60)
    with django_assert_max_num_queries(len(few)):
        response = client.get(compact[language].url)
    assert response.status_code == 200


def test_a_long_list_stops_at_its_limit_and_says_how_many_more(compact):
    from engagement.compact import services

    for number in range(5):
        SignatureFactory(compact_page=compact["en"], name=f"Person {number}", show_publicly=True)
    SignatureFactory(compact_page=compact["en"], name="Hidden", show_publicly=False)

    tally = services.tally(compact["es"], list_limit=2)

    assert tally.total == 6
    assert [signer["name"] for signer in tally.listed] == ["Person 0", "Person 1"]
    assert tally.not_shown == 3
