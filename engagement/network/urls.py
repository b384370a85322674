"""The Action Team network's addresses for captains under /<lang>/team/."""

from django.urls import path

from engagement.network import views

app_name = "network"

urlpatterns = [
    path("", views.home, name="home"),
    path("people/<int:pk>/", views.person, name="person"),
    path("campaigns/<int:pk>/", views.campaign, name="campaign"),
    path("campaigns/<int:pk>/mark/<int:member_pk>/", views.mark, name="mark"),
]
