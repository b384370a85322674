"""The public pages of the proposals app, as a visitor reads them."""

import datetime

import pytest

from proposals.models import ProposalPage, ProposalStatus
from tests.factories import translate_page
from tests.proposals.factories import (
    AgreementPageFactory,
    BargainingIndexPageFactory,
    BargainingSessionPageFactory,
    ProposalTopicFactory,
    VisionPageFactory,
    add_plank,
    make_proposal,
)

pytestmark = pytest.mark.django_db

D = datetime.date


def test_status_follows_the_latest_step_of_the_timeline(proposal_index):
    proposal = make_proposal(
        proposal_index,
        steps=[("tabled", D(2026, 9, 10)), ("drafted", D(2026, 8, 1)), ("district_counter", D(2026, 10, 2))],
    )
    assert proposal.status == ProposalStatus.DISTRICT_COUNTER


def test_proposal_page_shows_summary_language_timeline_and_plank(client, proposal_index, plank):
    proposal = make_proposal(
        proposal_index,
        title="A nurse in every school",
        plank=plank,
        district_response="<p>The district wants to phase it in.</p>",
        steps=[("drafted", D(2026, 8, 1)), ("tabled", D(2026, 9, 10))],
    )
    html = client.get(proposal.url).content.decode()
    assert "A nurse in every school" in html
    assert "The district shall provide a nurse in every school." in html
    assert "Tabled" in html and "Drafted" in html
    assert "The district wants to phase it in." in html
    assert 'href="/en/platform/#students-at-the-center"' in html


def test_index_filters_by_status_topic_and_plank(client, proposal_index, plank):
    pay = ProposalTopicFactory(name="Pay", slug="pay")
    make_proposal(proposal_index, title="Fair pay scale", topic=pay, steps=[("tabled", D(2026, 9, 1))])
    make_proposal(proposal_index, title="Smaller classes", plank=plank, steps=[("ratified", D(2026, 11, 1))])
    by_status = client.get("/en/proposals/?status=ratified").content.decode()
    assert "Smaller classes" in by_status and "Fair pay scale" not in by_status
    by_topic = client.get("/en/proposals/?topic=pay").content.decode()
    assert "Fair pay scale" in by_topic and "Smaller classes" not in by_topic
    by_plank = client.get("/en/proposals/?plank=students-at-the-center").content.decode()
    assert "Smaller classes" in by_plank and "Fair pay scale" not in by_plank


def test_index_search_combines_with_filters(client, proposal_index):
    make_proposal(proposal_index, title="Counselors for every student", steps=[("tabled", D(2026, 9, 1))])
    make_proposal(proposal_index, title="Counselors in summer school", steps=[("drafted", D(2026, 9, 1))])
    html = client.get("/en/proposals/", {"q": "counselors", "status": "tabled"}).content.decode()
    assert "Counselors for every student" in html
    assert "Counselors in summer school" not in html


def test_index_paginates_and_keeps_the_filters_in_page_links(client, proposal_index):
    for _ in range(22):
        make_proposal(proposal_index, steps=[("tabled", D(2026, 9, 1))])
    html = client.get("/en/proposals/?status=tabled").content.decode()
    assert "?status=tabled&amp;page=2" in html


def test_platform_lists_each_plank_with_commitments_and_its_proposals(client, platform, proposal_index):
    plank = add_plank(
        platform,
        "Adequate and equitable funding",
        "funding",
        commitments=[("commitment", "Fund every school by need"), ("commitment", "Repair old buildings")],
    )
    make_proposal(proposal_index, title="Fix the boilers", plank=plank)
    html = client.get("/en/platform/").content.decode()
    assert 'id="funding"' in html
    assert "Fund every school by need" in html
    assert "Fix the boilers" in html


def test_translated_proposal_shows_the_translated_plank(client, home_page, platform, proposal_index):
    plank = add_plank(platform, "Students at the center", "students-at-the-center")
    proposal = make_proposal(proposal_index, title="Nurses", plank=plank)
    translate_page(home_page, "es", title="Inicio")
    spanish_platform = translate_page(platform, "es", title="Nuestra plataforma")
    spanish_plank = spanish_platform.planks.get()
    spanish_plank.title = "Los estudiantes en el centro"
    spanish_plank.save()
    translate_page(proposal_index, "es", title="Propuestas")
    translate_page(proposal, "es", title="Enfermeras")
    html = client.get("/es/proposals/" + proposal.slug + "/").content.decode()
    assert "Los estudiantes en el centro" in html
    assert 'href="/es/platform/#students-at-the-center"' in html


