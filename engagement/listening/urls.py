"""Listening sessions' own addresses under /<lang>/listening/ (the pages themselves are Wagtail pages)."""

from django.urls import path

from engagement.listening import checkin, views

app_name = "listening"

urlpatterns = [
    # Calendar files: every session in the visitor's language, and one session.
    path("calendar.ics", views.calendar_feed, name="calendar"),
    path("sessions/<int:page_id>.ics", views.session_ics, name="session_ics"),
    # The registrant's private page: the token is the only key to it.
    path("r/<str:token>/", views.manage, name="manage"),
    path("r/<str:token>/cancel/", views.cancel, name="cancel"),
    path("r/<str:token>/session.ics", views.registration_ics, name="registration_ics"),
    # At the door (Organizers).
    path("checkin/<int:session_id>/", checkin.checkin, name="checkin"),
    path("checkin/<int:session_id>/<int:registration_id>/", checkin.check_in_person, name="check_in_person"),
    path("checkin/<int:session_id>/walk-in/", checkin.walk_in, name="walk_in"),
]
