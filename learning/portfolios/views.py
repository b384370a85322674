"""Portfolios on the public site, under /<language>/portfolio/.

The owner's views find their objects with ``owner=request.user`` (another person's id answers
404); the views that show shared things ask ``learning.portfolios.access``. Files are served only
through ``evidence_file`` and ``link_evidence_file``, after the same check as the page that shows
them. The rules are in ``learning.portfolios.services``.
"""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch, TextField
from django.db.models.functions import Cast
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from django_ratelimit.decorators import ratelimit

from home.after_commit import enqueue_after_commit
from home.choices import Subject
from home.form_fields import add_service_errors
from home.ranged_files import ranged_file_response
from home.views import rate_limited
from learning.models.catalog import EnrolmentStatus, OfferingPage
from learning.models.portfolios import (
    Evidence,
    EvidenceKind,
    PDFStatus,
    PortfolioCollection,
    PortfolioComment,
    PortfolioEntry,
    PortfolioPDF,
    Visibility,
)
from learning.portfolios import access, services, tasks
from learning.portfolios.forms import (
    CollectionForm,
    CommentForm,
    EntryForm,
    EvidenceForm,
    MoveForm,
    SharingForm,
    shared_checkins,
)
from learning.portfolios.pdf import BACKGROUND_FROM_ENTRIES, pdf_filename, pdf_language, portfolio_digest
from learning.portfolios.pdf import render_portfolio_pdf as render_pdf_bytes
from learning.standards import Standard

POST_RATE = "120/h"
GALLERY_PER_PAGE = 24
GALLERY_COLLECTIONS = 12


def _evidence_queryset():
    return Evidence.objects.order_by("pk")


def _entry_queryset():
    return PortfolioEntry.objects.select_related("owner", "offering", "checkin").prefetch_related(
        Prefetch("evidence", queryset=_evidence_queryset())
    )


def _link_evidence(entries, token=None):
    """Give each piece of evidence the address it is served from: by id, or through the secret link."""
    for entry in entries:
        for item in entry.evidence.all():
            if item.kind == EvidenceKind.LINK:
                item.href = item.url
            elif token:
                item.href = reverse("portfolios:link_evidence", args=[token, item.pk])
            else:
                item.href = reverse("portfolios:evidence", args=[item.pk])
        # A check-in shows only while its mentee still shares it.
        entry.shown_checkin = entry.checkin if entry.checkin and entry.checkin.shared_to_portfolio else None


# The owner's portfolio


@never_cache
@login_required
@require_GET
def my_portfolio(request):
    user = request.user
    entries = list(
        PortfolioEntry.objects.filter(owner=user)
        .annotate(evidence_count=Count("evidence", distinct=True))
        .order_by("-date", "-pk")
    )
    collections = list(
        PortfolioCollection.objects.filter(owner=user).annotate(entry_count=Count("items")).order_by("-updated_at")
    )
    used_checkins = {entry.checkin_id for entry in entries if entry.checkin_id}
    used_offerings = {entry.offering_id for entry in entries if entry.offering_id}
    checkins = [checkin for checkin in shared_checkins(user) if checkin.pk not in used_checkins]
    completed = [
        offering
        for offering in OfferingPage.objects.filter(
            enrolments__educator=user, enrolments__status=EnrolmentStatus.COMPLETED
        ).order_by("title")
        if offering.pk not in used_offerings
    ]
    return render(
        request,
        "learning/portfolios/my_portfolio.html",
        {
            "page_title": _("My portfolio"),
            "entries": entries,
            "collections": collections,
            "checkins": checkins,
            "completed_offerings": completed,
            "total_hours": sum(entry.hours or 0 for entry in entries),
        },
    )


