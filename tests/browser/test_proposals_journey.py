"""Contract proposals in the browser.

A Vietnamese-speaking parent filters the proposals by status, reads one and downloads its PDF; and
axe-core finds nothing serious or critical on the proposals, platform, agreement and bargaining
pages, left to right and right to left.

The texts are the demo content's (``proposals.demo.content``): real translations in all seven
languages, with timelines, district responses and contract language amended once.
"""

import io
import re

from django.conf import settings
from django.utils.translation import get_language_info

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from home.demo.spec import localize
from home.pdf_publishing import renders_paused
from proposals.demo.content import AGREEMENT, BARGAINING_INDEX, PLATFORM, PROPOSAL_INDEX, TOPICS
from proposals.demo.content import bargaining as demo_bargaining
from proposals.demo.content import proposals as demo_proposals
from proposals.models import PlatformPlank, ProposalCommunityInput, ProposalStatus, ProposalTopic
from tests.factories import SITE_TEXT, make_site, make_translated_footer, make_translated_menu, translate_page
from tests.proposals.factories import (
    AgreementPageFactory,
    BargainingIndexPageFactory,
    BargainingSessionPageFactory,
    PlatformPageFactory,
    ProposalIndexPageFactory,
    make_proposal,
)

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Six proposals in contract order, at five different stages of bargaining; two of them were
# amended, so their pages show what changed in the contract language.
PROPOSALS = [
    demo_proposals.PAID_PREPARATION_DAYS,  # ratified
    demo_proposals.SMALLER_CLASSES,  # district counter-proposal, amended
    demo_proposals.TIME_FOR_IEP_MEETINGS,  # tentative agreement
    demo_proposals.NURSE_IN_EVERY_SCHOOL,  # tentative agreement, amended
    demo_proposals.COUNSELORS_AND_SOCIAL_WORKERS,  # tabled
    demo_proposals.LANGUAGE_ACCESS,  # drafted
]
# A proposal with everything a proposal page can show: timeline, district response, community
# input, the changes to its contract language and the bargaining session that discussed it.
FULL_PROPOSAL = demo_proposals.SMALLER_CLASSES
SESSION = demo_bargaining.OPENING_SESSION
# A word that agreement sections contain, to search the agreement for.
AGREEMENT_SEARCH = {"en": "nurse", "ar": "ممرض"}


def status_of(spec):
    return spec.timeline[-1].status


# Building the site in the test database


def build_site(languages):
    """Home, proposals, platform, bargaining and agreement pages, in English and ``languages``.

    Returns ``{name: {language: page}}``: ``home``, ``index``, ``platform``, ``bargaining``,
    ``session``, ``agreement``, and each proposal under its slug. PDFs are not rendered on publish:
    the only one the tests read is rendered when it is asked for.
    """
    with renders_paused():
        home = make_site()
        home.title, home.lead = SITE_TEXT["en"]["home"], SITE_TEXT["en"]["lead"]
        home.save_revision().publish()
        pages = {"home": {"en": home}}
        for language in languages:
            words = SITE_TEXT[language]
            pages["home"][language] = translate_page(home, language, title=words["home"], lead=words["lead"])

        topics = {
            spec.slug: (spec, ProposalTopic.objects.create(name=spec.name["en"], slug=spec.slug)) for spec in TOPICS
        }
        platform = PlatformPageFactory(parent=home, title=PLATFORM.title["en"], **localize(PLATFORM.fields, "en"))
        platform.planks = [
            PlatformPlank(
                title=spec.title["en"],
                slug=spec.slug,
                summary=spec.summary["en"],
                commitments=localize(spec.commitments_stream(), "en"),
            )
            for spec in PLATFORM.planks
        ]
        platform.save_revision().publish()
        planks = {plank.slug: plank for plank in PlatformPlank.objects.filter(page=platform)}
        index = ProposalIndexPageFactory(
            parent=home, title=PROPOSAL_INDEX.title["en"], **localize(PROPOSAL_INDEX.fields, "en")
        )
        proposals = {
            spec.slug: publish_proposal(index, spec, topic=topics[spec.topic][1], plank=planks[spec.plank])
            for spec in PROPOSALS
        }
        bargaining = BargainingIndexPageFactory(
            parent=home, title=BARGAINING_INDEX.title["en"], **localize(BARGAINING_INDEX.fields, "en")
        )
        session = BargainingSessionPageFactory(
            parent=bargaining, title=SESSION.title["en"], slug=SESSION.slug, **localize(SESSION.fields, "en")
        )
        session.proposals_discussed = [proposals[slug] for slug in SESSION.proposals_discussed if slug in proposals]
        session.save_revision().publish()
        agreement = AgreementPageFactory(parent=home, title=AGREEMENT.title["en"], **localize(AGREEMENT.fields, "en"))

        sources = [
            ("platform", PLATFORM, platform),
            ("index", PROPOSAL_INDEX, index),
            ("bargaining", BARGAINING_INDEX, bargaining),
            ("session", SESSION, session),
            ("agreement", AGREEMENT, agreement),
        ]
        for name, spec, page in sources:
            pages[name] = {"en": page}
            for language in languages:
                pages[name][language] = translate_page(
                    page, language, title=spec.title[language], **localize(spec.fields, language)
                )
        for spec in PROPOSALS:
            pages[spec.slug] = {"en": proposals[spec.slug]}
            for language in languages:
                pages[spec.slug][language] = translate_proposal(proposals[spec.slug], spec, language)
        for language in languages:
            locale = Locale.objects.get(language_code=language)
            for spec, topic in topics.values():
                translated = topic.copy_for_translation(locale)
                translated.name = spec.name[language]
                translated.save()
            for plank in PlatformPlank.objects.filter(page=pages["platform"][language]):
                spec = next(spec for spec in PLATFORM.planks if spec.slug == plank.slug)
                plank.title, plank.summary = spec.title[language], spec.summary[language]
                plank.commitments = localize(spec.commitments_stream(), language)
                plank.save()
        make_translated_menu("main", pages["index"])
        make_translated_footer({language: SITE_TEXT[language]["footer"] for language in ["en", *languages]})
    return pages


