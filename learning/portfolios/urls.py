"""Portfolios under /<lang>/portfolio/: an educator's own entries and collections, shared ones, the gallery."""

from django.urls import path

from learning.portfolios import views

app_name = "portfolios"

urlpatterns = [
    path("", views.my_portfolio, name="mine"),
    path("entries/new/", views.entry_create, name="entry_create"),
    path("entries/<int:pk>/", views.entry_detail, name="entry"),
    path("entries/<int:pk>/edit/", views.entry_edit, name="entry_edit"),
    path("entries/<int:pk>/delete/", views.entry_delete, name="entry_delete"),
    path("entries/<int:pk>/sharing/", views.entry_sharing, name="entry_sharing"),
    path("entries/<int:pk>/comments/", views.entry_comment, name="entry_comment"),
    path("entries/<int:pk>/evidence/", views.evidence_add, name="evidence_add"),
    path("entries/<int:pk>/evidence/<int:evidence_pk>/delete/", views.evidence_delete, name="evidence_delete"),
    path("evidence/<int:pk>/", views.evidence_file, name="evidence"),
    path("collections/", views.collection_list, name="collections"),
    path("collections/new/", views.collection_edit, name="collection_create"),
    path("collections/<int:pk>/", views.collection_detail, name="collection"),
    path("collections/<int:pk>/edit/", views.collection_edit, name="collection_edit"),
    path("collections/<int:pk>/delete/", views.collection_delete, name="collection_delete"),
    path("collections/<int:pk>/move/", views.collection_move, name="collection_move"),
    path("collections/<int:pk>/sharing/", views.collection_sharing, name="collection_sharing"),
    path("collections/<int:pk>/comments/", views.collection_comment, name="collection_comment"),
    path("comments/<int:pk>/visibility/", views.comment_visibility, name="comment_visibility"),
    path("sharing/", views.sharing_overview, name="sharing"),
    path("link/<str:token>/", views.shared_by_link, name="link"),
    path("link/<str:token>/evidence/<int:pk>/", views.link_evidence_file, name="link_evidence"),
    path("gallery/", views.gallery, name="gallery"),
    path("pdf/", views.portfolio_pdf, name="pdf"),
    path("pdf/<int:pk>/", views.pdf_download, name="pdf_download"),
]
