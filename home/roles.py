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
        # Themes that open survey answers and listening-session notes are tagged with.
        *manage("engagement", "theme"),
        # Personal stories: the moderation queue (read, approve or reject; no one adds them by hand).
        "engagement.view_storysubmission",
        "engagement.change_storysubmission",
        "engagement.delete_storysubmission",
    ],
    # Schools and worksites: Organizers keep the list; the coordinators need to read it.
    ORGANIZERS: [
        "home.add_school",
        "home.change_school",
        "home.view_school",
        # Surveys (engagement.surveys): results, exports, invitation codes, themes on open answers.
        # Community partners and compact signatures (engagement.compact): partners in full; a signature
        # comes from its signer, so Organizers only read it and link it to a partner.
        *manage("engagement", "communitypartner"),
        "engagement.view_partnerstatuschange",
        "engagement.view_compactsignature",
        "engagement.change_compactsignature",
        *manage("engagement", "surveyresponse", "surveyanswer", "invitationcode", "theme"),
        # Listening sessions (engagement.listening): planning, check-in and walk-ins at the door.
        *manage("engagement", "listeningregistration"),
        # The Action Team network (engagement.network): roster, captains, conversations, campaigns. The
        # assessment scale is added to, never removed from; schools are assigned to Organizers by superusers.
        *manage("engagement", "member", "captain", "assignment", "conversation", "issue"),
        *manage("engagement", "campaign", "campaignmessage", "contact", "rosterimport"),
        "engagement.add_assessmentlevel",
        "engagement.change_assessmentlevel",
        "engagement.view_assessmentlevel",
        "engagement.view_organizerschool",
    ],
    LEARNING_COORDINATORS: [
        "home.view_school",
        # The catalog (learning.catalog): review educators' proposals, manage enrolments and attendance,
        # issue or revoke certificates, set an educator's renewal cycle.
        *manage("learning", "offeringproposal", "enrolment", "attendance", "certificate", "creditcycle"),
    ],
    # The mentor network (engagement.mentoring): review profiles, propose matches, follow mentorships.
    # No "add" or "delete": those records come from the retirees and educators themselves.
    MENTOR_COORDINATORS: [
        "home.view_school",
        "engagement.change_mentorprofile",
        "engagement.view_mentorprofile",
        "engagement.change_mentorrequest",
        "engagement.view_mentorrequest",
        "engagement.change_mentorship",
        "engagement.view_mentorship",
        "engagement.view_checkin",
    ],
    CAPTAINS: [],
    BARGAINING_LEADS: ["wagtail_localize.submit_translation", *manage("proposals", "proposaltopic")],
}

# Communications edits, publishes and translates every page.
PAGE_PERMISSIONS = {
    COMMUNICATIONS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    BARGAINING_LEADS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Roles that look after one kind of page get these page permissions on every page of that type,
# and so on everything below it: {role: {"app_label.ModelName": [codenames]}}. sync_groups applies
# them to the pages that exist; an app calls grant_page_type_permissions when such a page is
# created (engagement.surveys.signals), so that a page added later is covered too.
PAGE_TYPE_PERMISSIONS = {
    # Organizers create, edit and publish surveys: the survey index pages and the surveys under them.
    # ... and listening sessions: the index pages and the sessions under them (notes, themes, summaries).
    ORGANIZERS: {
        "engagement.SurveyIndexPage": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "engagement.ListeningSessionIndexPage": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    },
    # Learning coordinators edit and publish the catalog and every offering under it.
    LEARNING_COORDINATORS: {
        "learning.CatalogPage": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
    },
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
    grant_page_type_permissions(apps)


def grant_page_type_permissions(apps, page_ids=None):
    """Give each role of PAGE_TYPE_PERMISSIONS its permissions on the pages of its page types.

    ``page_ids`` limits it to those pages (a page just created); safe to run again. Works with the
    historical ``apps`` of a migration and with ``django.apps.apps``.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for name, page_types in PAGE_TYPE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted_model, codenames in page_types.items():
            app_label, model_name = dotted_model.split(".")
            content_type = ContentType.objects.filter(app_label=app_label, model=model_name.lower()).first()
            if content_type is None:
                continue  # the app is not migrated yet; its own migration syncs again
            pages = Page.objects.filter(content_type_id=content_type.pk)
            if page_ids is not None:
                pages = pages.filter(pk__in=page_ids)
            permissions = [_permission(apps, f"wagtailcore.{codename}") for codename in codenames]
            for page in pages:
                for permission in permissions:
                    GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
