from django.db import migrations

from home.roles import sync_groups


class Migration(migrations.Migration):
    """Organizers manage survey responses, invitation codes and themes, and edit and publish the
    survey pages; Communications manages themes too (home.roles)."""

    dependencies = [
        ("engagement", "0003_mentor_coordinator_permissions"),
        ("home", "0006_school_permissions"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