def publish_proposal(index, spec, **fields):
    """The proposal in English, published once, or twice with its amended contract language."""
    fields.update(localize(spec.fields, "en"))
    amended_language = fields["contract_language"]
    if spec.first_contract_language:
        fields["contract_language"] = spec.first_contract_language.html("en")
    proposal = make_proposal(
        index,
        title=spec.title["en"],
        slug=spec.slug,
        steps=[(step.status, step.date, step.note["en"]) for step in spec.timeline],
        community_inputs=[ProposalCommunityInput(kind=heard.kind, summary=heard.summary["en"]) for heard in spec.heard],
        **fields,
    )
    if spec.first_contract_language:
        proposal.contract_language = amended_language
        proposal.save_revision().publish()
    return proposal


def translate_proposal(proposal, spec, language):
    """Publish the proposal in ``language`` as a translator would: its first version, then the
    translated timeline notes and community input, with the amended contract language if any."""
    fields = localize(spec.fields, language)
    amended_language = fields["contract_language"]
    if spec.first_contract_language:
        fields["contract_language"] = spec.first_contract_language.html(language)
    translation = translate_page(proposal, language, title=spec.title[language], **fields)
    notes = {(step.status, step.date): step.note[language] for step in spec.timeline}
    steps = list(translation.timeline.all())
    for step in steps:
        step.note = notes[(step.status, step.date)]
    inputs = list(translation.community_inputs.all())
    for item, heard in zip(inputs, spec.heard, strict=True):
        item.summary = heard.summary[language]
    translation.timeline, translation.community_inputs = steps, inputs
    translation.contract_language = amended_language
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


@pytest.fixture
def proposals_site(live_server, django_db_serialized_rollback):
    """``proposals_site(languages)``: the site in English and ``languages`` (see ``build_site``)."""
    return build_site


# The journey


