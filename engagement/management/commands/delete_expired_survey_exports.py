"""Delete the survey exports older than SURVEY_EXPORT_KEEP_DAYS, with their files: run it from cron daily.

Exports hold survey answers and sometimes contact details, so they are not kept beyond the days the
requester was told about; running it more often than needed only costs a query.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from engagement.surveys.background_exports import delete_expired


class Command(BaseCommand):
    help = "Delete the survey exports (and their files) older than SURVEY_EXPORT_KEEP_DAYS."

    def handle(self, *args, **options):
        deleted = delete_expired()
        self.stdout.write(f"Deleted {deleted} survey export(s) older than {settings.SURVEY_EXPORT_KEEP_DAYS} day(s).")
