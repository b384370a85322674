from django.db import migrations

from home.roles import sync_groups


class Migration(migrations.Migration):
    """Give Learning coordinators their permissions on the catalog, proposals, enrolments,
    attendance, certificates and renewal cycles, and on catalog pages (home.roles)."""

    dependencies = [("learning", "0001_initial"), ("engagement", "0007_engagement_roles")]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