def _prefill(request, user):
    """Start an entry from a shared check-in or a completed offering (?checkin= or ?offering=)."""
    initial = {}
    checkin_id, offering_id = request.GET.get("checkin", ""), request.GET.get("offering", "")
    if checkin_id.isdigit():
        checkin = shared_checkins(user).filter(pk=checkin_id).first()
        if checkin is not None:
            initial.update(
                checkin=checkin.pk,
                date=checkin.date,
                title=_("Mentoring check-in"),
                reflection=checkin.topics,
                hours=round(checkin.minutes / 60, 2),
            )
    if offering_id.isdigit():
        offering = OfferingPage.objects.filter(pk=offering_id, enrolments__educator=user).first()
        if offering is not None:
            initial.update(offering=offering.pk, title=offering.title)
    return initial


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="portfolio-post", key="user", rate=POST_RATE, method="POST", block=False)
def entry_create(request):
    user = request.user
    form = EntryForm(owner=user, initial=_prefill(request, user))
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = EntryForm(request.POST, request.FILES, owner=user)
        if form.is_valid():
            entry = services.save_entry(form.save(), clean_files=form.cleaned_data["files"], link=form.evidence_link())
            messages.success(request, _("Your entry is saved. It is private until you share it."))
            return redirect("portfolios:entry", pk=entry.pk)
    return render(
        request, "learning/portfolios/entry_form.html", {"form": form, "page_title": _("New portfolio entry")}
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="portfolio-post", key="user", rate=POST_RATE, method="POST", block=False)
def entry_edit(request, pk):
    entry = access.own_entry(request.user, pk)
    form = EntryForm(instance=entry, owner=request.user)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = EntryForm(request.POST, request.FILES, instance=entry, owner=request.user)
        if form.is_valid():
            services.save_entry(form.save(), clean_files=form.cleaned_data["files"], link=form.evidence_link())
            messages.success(request, _("Your entry is saved."))
            return redirect("portfolios:entry", pk=entry.pk)
    return render(
        request,
        "learning/portfolios/entry_form.html",
        {"form": form, "entry": entry, "page_title": _("Edit the entry")},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request, pk):
    entry = access.own_entry(request.user, pk)
    if request.method == "POST":
        entry.delete()
        messages.success(request, _("The entry is deleted, with its evidence."))
        return redirect("portfolios:mine")
    return render(
        request,
        "learning/portfolios/confirm_delete.html",
        {"page_title": _("Delete the entry?"), "thing": entry, "back": reverse("portfolios:entry", args=[entry.pk])},
    )


@login_required
@require_POST
@ratelimit(group="portfolio-post", key="user", rate=POST_RATE, method="POST", block=False)
def evidence_add(request, pk):
    if request.limited:
        return rate_limited(request)
    entry = access.own_entry(request.user, pk)
    form = EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        with transaction.atomic():
            for clean, title in form.cleaned_data["files"]:
                services.evidence_from_clean_file(entry, clean, title).save()
            if link := form.evidence_link():
                Evidence.objects.create(entry=entry, kind=EvidenceKind.LINK, url=link[0], title=link[1])
            services.touch(entry)
        messages.success(request, _("The evidence is added."))
        return redirect("portfolios:entry", pk=entry.pk)
    return _entry_page(request, entry, evidence_form=form, status=400)


@login_required
@require_POST
def evidence_delete(request, pk, evidence_pk):
    entry = access.own_entry(request.user, pk)
    get_object_or_404(Evidence, pk=evidence_pk, entry=entry).delete()
    services.touch(entry)
    messages.success(request, _("The evidence is removed."))
    return redirect("portfolios:entry", pk=entry.pk)


# Seeing entries and collections


def _comments_for(request, shared):
    """Comments for the page of ``shared``: colleagues see the visible ones, the owner all of them."""
    if not access.is_colleague(request.user):
        return []
    comments = shared.comments.select_related("author").order_by("created_at", "pk")
    if not shared.is_owned_by(request.user):
        comments = comments.filter(hidden=False)
    return list(comments)


def _entry_page(request, entry, token=None, evidence_form=None, comment_form=None, status=200):
    _link_evidence([entry], token)
    owner_view = entry.is_owned_by(request.user) and token is None
    by_id = token is None
    context = {
        "page_title": entry.title,
        "entry": entry,
        "is_owner": owner_view,
        "token": token,
        "comments": _comments_for(request, entry) if by_id else [],
        "comment_form": (comment_form or CommentForm()) if by_id and access.may_comment(request.user, entry) else None,
        "comment_url": reverse("portfolios:entry_comment", args=[entry.pk]),
        "evidence_form": (evidence_form or EvidenceForm()) if owner_view else None,
        "collections": list(entry.collections.order_by("title")) if owner_view else [],
    }
    return render(request, "learning/portfolios/entry_detail.html", context, status=status)


