"""Factories for the portfolio tests: entries, evidence, collections, comments, and image files."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import factory
from PIL import Image

from home.choices import MemberRole
from learning.models.portfolios import (
    CollectionItem,
    Evidence,
    EvidenceKind,
    PortfolioCollection,
    PortfolioComment,
    PortfolioEntry,
    Visibility,
    new_share_token,
)
from tests.factories import UserFactory


class EducatorFactory(UserFactory):
    first_name = factory.Sequence(lambda n: f"Teacher{n}")
    last_name = "Haddad"
    member_role = MemberRole.EDUCATOR


class EntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PortfolioEntry

    owner = factory.SubFactory(EducatorFactory)
    title = factory.Sequence(lambda n: f"Number talks in grade four, week {n}")
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))
    reflection = "<p>The quiet students spoke first when the talk started from a picture.</p>"
    standards = factory.LazyFunction(lambda: ["inquiry", "documented"])
    subject = "math"
    hours = 2
    visibility = Visibility.PRIVATE


def shared_by_link(shared, days=7):
    shared.visibility = Visibility.LINK
    shared.share_token = new_share_token()
    shared.link_expires_on = timezone.localdate() + datetime.timedelta(days=days)
    shared.save()
    return shared


class CollectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PortfolioCollection

    owner = factory.SubFactory(EducatorFactory)
    title = factory.Sequence(lambda n: f"A year of questions {n}")
    description = "How my maths lessons changed this year."


def add_to_collection(collection, *entries):
    start = CollectionItem.objects.filter(collection=collection).count()
    for index, entry in enumerate(entries, start=start + 1):
        CollectionItem.objects.create(collection=collection, entry=entry, position=index)


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PortfolioComment

    author = factory.SubFactory(EducatorFactory)
    body = "Thank you for sharing the picture prompts; I will try them."


def image_bytes(size=(64, 48), color=(200, 80, 40), format="JPEG", exif=None):
    output = io.BytesIO()
    image = Image.new("RGB", size, color)
    if exif is not None:
        image.save(output, format=format, exif=exif)
    else:
        image.save(output, format=format)
    return output.getvalue()


def jpeg_upload(name="classroom.jpg", **kwargs):
    return SimpleUploadedFile(name, image_bytes(**kwargs), content_type="image/jpeg")


def add_photo(entry, title="Our number line on the wall", size=(64, 48)):
    evidence = Evidence(
        entry=entry, kind=EvidenceKind.IMAGE, title=title, content_type="image/jpeg", width=size[0], height=size[1]
    )
    data = image_bytes(size=size)
    evidence.size = len(data)
    evidence.file.save("photo.jpg", ContentFile(data), save=False)
    evidence.save()
    return evidence


def add_pdf(entry, title="Lesson plan"):
    evidence = Evidence(entry=entry, kind=EvidenceKind.PDF, title=title, content_type="application/pdf")
    data = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    evidence.size = len(data)
    evidence.file.save("plan.pdf", ContentFile(data), save=False)
    evidence.save()
    return evidence
