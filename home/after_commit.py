"""Background work queued once the transaction that asked for it has committed.

An e-mail or a PDF is queued only for what was really saved (a rolled-back registration sends
nothing), and a queue that cannot be reached is logged, never raised: what the person did is saved
already, and losing it over a notification would be worse.
"""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_after_commit(task, *args):
    """``task.enqueue(*args)`` (a django-tasks task) after the current transaction commits."""

    def enqueue():
        try:
            task.enqueue(*args)
        except Exception:
            logger.exception("Could not enqueue %s%r", getattr(task, "name", task), args)

    transaction.on_commit(enqueue)
