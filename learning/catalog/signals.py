"""Signals of the catalog.

Catalog pages come with their page permissions for Learning coordinators
(home.roles.PAGE_TYPE_PERMISSIONS): the roles' data migration covers the catalog pages that exist
when it runs; this covers the ones made later (a new site, the demo content, a translation).
"""

from django.apps import apps
from django.db.models.signals import post_save

from home.roles import grant_page_type_permissions
from learning.models.catalog import CatalogPage


def grant_catalog_permissions(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_page_type_permissions(apps, page_ids=[instance.pk])


def connect():
    post_save.connect(grant_catalog_permissions, sender=CatalogPage, dispatch_uid="catalog-page-permissions")
