from django.db import migrations

from home.roles import sync_groups


class Migration(migrations.Migration):
    """Organizers keep the list of schools and worksites; the coordinators may read it."""

    dependencies = [
        ("home", "0005_member_profiles_schools"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
