"""The mentor network's pages, under /<language>/mentoring/ (wired in config/urls.py)."""

from django.urls import path

from engagement.mentoring import views

app_name = "mentoring"

urlpatterns = [
    path("", views.index, name="index"),
    path("mentor/join/", views.become_mentor, name="become_mentor"),
    path("mentor/profile/", views.my_profile, name="my_profile"),
    path("mentor/pause/", views.pause, name="pause"),
    path("mentor/resume/", views.resume, name="resume"),
    path("mentor/", views.mentor_home, name="mentor_home"),
    path("mentor/proposals/<int:pk>/answer/", views.answer_proposal, name="answer_proposal"),
    path("ask/", views.ask_for_mentor, name="ask"),
    path("mine/", views.mentee_home, name="mentee_home"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/withdraw/", views.withdraw_request, name="withdraw_request"),
    path("mentorships/<int:pk>/", views.mentorship_detail, name="mentorship"),
    path("mentorships/<int:pk>/check-in/", views.log_checkin, name="log_checkin"),
    path("mentorships/<int:pk>/end/", views.end_mentorship, name="end_mentorship"),
    path("directory/", views.directory, name="directory"),
]
