"""Signals of the survey results.

- Survey index pages come with their page permissions for Organizers (home.roles.PAGE_TYPE_PERMISSIONS):
  the roles' data migration covers the index pages that exist when it runs; this covers the ones
  made later (a new site, the demo content, wagtail-localize copying the index into a language).
- The cached tallies of a survey (engagement.surveys.tally) are forgotten when one of its responses
  or answers is deleted or changed (or an answer is added on its own), and every survey's when a
  school is deleted (its responses lose their school). New responses need nothing: they are
  counted live until they settle.
- An export's file leaves storage with its record (expired, or its requester's account deleted),
  once the deletion is committed.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from engagement.models import SurveyAnswer, SurveyExportFile, SurveyIndexPage, SurveyResponse
from engagement.surveys.tally import forget_tallies
from home.models import School
from home.roles import grant_page_type_permissions


def grant_survey_index_permissions(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_page_type_permissions(apps, page_ids=[instance.pk])


def forget_survey_tallies(sender, instance, created=False, **kwargs):
    # A new response is counted live until it settles; an answer saved on its own (not with its
    # response's bulk insert) may belong to a settled response, so it starts the count again.
    if not created or sender is SurveyAnswer:
        _forget_now_and_on_commit(instance.survey_key)


def forget_all_tallies(sender, instance, **kwargs):
    _forget_now_and_on_commit(None)


def _forget_now_and_on_commit(survey_key):
    # Again once committed: a tally counted in between still saw the old rows.
    forget_tallies(survey_key)
    transaction.on_commit(lambda: forget_tallies(survey_key))


def delete_export_file(sender, instance, **kwargs):
    if instance.file and instance.file.name:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))


def connect():
    post_save.connect(
        grant_survey_index_permissions, sender=SurveyIndexPage, dispatch_uid="survey-index-page-permissions"
    )
    for model in (SurveyResponse, SurveyAnswer):
        post_save.connect(forget_survey_tallies, sender=model, dispatch_uid=f"survey-tally-save-{model.__name__}")
        post_delete.connect(forget_survey_tallies, sender=model, dispatch_uid=f"survey-tally-delete-{model.__name__}")
    post_delete.connect(forget_all_tallies, sender=School, dispatch_uid="survey-tally-school-deleted")
    post_delete.connect(delete_export_file, sender=SurveyExportFile, dispatch_uid="survey-export-file-deleted")
