"""PDFs of proposals, the platform, the vision and the agreement, and the platform book.

Every PDF is read back with pypdf: what a reader could select, search or copy is what is asserted.
"""

import io
import logging
import re

from django.core.files.storage import default_storage

import pytest
import wagtail_factories
from pypdf import PdfReader

from home import pdf as pdf_service
from home.pdf import css_string, site_files_fetcher
from home.pdf_publishing import renders_paused
from proposals.models import PlatformPage, ProposalPage
from tests.factories import translate_page
from tests.proposals.factories import AgreementPageFactory, VisionPageFactory, make_proposal

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "ممرضة في كل مدرسة"
CHINESE_TITLE = "每所学校都有一名护士"


def read_pdf(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(b"".join(response.streaming_content)))


def page_texts(reader):
    return [page.extract_text() for page in reader.pages]


def text_runs(page):
    """(text, x in points from the left edge, font name) for each run of text drawn on the page."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text, tm[4] * cm[0] + cm[4], font.get("/BaseFont", "") if font else ""))

    page.extract_text(visitor_text=visit)
    return runs


def fonts_of(reader):
    return {font for page in reader.pages for _text, _x, font in text_runs(page)}


def count_renders(monkeypatch):
    """Count WeasyPrint renders from here on; the PDFs are still rendered for real."""
    calls = []
    render = pdf_service.render_pdf

    def counting_render(*args, **kwargs):
        calls.append(args)
        return render(*args, **kwargs)

    monkeypatch.setattr(pdf_service, "render_pdf", counting_render)
    return calls


@pytest.fixture
def proposal(proposal_index, plank):
    return make_proposal(proposal_index, title="A nurse in every school", article_number="Article 12", plank=plank)


# Download links and responses


def test_proposal_page_links_to_its_pdf_with_type_and_language(client, proposal):
    html = client.get(proposal.url).content.decode()
    assert f'href="{proposal.url}pdf/" type="application/pdf" hreflang="en"' in html
    assert "Download PDF (English)" in html


def test_platform_page_links_to_its_pdf_and_to_the_book(client, platform):
    html = client.get(platform.url).content.decode()
    assert f'href="{platform.url}pdf/"' in html
    assert f'href="{platform.url}book/"' in html


def test_translated_page_links_to_the_pdf_in_its_language(client, proposal):
    arabic = translate_page(proposal, "ar", title=ARABIC_TITLE)
    html = client.get(arabic.url).content.decode()
    assert f'href="{arabic.url}pdf/" type="application/pdf" hreflang="ar"' in html
    assert "العربية" in html


def test_preview_offers_no_pdf_of_the_draft(proposal):
    proposal.title = "A draft title"
    response = proposal.make_preview_request()
    response.render()
    assert "A draft title" in response.content.decode()
    assert "Download PDF" not in response.content.decode()


def test_pdf_is_shown_inline_under_the_page_slug_and_language(client, proposal):
    response = client.get(f"{proposal.url}pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{proposal.slug}-en.pdf"'


# Text, metadata and scripts


def test_proposal_pdf_text_is_searchable_and_carries_title_and_language(client, proposal):
    reader = read_pdf(client.get(f"{proposal.url}pdf/"))
    text = "\n".join(page_texts(reader))
    assert "A nurse in every school" in text
    assert "The district shall provide a nurse in every school." in text
    assert "Students at the center" in text  # the plank it carries out
    assert reader.metadata.title == "A nurse in every school"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_arabic_pdf_finds_the_arabic_title_set_right_to_left_in_an_arabic_font(client, proposal):
    arabic = translate_page(proposal, "ar", title=ARABIC_TITLE, summary="ملخص المقترح بكلمات بسيطة.")
    reader = read_pdf(client.get(f"{arabic.url}pdf/"))
    assert ARABIC_TITLE in page_texts(reader)[0]
    assert reader.metadata.title == ARABIC_TITLE
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    page = reader.pages[0]
    (title_x,) = [x for text, x, _font in text_runs(page) if text.strip() == ARABIC_TITLE][:1]
    assert title_x > float(page.mediabox.width) / 2, "a short Arabic title starts from the right margin"
    assert any("Noto-Naskh-Arabic" in font for font in fonts_of(reader))


def test_chinese_pdf_finds_the_chinese_title_in_a_cjk_font(client, proposal):
    chinese = translate_page(proposal, "zh-hans", title=CHINESE_TITLE)
    reader = read_pdf(client.get(f"{chinese.url}pdf/"))
    assert CHINESE_TITLE in page_texts(reader)[0]
    assert reader.trailer["/Root"]["/Lang"] == "zh-hans"
    assert any("NotoSansCJK" in font.replace("-", "") for font in fonts_of(reader))


@pytest.mark.parametrize(
    ("language", "title"),
    [("vi", "Y tá ở mọi trường học, ngay năm nay"), ("ht", "Yon enfimyè nan chak lekòl, kounye a")],
)
def test_latin_diacritics_come_out_intact(client, proposal, language, title):
    translation = translate_page(proposal, language, title=title)
    assert title in page_texts(read_pdf(client.get(f"{translation.url}pdf/")))[0]


def test_multi_page_pdf_numbers_every_page_out_of_the_total(client, proposal_index):
    sentence = "The district shall keep every class under 25 students."
    long_text = "".join(f"<p>Section {n}. {sentence}</p>" for n in range(140))
    proposal = make_proposal(proposal_index, title="Class size limits", contract_language=long_text)
    texts = page_texts(read_pdf(client.get(f"{proposal.url}pdf/")))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    assert "Section 139." in texts[-1]


def test_images_keep_their_resolution(client, home_page):
    image = wagtail_factories.ImageFactory(file__width=1200, file__height=800)
    vision = VisionPageFactory(parent=home_page, body=[("image", {"image": image, "alt_text": "A classroom"})])
    vision.save_revision().publish()
    reader = read_pdf(client.get(f"{vision.url}pdf/"))
    (embedded,) = reader.pages[0].images
    assert embedded.image.size == (1200, 800)


# The platform book


@pytest.fixture
def book_site(home_page, platform, plank, proposal_index):
    """A vision, the platform and four short proposals whose numbers sort wrongly as text."""
    VisionPageFactory(parent=home_page, title="Our vision")
    for number in ("Article 12", "Article 3.2", "Article 9", "Article 30"):
        make_proposal(proposal_index, title=f"Proposal for {number}", article_number=number, plank=plank)
    return PlatformPage.objects.get(pk=platform.pk)


def test_book_has_a_cover_contents_vision_platform_and_a_page_per_proposal(client, book_site):
    reader = read_pdf(client.get(f"{book_site.url}book/"))
    texts = page_texts(reader)
    assert len(texts) == 4 + 4  # cover, contents, vision, platform; each short proposal on its own page
    assert "Our platform" in texts[0] and "Contents" in texts[1]
    assert "Our vision" in texts[2] and "Students at the center" in texts[3]
    assert reader.metadata.title == "The platform book: Our platform"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_book_numbers_every_page_but_the_cover_out_of_the_total(client, book_site):
    texts = page_texts(read_pdf(client.get(f"{book_site.url}book/")))
    assert "Page" not in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {len(texts)}" in text


def test_book_contents_give_the_page_each_proposal_starts_on_in_article_order(client, book_site):
    texts = page_texts(read_pdf(client.get(f"{book_site.url}book/")))
    entries = re.findall(r"(Article [\d.]+): Proposal for Article [\d.]+ \.+ (\d+)", texts[1])
    assert [number for number, _page in entries] == ["Article 3.2", "Article 9", "Article 12", "Article 30"]
    for number, page_number in entries:
        assert f"Proposal for {number}" in texts[int(page_number) - 1]


def test_book_platform_lists_each_planks_proposals_with_the_page_they_start_on(client, book_site):
    texts = page_texts(read_pdf(client.get(f"{book_site.url}book/")))
    references = re.findall(r"(Article [\d.]+): Proposal for Article [\d.]+ · (\d+)", texts[3])
    assert [number for number, _page in references] == ["Article 3.2", "Article 9", "Article 12", "Article 30"]
    for number, page_number in references:
        assert f"Proposal for {number}" in texts[int(page_number) - 1]


def test_book_pages_carry_the_chapter_as_a_running_header(client, book_site):
    texts = page_texts(read_pdf(client.get(f"{book_site.url}book/")))
    last = texts[-1]
    # The chapter's title, once as its heading and once at the top of the page.
    assert last.count("Proposal for Article 30") == 2


def test_book_in_arabic_holds_the_arabic_proposals_only(client, book_site):
    english = ProposalPage.objects.get(article_number="Article 9")
    translate_page(english, "ar", title=ARABIC_TITLE)
    arabic_platform = translate_page(book_site, "ar", title="برنامجنا")
    reader = read_pdf(client.get(f"{arabic_platform.url}book/"))
    text = "\n".join(page_texts(reader))
    assert ARABIC_TITLE in text and "Proposal for Article 12" not in text
    assert reader.trailer["/Root"]["/Lang"] == "ar"


# The cache


def test_second_request_is_served_from_storage_without_rendering(client, proposal, monkeypatch):
    renders = count_renders(monkeypatch)
    first = b"".join(client.get(f"{proposal.url}pdf/").streaming_content)
    second = b"".join(client.get(f"{proposal.url}pdf/").streaming_content)
    assert len(renders) == 1
    assert first == second
    folder = f"pdf/v{pdf_service.LAYOUT_VERSION}/{proposal.pk}-{proposal.translation_key}"
    assert default_storage.exists(f"{folder}/{proposal.live_revision_id}/en.pdf")


def test_republishing_serves_the_new_revision_and_drops_the_old_pdf(client, proposal):
    client.get(f"{proposal.url}pdf/")
    old_key = proposal.pdf_cache_key()
    proposal.title = "A nurse and a counselor in every school"
    proposal.save_revision().publish()
    reader = read_pdf(client.get(f"{proposal.url}pdf/"))
    assert reader.metadata.title == "A nurse and a counselor in every school"
    assert not default_storage.exists(old_key)


def test_a_draft_does_not_change_the_pdf(client, proposal, monkeypatch):
    client.get(f"{proposal.url}pdf/")
    proposal.title = "Not published yet"
    proposal.save_revision()
    renders = count_renders(monkeypatch)
    reader = read_pdf(client.get(f"{proposal.url}pdf/"))
    assert reader.metadata.title == "A nurse in every school"
    assert renders == []


def test_book_is_served_from_storage_until_a_page_in_it_changes(client, book_site, proposal_index, monkeypatch):
    renders = count_renders(monkeypatch)
    client.get(f"{book_site.url}book/")
    client.get(f"{book_site.url}book/")
    assert len(renders) == 1
    make_proposal(proposal_index, title="A late proposal", article_number="Article 40")
    assert "A late proposal" in "".join(page_texts(read_pdf(client.get(f"{book_site.url}book/"))))
    ProposalPage.objects.get(title="A late proposal").unpublish()
    assert "A late proposal" not in "".join(page_texts(read_pdf(client.get(f"{book_site.url}book/"))))
    assert len(renders) == 3


# Background rendering on publish


def test_publishing_renders_the_pdf_and_the_book_in_the_background(
    django_capture_on_commit_callbacks, proposal_index, platform
):
    with django_capture_on_commit_callbacks(execute=True):
        proposal = make_proposal(proposal_index, title="Counselors for every student")
    assert default_storage.exists(proposal.pdf_cache_key())
    assert default_storage.exists(PlatformPage.objects.get(pk=platform.pk).book_cache_key())


def test_publishing_renders_the_book_of_the_pages_language_only(django_capture_on_commit_callbacks, proposal, platform):
    spanish_platform = translate_page(PlatformPage.objects.get(pk=platform.pk), "es", title="Nuestra plataforma")
    english_platform = PlatformPage.objects.get(pk=platform.pk)
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(proposal, "es", title="Una enfermera en cada escuela")
    assert default_storage.exists(spanish_platform.book_cache_key())
    assert not default_storage.exists(english_platform.book_cache_key())


def test_a_failing_render_never_breaks_publishing(
    django_capture_on_commit_callbacks, proposal_index, monkeypatch, caplog
):
    def broken_render(*args, **kwargs):
        raise RuntimeError("WeasyPrint fell over")

    monkeypatch.setattr(pdf_service, "render_pdf", broken_render)
    with caplog.at_level(logging.ERROR, logger="home.tasks"), django_capture_on_commit_callbacks(execute=True):
        proposal = make_proposal(proposal_index, title="Still published")
    assert ProposalPage.objects.get(pk=proposal.pk).live
    assert "Could not render the PDF" in caplog.text


def test_nothing_is_rendered_before_the_transaction_commits(django_capture_on_commit_callbacks, proposal_index):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal = make_proposal(proposal_index)
    assert callbacks
    assert not default_storage.exists(proposal.pdf_cache_key())


def test_nothing_is_rendered_while_renders_are_paused(django_capture_on_commit_callbacks, proposal_index):
    with renders_paused(), django_capture_on_commit_callbacks(execute=True):
        proposal = make_proposal(proposal_index)
    assert not default_storage.exists(proposal.pdf_cache_key())


# Bad requests


@pytest.mark.parametrize(
    "path",
    [
        "/xx/proposals/{slug}/pdf/",  # no such language
        "/en/proposals/no-such-proposal/pdf/",  # no such page
        "/en/proposals/pdf/",  # the index has no PDF
        "/en/proposals/{slug}/book/",  # only the platform has a book
        "/en/proposals/{slug}/pdf/extra/",
    ],
)
def test_pdf_of_a_missing_language_or_page_is_not_found(client, proposal, path):
    # An unknown language is first sent to /en/xx/... by Django's LocaleMiddleware, as any address is.
    assert client.get(path.format(slug=proposal.slug), follow=True).status_code == 404


def test_pdf_of_an_unpublished_page_is_not_found(client, proposal):
    proposal.unpublish()
    assert client.get(f"{proposal.url}pdf/").status_code == 404


# Bad input still prints


def test_a_very_long_word_breaks_instead_of_failing(client, proposal_index):
    word = "x" * 5000
    proposal = make_proposal(proposal_index, contract_language=f"<p>Start {word} end.</p>")
    text = "\n".join(page_texts(read_pdf(client.get(f"{proposal.url}pdf/"))))
    assert "Start" in text and "end." in text
    assert text.count("x") >= 5000
    assert max(len(line) for line in text.splitlines()) < 150, "the word is broken into lines that fit the page"


def test_a_huge_table_runs_over_several_pages(client, proposal_index):
    rows = "".join(f"<tr><td>Row {n}</td><td>{'word ' * 12}</td><td>{n * 3}</td></tr>" for n in range(300))
    proposal = make_proposal(proposal_index, contract_language=f"<table><tbody>{rows}</tbody></table>")
    texts = page_texts(read_pdf(client.get(f"{proposal.url}pdf/")))
    assert len(texts) > 3
    assert "Row 299" in texts[-1]


def test_a_huge_table_block_repeats_its_header_row_on_every_page(client, home_page):
    data = [["School", "Students", "Nurses"]] + [[f"School {n}", str(300 + n), str(n % 3)] for n in range(300)]
    table = {"data": data, "first_row_is_table_header": True, "first_col_is_header": False, "table_caption": ""}
    vision = VisionPageFactory(parent=home_page, body=[("table", table)])
    vision.save_revision().publish()
    texts = page_texts(read_pdf(client.get(f"{vision.url}pdf/")))
    assert len(texts) > 3
    assert "School 299" in texts[-1]
    assert all("Students" in text for text in texts)


def test_a_missing_image_file_leaves_a_gap(client, home_page):
    image = wagtail_factories.ImageFactory()
    image.file.storage.delete(image.file.name)
    vision = VisionPageFactory(
        parent=home_page,
        title="Vision with a lost photo",
        body=[("image", {"image": image, "alt_text": "Lost"}), ("paragraph", "<p>Still here.</p>")],
    )
    vision.save_revision().publish()
    text = page_texts(read_pdf(client.get(f"{vision.url}pdf/")))[0]
    assert "Still here." in text


def test_images_from_elsewhere_are_not_fetched(client, proposal_index, caplog):
    proposal = make_proposal(
        proposal_index, contract_language='<p>Before</p><img src="http://169.254.169.254/latest/x.png"><p>After</p>'
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        text = page_texts(read_pdf(client.get(f"{proposal.url}pdf/")))[0]
    assert "Before" in text and "After" in text
    assert "Not one of this site's files" in caplog.text


def test_fetcher_reads_only_this_sites_static_and_media_files():
    fetcher = site_files_fetcher("http://testserver/")
    assert b"@page" in fetcher.fetch("http://testserver/static/css/pdf.css").read()
    for url in (
        "file:///etc/passwd",
        "http://elsewhere.example/static/css/pdf.css",
        "http://testserver/static/../../config/settings/base.py",
        "http://testserver/media//etc/passwd",
        "http://testserver/en/",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_css_strings_cannot_close_the_string_or_the_style_element():
    quoted = css_string('Page "1" </style>')
    assert quoted.count('"') == 2 and "<" not in quoted


# The other page types


def test_agreement_pdf_has_contents_with_page_numbers(client, home_page):
    agreement = AgreementPageFactory(parent=home_page)
    agreement.save_revision().publish()
    texts = page_texts(read_pdf(client.get(f"{agreement.url}pdf/")))
    assert re.search(r"Article 12: Class size \.+ 1", texts[0])
    assert "No class shall exceed 25 students." in texts[0]


def test_platform_and_vision_pdfs(client, platform, plank, home_page):
    vision = VisionPageFactory(parent=home_page)
    assert "Students at the center" in page_texts(read_pdf(client.get(f"{platform.url}pdf/")))[0]
    assert "What we believe schools can be." in page_texts(read_pdf(client.get(f"{vision.url}pdf/")))[0]
