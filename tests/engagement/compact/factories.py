"""Factories for the compact's tests: partners, compact pages in several languages, signatures."""

from django.contrib.auth.models import Group
from django.utils import timezone

import factory

from engagement.models.compact import CommunityPartner, CompactPage, CompactSignature, PartnerStatus, SignerKind
from home.choices import MemberRole
from home.roles import ORGANIZERS
from tests.factories import UserFactory, translate_page


class CommunityPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommunityPartner

    name = factory.Sequence(lambda n: f"Neighbourhood group {n}")
    kind = "neighbourhood"
    status = PartnerStatus.PROPOSED
    contact_name = "Rosa Parra"
    email = factory.Sequence(lambda n: f"group{n}@example.org")
    phone = "555-0100"
    languages = factory.LazyFunction(lambda: ["en", "es"])


def make_compact(parent, title="Community compact", slug="our-compact", languages=()):
    """A published compact page under ``parent``, with its translations into ``languages``."""
    page = CompactPage(title=title, slug=slug, intro="<p>We stand together for our schools.</p>")
    parent.add_child(instance=page)
    page.save_revision().publish()
    pages = {"en": CompactPage.objects.get(pk=page.pk)}
    for code in languages:
        pages[code] = translate_page(page, code, title=f"{title} ({code})")
    return pages


class SignatureFactory(factory.django.DjangoModelFactory):
    """A verified individual's signature of ``compact_page`` (pass it), with their name hidden."""

    class Meta:
        model = CompactSignature

    compact_page = None
    compact_key = factory.LazyAttribute(lambda o: o.compact_page.translation_key)
    kind = SignerKind.INDIVIDUAL
    name = factory.Sequence(lambda n: f"Signer {n}")
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    language = "en"
    verified_at = factory.LazyFunction(timezone.now)


def make_organizer(**fields):
    user = UserFactory(member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=ORGANIZERS))
    return user


def make_staff(group_name, **fields):
    user = UserFactory(member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user
