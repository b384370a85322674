"""Files leave storage with the records that name them (an entry deleted, an account erased)."""

from django.db import transaction
from django.db.models.signals import post_delete


def _delete_files_after_commit(sender, instance, **kwargs):
    for name in ("file", "thumbnail"):
        field = getattr(instance, name, None)
        if field and field.name:
            storage, stored_name = field.storage, field.name
            transaction.on_commit(lambda storage=storage, stored_name=stored_name: storage.delete(stored_name))


def connect():
    """Called from ``LearningConfig.ready``."""
    from learning.models.portfolios import Evidence, PortfolioPDF

    for model in (Evidence, PortfolioPDF):
        post_delete.connect(_delete_files_after_commit, sender=model, dispatch_uid=f"portfolio-file-{model.__name__}")
