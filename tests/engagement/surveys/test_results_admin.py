"""The results in the Wagtail admin: who may see them, what they show, open answers with themes,
invitation codes and the people who asked to be contacted."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, ModelLogEntry
from wagtail.users.models import UserProfile

import pytest

from engagement.models import InvitationCode, SurveyAnswer, SurveyIndexPage, Theme
from engagement.surveys.admin_views import CODE_ALPHABET, CODE_LENGTH
from home import audit
from home.roles import COMMUNICATIONS, ORGANIZERS
from tests.engagement.surveys.factories import make_response, make_survey, question_id, translate_survey
from tests.engagement.surveys.results_helpers import make_school, make_staff, respond
from tests.engagement.surveys.test_results import FULL_ANSWERS

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"survey_results:{name}", args=args)


@pytest.fixture
def organizer():
    return make_staff(ORGANIZERS)


@pytest.fixture
def organizer_client(client, organizer):
    client.force_login(organizer)
    return client


def set_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def make_theme(name, slug, language="en", translation_of=None):
    theme = Theme(name=name, slug=slug, locale=Locale.objects.get(language_code=language))
    if translation_of is not None:
        theme.translation_key = translation_of.translation_key
    theme.save()
    return theme


# Who may see what


def result_urls(survey):
    return [
        url("index"),
        url("results", survey.pk),
        url("export_csv", survey.pk),
        url("export_xlsx", survey.pk),
        url("report_pdf", survey.pk),
        url("open_answers", survey.pk, question_id(survey, "anything-else")),
        url("invitations", survey.pk),
        url("invitations_print", survey.pk),
        url("contacts", survey.pk),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, survey):
    for address in result_urls(survey):
        response = client.get(address)
        assert response.status_code == 302, address
        assert "/login/" in response["Location"]


def test_a_member_without_admin_access_gets_nothing(client, survey):
    make_response(survey, {"anything-else": "A private worry"})
    client.force_login(make_staff(role=None))
    for address in result_urls(survey):
        response = client.get(address)
        assert response.status_code == 302, address
        assert b"A private worry" not in response.content


def test_staff_without_survey_permissions_are_refused(client, survey):
    client.force_login(make_staff(COMMUNICATIONS))
    for address in result_urls(survey):
        assert client.get(address).status_code == 403, address
    answer = SurveyAnswer.objects.create(response=make_response(survey, {}), survey_key=survey.survey_key)
    theme = make_theme("Transport", "transport")
    response = client.post(url("tag_answer", survey.pk, answer.pk), {"theme": theme.pk, "action": "add"})
    assert response.status_code == 403
    assert not answer.themes.exists()


def test_organizers_open_every_view(organizer_client, survey):
    make_response(survey, FULL_ANSWERS, consent_to_contact=True, contact_name="Ana")
    for address in result_urls(survey):
        assert organizer_client.get(address).status_code == 200, address


def test_organizers_see_the_surveys_menu(organizer_client, survey):
    html = organizer_client.get("/admin/").content.decode()
    assert url("index") in html


def test_viewing_results_is_not_enough_for_contact_details(client, survey):
    """Contact details need the permission to change responses, not only to view them."""
    group = Group.objects.create(name="Readers of results")
    group.permissions.add(
        *Group.objects.get(name=ORGANIZERS).permissions.filter(codename__in=["access_admin", "view_surveyresponse"])
    )
    reader = make_staff(role=None)
    reader.groups.add(group)
    client.force_login(reader)
    assert client.get(url("results", survey.pk)).status_code == 200
    assert client.get(url("contacts", survey.pk)).status_code == 403


# The results page


def test_results_page_shows_charts_tables_and_counts_across_languages(organizer_client, survey):
    creole = translate_survey(survey, "ht")
    make_school("Lakeside Elementary")
    make_response(survey, {"travel": "bus"})
    make_response(creole, {"travel": "bus"})

    html = organizer_client.get(url("results", survey.pk)).content.decode()

    assert 'role="img"' in html and "<title id=" in html
    assert "School bus: 2 · 100%" in html  # the chart's description reads out the bar
    assert "How does your child usually get to school?" in html
    assert "Haitian Creole" in html
    assert "Lakeside Elementary" in html  # not heard from yet
    assert "2 responses" in html


def test_results_page_in_the_admin_language_uses_the_translation(client, survey):
    translate_survey(survey, "es")
    make_response(survey, {"travel": "walk"})
    organizer = make_staff(ORGANIZERS)
    set_admin_language(organizer, "es")
    client.force_login(organizer)

    html = client.get(url("results", survey.pk)).content.decode()

    assert "¿Cómo llega su hijo o hija a la escuela normalmente?" in html
    assert "Caminando" in html


def test_the_results_of_a_translation_are_the_surveys_results(organizer_client, survey):
    creole = translate_survey(survey, "ht")
    response = organizer_client.get(url("results", creole.pk))
    assert response.status_code == 200
    assert response.context["survey"].pk == survey.pk


def test_bad_filters_show_errors_instead_of_failing(organizer_client, survey):
    make_response(survey, {"travel": "walk"})
    response = organizer_client.get(url("results", survey.pk), {"language": "xx", "date_from": "not a date"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "Enter a valid date" in html
    assert "1 response" in html  # the results without the bad filters


def test_filters_narrow_the_page(organizer_client, survey):
    creole = translate_survey(survey, "ht")
    make_response(survey, {"travel": "walk"})
    make_response(creole, {"travel": "bus"})
    response = organizer_client.get(url("results", survey.pk), {"language": "ht"})
    assert response.context["results"].total == 1
    assert "language=ht" in response.content.decode()  # carried into the download links


# A 404 outside the language prefixes is sent on to /en/... by the site's LocaleMiddleware, where
# it is a 404 again: the tests follow it to the end.


def test_a_survey_that_does_not_exist_is_not_found(organizer_client, home_page):
    assert organizer_client.get(url("results", 999999), follow=True).status_code == 404
    assert organizer_client.get(url("results", home_page.pk), follow=True).status_code == 404


def test_results_page_costs_the_same_queries_for_few_or_many_responses(organizer_client, survey):
    creole = translate_survey(survey, "ht")
    respond(survey, 1, FULL_ANSWERS)
    organizer_client.get(url("results", survey.pk))  # warm up the per-user caches
    with CaptureQueriesContext(connection) as few:
        organizer_client.get(url("results", survey.pk))
    respond(creole, 25, FULL_ANSWERS)
    with CaptureQueriesContext(connection) as many:
        organizer_client.get(url("results", survey.pk))
    assert len(few) == len(many)


def test_survey_list_shows_each_survey_once_with_its_responses(organizer_client, survey, survey_index):
    translate_survey(survey, "ht")
    other = make_survey(survey_index, title="Student voice")
    respond(survey, 3, {})
    html = organizer_client.get(url("index")).content.decode()
    assert html.count(url("results", survey.pk)) >= 1
    assert "Student voice" in html and url("results", other.pk) in html
    assert "Haitian Creole" in html
    rows = organizer_client.get(url("index")).context["surveys"]
    assert {row["page"].pk: row["responses"] for row in rows} == {survey.pk: 3, other.pk: 0}


# Open answers and themes


@pytest.fixture
def open_answers(survey):
    creole = translate_survey(survey, "ht")
    make_response(survey, {"anything-else": "The buses are late every Monday."})
    make_response(creole, {"anything-else": "Bis yo toujou an reta."})
    make_response(survey, {"travel": {"other": "My aunt drives us"}})
    return SurveyAnswer.objects.exclude(text="").order_by("pk")


def test_open_answers_are_listed_in_every_language(organizer_client, survey, open_answers):
    html = organizer_client.get(url("open_answers", survey.pk, question_id(survey, "anything-else"))).content.decode()
    assert "The buses are late every Monday." in html
    assert "Bis yo toujou an reta." in html
    assert "My aunt drives us" not in html  # another question's


def test_other_texts_are_listed_under_their_question(organizer_client, survey, open_answers):
    html = organizer_client.get(url("open_answers", survey.pk, question_id(survey, "travel"))).content.decode()
    assert "My aunt drives us" in html


def test_open_answers_of_an_unknown_question_are_not_found(organizer_client, survey):
    assert organizer_client.get(url("open_answers", survey.pk, "not-a-block"), follow=True).status_code == 404


def test_open_answers_are_paginated(organizer_client, survey):
    respond(survey, 55, {"anything-else": "Smaller classes"})
    response = organizer_client.get(url("open_answers", survey.pk, question_id(survey, "anything-else")))
    assert len(response.context["rows"]) == 50
    second = organizer_client.get(url("open_answers", survey.pk, question_id(survey, "anything-else")), {"p": 2})
    assert len(second.context["rows"]) == 5


def test_tagging_an_answer_with_a_theme_and_taking_it_off(organizer_client, survey, open_answers):
    transport = make_theme("Transport", "transport")
    answer = open_answers[0]
    page_url = url("open_answers", survey.pk, question_id(survey, "anything-else"))

    response = organizer_client.post(
        url("tag_answer", survey.pk, answer.pk), {"theme": transport.pk, "action": "add", "next": page_url}
    )
    assert response.status_code == 302 and response["Location"] == page_url
    assert list(answer.themes.all()) == [transport]
    html = organizer_client.get(page_url).content.decode()
    assert "Transport: 1" in html  # the count of the theme in this question's answers

    organizer_client.post(url("tag_answer", survey.pk, answer.pk), {"theme": transport.pk, "action": "remove"})
    assert not answer.themes.exists()


def test_tags_use_the_source_theme_whichever_translation_was_picked(organizer_client, survey, open_answers):
    transport = make_theme("Transport", "transport")
    creole_transport = make_theme("Transpò", "transport", language="ht", translation_of=transport)
    answer = open_answers[1]
    organizer_client.post(url("tag_answer", survey.pk, answer.pk), {"theme": creole_transport.pk, "action": "add"})
    assert list(answer.themes.all()) == [transport]


def test_theme_names_are_shown_in_the_admin_language(client, survey, open_answers):
    transport = make_theme("Transport", "transport")
    make_theme("Transporte", "transport", language="es", translation_of=transport)
    open_answers[0].themes.add(transport)
    organizer = make_staff(ORGANIZERS)
    set_admin_language(organizer, "es")
    client.force_login(organizer)
    html = client.get(url("open_answers", survey.pk, question_id(survey, "anything-else"))).content.decode()
    assert "Transporte" in html


def test_tagging_refuses_an_answer_of_another_survey_and_a_bad_theme(organizer_client, survey, survey_index):
    other = make_survey(survey_index, title="Another survey")
    foreign = make_response(other, {"anything-else": "Elsewhere"}).answers.get()
    transport = make_theme("Transport", "transport")
    response = organizer_client.post(
        url("tag_answer", survey.pk, foreign.pk), {"theme": transport.pk, "action": "add"}, follow=True
    )
    assert response.status_code == 404
    assert not foreign.themes.exists()
    own = make_response(survey, {"anything-else": "Here"}).answers.get()
    for data in ({"theme": "999999", "action": "add"}, {"theme": "x", "action": "add"}, {"action": "drop"}):
        assert organizer_client.post(url("tag_answer", survey.pk, own.pk), data).status_code == 400
    assert not own.themes.exists()


def test_tagging_ignores_a_return_address_on_another_site(organizer_client, survey, open_answers):
    transport = make_theme("Transport", "transport")
    response = organizer_client.post(
        url("tag_answer", survey.pk, open_answers[0].pk),
        {"theme": transport.pk, "action": "add", "next": "https://evil.example/"},
    )
    assert response["Location"].startswith("/admin/")


def test_open_answers_cost_the_same_queries_for_few_or_many(organizer_client, survey):
    transport, money = make_theme("Transport", "transport"), make_theme("Money", "money")
    address = url("open_answers", survey.pk, question_id(survey, "anything-else"))
    for response in respond(survey, 2, {"anything-else": "Buses"}):
        response.answers.get().themes.add(transport, money)
    organizer_client.get(address)
    with CaptureQueriesContext(connection) as few:
        organizer_client.get(address)
    for response in respond(survey, 20, {"anything-else": "Buses"}):
        response.answers.get().themes.add(transport)
    with CaptureQueriesContext(connection) as many:
        organizer_client.get(address)
    assert len(few) == len(many)


# Invitation codes


def test_organizers_make_codes_and_see_them_listed(organizer_client, survey):
    response = organizer_client.post(url("invitations", survey.pk), {"count": "25", "label": "North High"})
    assert response.status_code == 302
    codes = InvitationCode.objects.filter(survey_key=survey.survey_key)
    assert codes.count() == 25
    assert all(len(code.code) == CODE_LENGTH and set(code.code) <= set(CODE_ALPHABET) for code in codes)
    assert {code.label for code in codes} == {"North High"}
    html = organizer_client.get(url("invitations", survey.pk)).content.decode()
    assert codes.first().code in html


@pytest.mark.parametrize("count", ["0", "501", "many", ""])
def test_a_bad_number_of_codes_is_a_form_error(organizer_client, survey, count):
    response = organizer_client.post(url("invitations", survey.pk), {"count": count})
    assert response.status_code == 200
    assert response.context["form"].errors["count"]
    assert not InvitationCode.objects.exists()


def test_printable_codes_are_the_unused_ones_of_a_batch_in_the_chosen_language(organizer_client, survey):
    spanish = translate_survey(survey, "es")
    organizer_client.post(url("invitations", survey.pk), {"count": "3", "label": "Families"})
    organizer_client.post(url("invitations", survey.pk), {"count": "2", "label": "Students"})
    used = InvitationCode.objects.filter(label="Families").first()
    used.used_at = used.created_at
    used.save()

    response = organizer_client.get(url("invitations_print", survey.pk), {"batch": "Families", "lang": "es"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<script" not in html
    assert spanish.title in html and spanish.url in html
    printed = {code.code for code in InvitationCode.objects.filter(label="Families", used_at__isnull=True)}
    assert all(code in html for code in printed)
    assert used.code not in html
    assert not any(code.code in html for code in InvitationCode.objects.filter(label="Students"))
    everything = organizer_client.get(url("invitations_print", survey.pk), {"batch": "*", "lang": "zz"})
    assert everything.content.decode().count('class="slip"') == 4


def test_without_the_add_permission_codes_are_listed_but_not_made(client, survey):
    group = Group.objects.create(name="Code readers")
    group.permissions.add(
        *Group.objects.get(name=ORGANIZERS).permissions.filter(codename__in=["access_admin", "view_invitationcode"])
    )
    reader = make_staff(role=None)
    reader.groups.add(group)
    client.force_login(reader)
    assert client.get(url("invitations", survey.pk)).status_code == 200
    assert client.post(url("invitations", survey.pk), {"count": "5"}).status_code == 403
    assert not InvitationCode.objects.exists()


# People who asked to be contacted


def test_contact_list_shows_only_people_who_consented_and_logs_each_view(organizer_client, organizer, survey):
    consented = make_response(
        survey, {}, consent_to_contact=True, contact_name="Marie Joseph", contact_email="marie@example.org"
    )
    make_response(survey, {}, consent_to_contact=False, contact_name="Not Consented")
    make_response(survey, {}, consent_to_contact=True)  # consented but left nothing

    html = organizer_client.get(url("contacts", survey.pk)).content.decode()

    assert "Marie Joseph" in html and "marie@example.org" in html
    assert "Not Consented" not in html
    entries = ModelLogEntry.objects.filter(action=audit.VIEW_PERSONAL_DATA)
    assert [(entry.object_id, entry.user_id) for entry in entries] == [(str(consented.pk), organizer.pk)]


# Organizers and the survey pages


def test_organizers_may_add_edit_and_publish_under_a_new_survey_index(client, home_page):
    from tests.engagement.surveys.factories import make_survey_index

    index = make_survey_index(home_page)
    group = Group.objects.get(name=ORGANIZERS)
    codenames = set(
        GroupPagePermission.objects.filter(group=group, page=index).values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames
    client.force_login(make_staff(ORGANIZERS))
    add_url = reverse("wagtailadmin_pages:add", args=("engagement", "surveypage", index.pk))
    assert client.get(add_url).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=(home_page.pk,))).status_code == 302


def test_a_translated_survey_index_gets_the_permissions_too(home_page, survey_index):
    from tests.factories import translate_page

    spanish_index = translate_page(survey_index, "es")
    assert SurveyIndexPage.objects.filter(pk=spanish_index.pk).exists()
    assert GroupPagePermission.objects.filter(
        group__name=ORGANIZERS, page=spanish_index, permission__codename="publish_page"
    ).exists()


def test_the_role_sync_grants_existing_survey_indexes_and_is_idempotent(survey_index):
    from django.apps import apps

    from home import roles

    GroupPagePermission.objects.filter(page=survey_index).delete()
    roles.sync_groups(apps)
    once = GroupPagePermission.objects.filter(page=survey_index).count()
    roles.sync_groups(apps)
    assert once == GroupPagePermission.objects.filter(page=survey_index).count() >= 3
