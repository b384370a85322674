"""Queue the day-before reminders of listening sessions: run it from cron or a scheduler (hourly is fine).

It enqueues ``engagement.listening.tasks.send_session_reminders``; nobody is reminded twice, so
running it more often than needed only costs a query.
"""

from django.core.management.base import BaseCommand

from engagement.listening.tasks import send_session_reminders


class Command(BaseCommand):
    help = "Queue the reminders of listening sessions that start tomorrow (each person is reminded once)."

    def handle(self, *args, **options):
        result = send_session_reminders.enqueue()
        self.stdout.write(f"Queued the listening-session reminders ({result.id}).")
