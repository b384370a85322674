"""Factories for the proposals app."""

import datetime

import factory
import wagtail_factories

from proposals.models import (
    AgreementPage,
    BargainingIndexPage,
    BargainingSessionPage,
    PlatformPage,
    PlatformPlank,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatusChange,
    ProposalTopic,
    VisionPage,
)


class ProposalTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProposalTopic

    name = factory.Sequence(lambda n: f"Proposal topic {n}")
    slug = factory.Sequence(lambda n: f"proposal-topic-{n}")


class VisionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = VisionPage

    title = "Our vision"
    slug = "vision"
    intro = "What we believe schools can be."


class PlatformPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PlatformPage

    title = "Our platform"
    slug = "platform"
    intro = "Five commitments for our schools."


class ProposalIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProposalIndexPage

    title = "Contract proposals"
    slug = "proposals"


class ProposalPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProposalPage

    title = factory.Sequence(lambda n: f"Proposal {n}")
    article_number = factory.Sequence(lambda n: f"Article {n:03d}")
    summary = "What the proposal does, in plain words."
    why_it_matters = "<p>Students learn better when this is fixed.</p>"
    contract_language = "<p>The district shall provide a nurse in every school.</p>"


class BargainingIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BargainingIndexPage

    title = "Bargaining updates"
    slug = "bargaining"


class BargainingSessionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BargainingSessionPage

    title = factory.Sequence(lambda n: f"Session {n}")
    date = factory.Sequence(
        lambda n: datetime.datetime(2026, 9, 1, 17, 0, tzinfo=datetime.UTC) + datetime.timedelta(days=7 * n)
    )
    location = "District office, Room 4"
    summary = "<p>We presented our proposals on class size.</p>"


class AgreementPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AgreementPage

    title = "Collective bargaining agreement"
    slug = "agreement"
    effective_from = datetime.date(2024, 7, 1)
    effective_until = datetime.date(2027, 6, 30)
    articles = [
        (
            "article",
            {
                "number": "1",
                "title": "Recognition",
                "sections": [{"number": "1.1", "title": "Bargaining unit", "text": "<p>All teachers.</p>"}],
            },
        ),
        (
            "article",
            {
                "number": "12",
                "title": "Class size",
                "sections": [
                    {"number": "12.1", "title": "Limits", "text": "<p>No class shall exceed 25 students.</p>"},
                    {"number": "12.2", "title": "Relief", "text": "<p>Oversized classes get an aide.</p>"},
                ],
            },
        ),
    ]


def add_plank(platform, title, slug, **fields):
    plank = PlatformPlank(
        page=platform,
        title=title,
        slug=slug,
        summary=fields.pop("summary", "Why it matters."),
        sort_order=len(platform.planks.all()),
    )
    for name, value in fields.items():
        setattr(plank, name, value)
    platform.planks.add(plank)
    platform.save_revision().publish()
    return PlatformPlank.objects.get(page=platform, slug=slug)


def make_proposal(index, *, steps=(("drafted", datetime.date(2026, 8, 1)),), **fields):
    """A published proposal whose timeline has the given (status, date) or (status, date, note) steps."""
    proposal = ProposalPageFactory.build(**fields)
    for status, date, *note in steps:
        proposal.timeline.add(ProposalStatusChange(status=status, date=date, note=note[0] if note else ""))
    index.add_child(instance=proposal)
    proposal.save_revision().publish()
    return ProposalPage.objects.get(pk=proposal.pk)