def test_vision_statements_have_anchors(client, home_page):
    vision = VisionPageFactory(
        parent=home_page,
        statements=[("statement", {"statement": "Schools are community anchors", "explanation": "<p>Why.</p>"})],
    )
    html = client.get(vision.url).content.decode()
    block_id = vision.statements[0].id
    assert f'id="statement-{block_id[:8]}"' in html
    assert "Schools are community anchors" in html


def test_bargaining_sessions_and_proposals_link_both_ways(client, home_page, proposal_index):
    proposal = make_proposal(proposal_index, title="Planning time")
    bargaining = BargainingIndexPageFactory(parent=home_page)
    session = BargainingSessionPageFactory(
        parent=bargaining,
        title="Session three",
        attendees=[("attendee", {"name": "Rosa Diaz", "side": "union", "role": "Lead"})],
    )
    session.proposals_discussed.add(proposal)
    session.save_revision().publish()
    session_html = client.get(session.url).content.decode()
    assert "Planning time" in session_html
    assert "Rosa Diaz, Lead" in session_html and "Union team" in session_html
    proposal_html = client.get(proposal.url).content.decode()
    assert "Session three" in proposal_html
    timeline = client.get(bargaining.url).content.decode()
    assert "Session three" in timeline


def test_agreement_has_a_table_of_contents_stable_anchors_and_search(client, home_page):
    agreement = AgreementPageFactory(parent=home_page)
    html = client.get(agreement.url).content.decode()
    assert 'href="#article-12"' in html
    assert 'id="section-12-1"' in html
    found = client.get(agreement.url, {"q": "exceed 25"}).content.decode()
    assert 'href="#section-12-1"' in found
    assert 'href="#section-12-2"' not in found


def test_what_we_heard_appears_only_when_there_is_input(client, proposal_index):
    from proposals.models import ProposalCommunityInput

    quiet = make_proposal(proposal_index, title="Quiet one")
    assert "What we heard" not in client.get(quiet.url).content.decode()
    heard = make_proposal(proposal_index, title="Heard one")
    heard.community_inputs.add(
        ProposalCommunityInput(kind="listening_theme", summary="Parents asked for more counselors.")
    )
    heard.save_revision().publish()
    html = client.get(ProposalPage.objects.get(pk=heard.pk).url).content.decode()
    assert "What we heard" in html
    assert "Parents asked for more counselors." in html


@pytest.mark.parametrize("params", [{"status": "nonsense"}, {"topic": "x" * 500}, {"page": "-1"}, {"q": '"'}])
def test_index_answers_odd_filters(client, proposal_index, params):
    make_proposal(proposal_index)
    assert client.get("/en/proposals/", params).status_code == 200


def test_home_page_shows_the_latest_proposals(client, home_page, proposal_index):
    make_proposal(proposal_index, title="Recess for every grade", steps=[("tabled", D(2026, 9, 1))])
    html = client.get("/en/").content.decode()
    assert "Latest from the bargaining table" in html
    assert "Recess for every grade" in html
    assert 'href="/en/proposals/"' in html


def test_proposals_are_listed_in_contract_order(client, proposal_index):
    for number in ("12.3", "9", "12.10", "2"):
        make_proposal(proposal_index, title=f"Proposal at {number}", article_number=f"Article {number}")
    html = client.get("/en/proposals/").content.decode()
    positions = [html.index(f"Proposal at {number}") for number in ("2", "9", "12.3", "12.10")]
    assert positions == sorted(positions)


def test_page_links_carry_the_filters_url_encoded(client, proposal_index):
    make_proposal(proposal_index)
    response = client.get("/en/proposals/", {"q": "R&D #1", "status": "tabled"})
    assert response.context["filter_query"] == "status=tabled&q=R%26D+%231"
