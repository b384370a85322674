"""Professional learning's own addresses under /<lang>/learning/ (the catalog and offerings are pages)."""

from django.urls import path

from learning.catalog import views

app_name = "learning"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("transcript.pdf", views.transcript_pdf, name="transcript_pdf"),
    path("enrolments/<int:pk>/certificate.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("propose/", views.propose, name="propose"),
    path("proposals/", views.my_proposals, name="my_proposals"),
    path("proposals/<int:pk>/", views.edit_proposal, name="edit_proposal"),
    path("offerings/<int:pk>/attendance/", views.attendance, name="attendance"),
    path("certificates/", views.verify_lookup, name="verify_lookup"),
    path("certificates/<str:code>/", views.verify_certificate, name="verify_certificate"),
]
