from django.db import migrations

from home.roles import sync_groups


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_pages_news_navigation"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
