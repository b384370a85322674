from django.db import migrations

from home.roles import sync_groups


class Migration(migrations.Migration):
    """Give the staff groups their permissions on the new engagement models (home.roles): Organizers
    on listening-session registrations, community partners and signatures, and the Action Team
    network; Communications on story submissions; page permissions on the session index pages."""

    dependencies = [("engagement", "0006_listening_stories_compact_network")]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
