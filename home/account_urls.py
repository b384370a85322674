"""A signed-in person's own pages, under /<language>/account/ (allauth's sign-in pages are under accounts/)."""

from django.urls import path

from home import account_views

urlpatterns = [
    path("profile/", account_views.profile, name="account_profile"),
    path("privacy/", account_views.privacy, name="account_privacy"),
    path("privacy/download/", account_views.export, name="account_export"),
    path("delete/", account_views.delete, name="account_delete"),
    path("deleted/", account_views.deleted, name="account_deleted"),
]