@never_cache
@require_GET
def entry_detail(request, pk):
    entry = access.entry_for_viewer(request.user, pk, _entry_queryset())
    return _entry_page(request, entry)


def _collection_page(request, collection, token=None, comment_form=None, status=200):
    items = list(
        collection.items.select_related("entry__offering", "entry__checkin").prefetch_related(
            Prefetch("entry__evidence", queryset=_evidence_queryset())
        )
    )
    _link_evidence([item.entry for item in items], token)
    owner_view = collection.is_owned_by(request.user) and token is None
    by_id = token is None
    return render(
        request,
        "learning/portfolios/collection_detail.html",
        {
            "page_title": collection.title,
            "collection": collection,
            "items": items,
            "is_owner": owner_view,
            "token": token,
            "comments": _comments_for(request, collection) if by_id else [],
            "comment_form": (comment_form or CommentForm())
            if by_id and access.may_comment(request.user, collection)
            else None,
            "comment_url": reverse("portfolios:collection_comment", args=[collection.pk]),
        },
        status=status,
    )


@never_cache
@require_GET
def collection_detail(request, pk):
    collection = access.collection_for_viewer(request.user, pk, PortfolioCollection.objects.select_related("owner"))
    return _collection_page(request, collection)


@never_cache
@require_GET
def shared_by_link(request, token):
    shared = access.shared_by_link(token)
    if isinstance(shared, PortfolioEntry):
        entry = _entry_queryset().get(pk=shared.pk)
        response = _entry_page(request, entry, token=token)
    else:
        response = _collection_page(request, shared, token=token)
    # A secret address must not leak to other sites through the Referer header, nor into search engines.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# Files


def _file_response(request, evidence):
    """The file, or with ``?size=small`` a photo's small copy (the photo itself when it has none)."""
    stored = evidence.thumbnail if request.GET.get("size") == "small" and evidence.thumbnail else evidence.file
    if not stored:
        raise Http404
    try:
        opened = stored.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    inline = evidence.kind in (EvidenceKind.IMAGE, EvidenceKind.AUDIO, EvidenceKind.VIDEO)
    # Byte ranges, so that recordings play and seek (Safari asks for ranges only).
    response = ranged_file_response(
        request, opened, content_type=evidence.content_type, as_attachment=not inline, filename=evidence.download_name
    )
    # Never cached by a shared cache, never run as a page: a file is data, whoever uploaded it.
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_GET
def evidence_file(request, pk):
    evidence = get_object_or_404(Evidence.objects.select_related("entry"), pk=pk)
    if not access.evidence_visible_by_id(request.user, evidence):
        raise Http404
    return _file_response(request, evidence)


@require_GET
def link_evidence_file(request, token, pk):
    shared = access.shared_by_link(token)
    evidence = get_object_or_404(Evidence.objects.select_related("entry"), pk=pk)
    if not access.evidence_visible_through(shared, evidence):
        raise Http404
    response = _file_response(request, evidence)
    response["Referrer-Policy"] = "no-referrer"
    return response


# Sharing


