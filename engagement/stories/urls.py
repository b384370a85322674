"""Personal stories' own addresses under /<lang>/stories/ (the story pages are Wagtail pages)."""

from django.urls import path

from engagement.stories import views

app_name = "stories"

urlpatterns = [
    path("tell/", views.tell_your_story, name="tell"),
    path("thanks/", views.thanks, name="thanks"),
    path("themes/<str:slug>/", views.theme, name="theme"),
]
