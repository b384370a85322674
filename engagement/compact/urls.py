"""The community compact's own addresses under /<lang>/compact/ (sign-on verification)."""

from django.urls import path

from engagement.compact import views

app_name = "compact"

urlpatterns = [
    path("verify/<str:token>/", views.verify, name="verify"),
]