def _sharing(request, shared, template_context):
    initial = {"visibility": shared.visibility, "link_expires_on": shared.link_expires_on}
    form = SharingForm(initial=initial)
    if request.method == "POST":
        form = SharingForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.set_sharing(shared, data["visibility"], data.get("link_expires_on"), data.get("new_link"))
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Sharing is saved."))
                return redirect(request.path)
    link = (
        request.build_absolute_uri(reverse("portfolios:link", args=[shared.share_token])) if shared.share_token else ""
    )
    return render(
        request,
        "learning/portfolios/sharing_form.html",
        {"form": form, "shared": shared, "secret_link": link, **template_context},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def entry_sharing(request, pk):
    entry = access.own_entry(request.user, pk)
    return _sharing(
        request,
        entry,
        {"page_title": _("Share the entry"), "back": reverse("portfolios:entry", args=[entry.pk])},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def collection_sharing(request, pk):
    collection = access.own_collection(request.user, pk)
    return _sharing(
        request,
        collection,
        {"page_title": _("Share the collection"), "back": reverse("portfolios:collection", args=[collection.pk])},
    )


@never_cache
@login_required
@require_GET
def sharing_overview(request):
    """Everything of the owner's that someone else can see, and how."""
    user = request.user
    entries = PortfolioEntry.objects.filter(owner=user).exclude(visibility=Visibility.PRIVATE).order_by("-date")
    collections = PortfolioCollection.objects.filter(owner=user).exclude(visibility=Visibility.PRIVATE)
    return render(
        request,
        "learning/portfolios/sharing_overview.html",
        {"page_title": _("What I share"), "entries": list(entries), "collections": list(collections)},
    )


# Comments


def _comment(request, shared, page, back_url):
    if not access.may_comment(request.user, shared):
        raise Http404
    form = CommentForm(request.POST)
    if not form.is_valid():
        return page(request, shared, comment_form=form, status=400)
    services.add_comment(shared, request.user, form.cleaned_data["body"], form.cleaned_data["form_token"])
    messages.success(request, _("Your comment is posted."))
    return redirect(back_url + "#comments")


@login_required
@require_POST
@ratelimit(group="portfolio-comment", key="user", rate="30/h", method="POST", block=False)
def entry_comment(request, pk):
    if request.limited:
        return rate_limited(request)
    entry = access.entry_for_viewer(request.user, pk, _entry_queryset())
    return _comment(request, entry, _entry_page, reverse("portfolios:entry", args=[entry.pk]))


@login_required
@require_POST
@ratelimit(group="portfolio-comment", key="user", rate="30/h", method="POST", block=False)
def collection_comment(request, pk):
    if request.limited:
        return rate_limited(request)
    collection = access.collection_for_viewer(request.user, pk, PortfolioCollection.objects.select_related("owner"))
    return _comment(request, collection, _collection_page, reverse("portfolios:collection", args=[collection.pk]))


@login_required
@require_POST
def comment_visibility(request, pk):
    """The owner hides a comment (or shows it again)."""
    comment = get_object_or_404(PortfolioComment.objects.select_related("entry", "collection"), pk=pk)
    shared = comment.subject
    if not shared.is_owned_by(request.user):
        raise Http404
    hide = request.POST.get("hidden") != "0"
    services.set_comment_hidden(comment, hide)
    messages.success(request, _("The comment is hidden.") if hide else _("The comment is shown again."))
    name = "portfolios:entry" if comment.entry_id else "portfolios:collection"
    return redirect(reverse(name, args=[shared.pk]) + "#comments")


# Collections


@never_cache
@login_required
@require_GET
def collection_list(request):
    collections = list(PortfolioCollection.objects.filter(owner=request.user).annotate(entry_count=Count("items")))
    return render(
        request,
        "learning/portfolios/collection_list.html",
        {"page_title": _("My collections"), "collections": collections},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="portfolio-post", key="user", rate=POST_RATE, method="POST", block=False)
def collection_edit(request, pk=None):
    collection = access.own_collection(request.user, pk) if pk else None
    form = CollectionForm(instance=collection, owner=request.user)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = CollectionForm(request.POST, instance=collection, owner=request.user)
        if form.is_valid():
            with transaction.atomic():
                saved = form.save()
                services.set_collection_entries(saved, list(form.cleaned_data["chosen_entries"]))
            messages.success(request, _("The collection is saved."))
            return redirect("portfolios:collection", pk=saved.pk)
    title = _("Edit the collection") if collection else _("New collection")
    return render(
        request,
        "learning/portfolios/collection_form.html",
        {"form": form, "collection": collection, "page_title": title},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def collection_delete(request, pk):
    collection = access.own_collection(request.user, pk)
    if request.method == "POST":
        collection.delete()
        messages.success(request, _("The collection is deleted; its entries stay in your portfolio."))
        return redirect("portfolios:collections")
    return render(
        request,
        "learning/portfolios/confirm_delete.html",
        {
            "page_title": _("Delete the collection?"),
            "thing": collection,
            "back": reverse("portfolios:collection", args=[collection.pk]),
            "keeps_entries": True,
        },
    )


@login_required
@require_POST
def collection_move(request, pk):
    collection = access.own_collection(request.user, pk)
    form = MoveForm(request.POST)
    if form.is_valid():
        try:
            services.move_item(collection, form.cleaned_data["entry"], form.cleaned_data["direction"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, _("Choose an entry to move up or down."))
    anchor = f"#item-{form.cleaned_data['entry']}" if form.is_valid() else ""
    return redirect(reverse("portfolios:collection", args=[collection.pk]) + anchor)


# The gallery


def _valid(value, choices):
    return value if value in {code for code, _label in choices} else ""


@never_cache
@require_GET
def gallery(request):
    """What others chose to share with the viewer: public items, and colleagues' items once signed in."""
    filters = {
        "standard": _valid(request.GET.get("standard", ""), Standard.choices),
        "subject": _valid(request.GET.get("subject", ""), Subject.choices),
    }
    entries = PortfolioEntry.objects.shared_with(request.user).select_related("owner")
    if filters["standard"]:
        entries = entries.alias(standards_text=Cast("standards", TextField())).filter(
            standards_text__contains=json.dumps(filters["standard"])
        )
    if filters["subject"]:
        entries = entries.filter(subject=filters["subject"])
    entries = entries.prefetch_related(
        Prefetch("evidence", queryset=Evidence.objects.filter(kind=EvidenceKind.IMAGE).order_by("pk"), to_attr="images")
    ).order_by("-date", "-pk")
    page = Paginator(entries, GALLERY_PER_PAGE).get_page(request.GET.get("page"))
    for entry in page:
        entry.cover = entry.images[0] if entry.images else None
    collections = list(
        PortfolioCollection.objects.shared_with(request.user)
        .select_related("owner")
        .annotate(entry_count=Count("items"))
        .order_by("-updated_at")[:GALLERY_COLLECTIONS]
    )
    return render(
        request,
        "learning/portfolios/gallery.html",
        {
            "page_title": _("Shared portfolios"),
            "entries": page,
            "collections": collections,
            "filters": filters,
            "filter_query": urlencode({name: code for name, code in filters.items() if code}),
            "standards": Standard.choices,
            "subjects": Subject.choices,
        },
    )


# The PDF


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="portfolio-pdf", key="user", rate="20/h", method="POST", block=False)
def portfolio_pdf(request):
    """GET: the owner's stored PDFs and a button; POST: the PDF now, or built in the background."""
    user = request.user
    language = pdf_language(user)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        count = PortfolioEntry.objects.filter(owner=user).count()
        if count <= BACKGROUND_FROM_ENTRIES:
            content = render_pdf_bytes(user, language)
            response = HttpResponse(content, content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="{pdf_filename(user, language)}"'
            return response
        digest = portfolio_digest(user, language)
        existing = (
            PortfolioPDF.objects.filter(owner=user, language=language, digest=digest)
            .exclude(status=PDFStatus.FAILED)
            .first()
        )
        if existing is not None and existing.status == PDFStatus.READY:
            messages.info(request, _("Your portfolio has not changed since this PDF was made: here it is."))
        elif existing is not None:
            messages.info(request, _("Your PDF is being prepared. We will e-mail you when it is ready."))
        else:
            with transaction.atomic():
                pdf = PortfolioPDF.objects.create(owner=user, language=language, digest=digest, entry_count=count)
                enqueue_after_commit(tasks.build_portfolio_pdf, pdf.pk)
            messages.success(
                request,
                _(
                    "Your portfolio is large, so its PDF is prepared in the background. "
                    "We will e-mail you when it is ready."
                ),
            )
        return redirect("portfolios:pdf")
    return render(
        request,
        "learning/portfolios/pdf_list.html",
        {
            "page_title": _("My portfolio as a PDF"),
            "pdfs": list(PortfolioPDF.objects.filter(owner=user)),
            "background_from": BACKGROUND_FROM_ENTRIES,
        },
    )


@login_required
@require_GET
def pdf_download(request, pk):
    pdf = get_object_or_404(PortfolioPDF, pk=pk, owner=request.user, status=PDFStatus.READY)
    try:
        opened = pdf.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(
        opened, content_type="application/pdf", as_attachment=True, filename=pdf_filename(pdf.owner, pdf.language)
    )
    response["Cache-Control"] = "private, no-store"
    return response