def test_parent_filters_vietnamese_proposals_by_status_and_downloads_one_as_pdf(page, proposals_site, ui_text):
    pages = proposals_site(["vi"])
    chosen_status = ProposalStatus.TENTATIVE_AGREEMENT
    matching = [spec for spec in PROPOSALS if status_of(spec) == chosen_status]
    assert len({status_of(spec) for spec in PROPOSALS}) >= 4, "the proposals should be at different stages"
    assert 1 < len(matching) < len(PROPOSALS), "the filter should keep some proposals and leave out others"
    expected_titles = [spec.title["vi"] for spec in matching]  # in contract order, as the index lists them
    opened = pages[matching[-1].slug]["vi"]
    html = page.locator("html")

    page.goto("/vi/proposals/")

    expect(html).to_have_attribute("lang", "vi")
    expect(page.get_by_role("heading", level=1)).to_have_text(PROPOSAL_INDEX.title["vi"])
    expect(page.locator(".proposal-list .card__title")).to_have_count(len(PROPOSALS))
    status_select = page.get_by_label(ui_text("vi", "Status"), exact=True)
    status_label = ui_text("vi", "Tentative agreement")

    status_select.select_option(label=status_label)
    page.get_by_role("button", name=ui_text("vi", "Show proposals")).click()

    expect(page).to_have_url(re.compile(rf"/vi/proposals/\?.*\bstatus={chosen_status}\b"))
    expect(status_select).to_have_value(chosen_status)
    cards = page.locator(".proposal-list > li")
    expect(cards.locator(".card__title")).to_have_text(expected_titles)
    expect(cards.locator(".status")).to_have_text([status_label] * len(matching))

    page.get_by_role("link", name=opened.title, exact=True).click()

    expect(page).to_have_url(re.compile(re.escape(opened.url) + "$"))
    expect(html).to_have_attribute("lang", "vi")
    expect(page.get_by_role("heading", level=1)).to_have_text(opened.title)
    download_label = ui_text("vi", "Download PDF (%(language)s)") % {"language": get_language_info("vi")["name_local"]}
    pdf_link = page.get_by_role("link", name=download_label, exact=True)
    expect(pdf_link).to_have_attribute("type", "application/pdf")
    expect(pdf_link).to_have_attribute("hreflang", "vi")

    # Chromium shows the PDF inline, in its viewer: the response to following the link says what
    # it is, and the same address, fetched in the same browser context, gives the file itself.
    with page.expect_response(lambda response: response.url.endswith(f"{opened.url}pdf/")) as followed:
        pdf_link.click()
    assert followed.value.ok
    assert followed.value.headers["content-type"] == "application/pdf"
    pdf = page.request.get(followed.value.url)

    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"] == f'inline; filename="{opened.slug}-vi.pdf"'
    reader = PdfReader(io.BytesIO(pdf.body()))
    assert opened.title in "\n".join(pdf_page.extract_text() for pdf_page in reader.pages)
    assert reader.metadata.title == opened.title


# Accessibility


def test_proposals_pages_have_no_serious_violations(
    page, proposals_site, assert_no_serious_violations, ui_text, subtests
):
    pages = proposals_site([language for language in LANGUAGES if language != "en"])
    checked = []  # (language, kind of page, address, its title)
    for language in ("en", "ar"):
        checked += [
            (language, kind, f"{pages[kind][language].url}{query}", pages[kind][language].title)
            for kind, query in [
                ("index", ""),
                ("platform", ""),
                ("agreement", f"?q={AGREEMENT_SEARCH[language]}"),
                ("bargaining", ""),
                ("session", ""),
            ]
        ]
    for language in LANGUAGES:
        proposal = pages[FULL_PROPOSAL.slug][language]
        checked.append((language, "proposal", proposal.url, proposal.title))

    for language, kind, address, title in checked:
        with subtests.test(language=language, page=kind):
            page.goto(address)
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.get_by_role("heading", level=1)).to_have_text(title)
            if kind == "proposal":
                expect_every_part_of_a_proposal(page, language, ui_text)
            elif kind == "agreement":
                expect_contents_and_search_results(page, language, ui_text)
            assert_no_serious_violations(page)


def expect_every_part_of_a_proposal(page, language, ui_text):
    """What axe should see on the full proposal: its timeline, the changes to its contract
    language, the district's response and the session that discussed it."""
    expect(page.locator(".timeline > li")).to_have_count(len(FULL_PROPOSAL.timeline))
    changes = page.get_by_role("region", name=ui_text(language, "What changed in the contract language"))
    expect(changes.locator("ins").first).to_be_visible()
    expect(changes.locator("del").first).to_be_visible()
    expect(page.get_by_role("heading", name=ui_text(language, "The district's response"))).to_be_visible()
    expect(page.get_by_role("link", name=SESSION.title[language])).to_be_visible()


def expect_contents_and_search_results(page, language, ui_text):
    contents = page.get_by_role("navigation", name=ui_text(language, "Contents"))
    expect(contents.get_by_role("link")).to_have_count(len(AGREEMENT.fields["articles"]))
    expect(page.locator("[aria-labelledby='agreement-results'] li").first).to_be_visible()
