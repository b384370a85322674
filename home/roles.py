"""The staff groups of DESIGN.md and what each may do.

Used by data migrations (with the historical ``apps``), so it touches models only through
``apps.get_model``. Later features add their own model permissions to ROLE_MODEL_PERMISSIONS in
a migration of their own and call ``sync_groups`` again.
"""

from django.contrib.auth.management import create_permissions

COMMUNICATIONS = "Communications"
ORGANIZERS = "Organizers"
LEARNING_COORDINATORS = "Learning coordinators"
MENTOR_COORDINATORS = "Mentor coordinators"
CAPTAINS = "Captains"
# Approves contract proposals and the agreement before they are published (proposals app).
BARGAINING_LEADS = "Bargaining leads"

ALL_ROLES = [COMMUNICATIONS, ORGANIZERS, LEARNING_COORDINATORS, MENTOR_COORDINATORS, CAPTAINS, BARGAINING_LEADS]

# Roles that work in the Wagtail admin. Captains work on the public site, on their own contacts.
ADMIN_ROLES = [COMMUNICATIONS, ORGANIZERS, LEARNING_COORDINATORS, MENTOR_COORDINATORS, BARGAINING_LEADS]


def manage(app_label, *model_names):
    """Add, change, delete and view permissions on the given models."""
    return [f"{app_label}.{action}_{model}" for model in model_names for action in ("add", "change", "delete", "view")]


# "app_label.codename" of model permissions. Users are deliberately absent: no role edits users.
# A permission whose model is not migrated yet is skipped; the app's own migration syncs again.
ROLE_MODEL_PERMISSIONS = {
    COMMUNICATIONS: [
        "wagtail_localize.submit_translation",
        *manage("home", "navigationmenu", "navigationitem", "footercontent", "newstopic"),
        *manage("proposals", "proposaltopic"),
        *manage("wagtailredirects", "redirect"),
    ],
    ORGANIZERS: [],
    LEARNING_COORDINATORS: [],
    MENTOR_COORDINATORS: [],
    CAPTAINS: [],
    BARGAINING_LEADS: ["wagtail_localize.submit_translation", *manage("proposals", "proposaltopic")],
}

# Communications edits, publishes and translates every page.
PAGE_PERMISSIONS = {
    COMMUNICATIONS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    BARGAINING_LEADS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    COMMUNICATIONS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}


def _permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def sync_groups(apps, schema_editor=None):
    """Create the groups and give them their permissions; safe to run again."""
    # Permissions are normally made after all migrations; these ones are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in ALL_ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        if name in ADMIN_ROLES:
            group.permissions.add(_permission(apps, "wagtailadmin.access_admin"))
        for dotted in ROLE_MODEL_PERMISSIONS.get(name, []):
            permission = _permission(apps, dotted)
            if permission is not None:
                group.permissions.add(permission)
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(apps, f"wagtailcore.{codename}")
            )
        for dotted in COLLECTION_PERMISSIONS.get(name, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(apps, dotted)
            )
