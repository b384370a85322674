from django.db import migrations

from home.roles import sync_groups


class Migration(migrations.Migration):
    """Give the Mentor coordinators group its permissions on the mentor network (home.roles)."""

    dependencies = [
        ("engagement", "0002_mentoring"),
        ("home", "0005_member_profiles_schools"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
