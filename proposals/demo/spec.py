"""The shapes of the proposals demo, on top of ``home.demo.spec``.

A page is still a ``PageSpec`` (its ``fields`` set as they are, ``body`` the StreamField); the
subclasses here add what a proposals page carries beside its fields: the planks of the platform,
the timeline and community input of a proposal, the proposals a bargaining session discussed.
"""

import datetime
from dataclasses import dataclass, field

from home.demo.spec import PageRef, PageSpec, RichText, Text, stream_blocks


@dataclass
class PlankSpec:
    """A plank of the platform (a ``PlatformPlank``); ``slug`` is its anchor, the same in every language."""

    slug: str
    title: Text
    summary: Text
    commitments: list

    def commitments_stream(self):
        return stream_blocks([("commitment", commitment) for commitment in self.commitments], f"platform/{self.slug}")

    def translatable_values(self):
        return [self.title, self.summary, self.commitments]


@dataclass
class PlatformSpec(PageSpec):
    planks: list = field(default_factory=list)

    def translatable_values(self):
        return [*super().translatable_values(), *(plank.translatable_values() for plank in self.planks)]


@dataclass(frozen=True)
class Step:
    """A dated step of a proposal's timeline; the status and date are the same in every language."""

    status: str
    date: datetime.date
    note: Text


@dataclass(frozen=True)
class HeardSpec:
    """Community input behind a proposal ("What we heard"), from a page of the demo when ``source`` is set."""

    kind: str
    summary: Text
    source: PageRef | None = None


@dataclass
class ProposalSpec(PageSpec):
    """A contract proposal. ``topic`` and ``plank`` are slugs (of a ``ProposalTopic`` and a plank).

    With ``first_contract_language``, the proposal is first published (and translated) with that
    text, then with ``fields["contract_language"]``: two published versions, so the page shows
    what changed between them, in every language.
    """

    topic: str = ""
    plank: str = ""
    timeline: list = field(default_factory=list)
    heard: list = field(default_factory=list)
    first_contract_language: RichText | None = None

    def translatable_values(self):
        return [
            *super().translatable_values(),
            self.first_contract_language,
            [step.note for step in self.timeline],
            [item.summary for item in self.heard],
        ]


@dataclass
class SessionSpec(PageSpec):
    """A bargaining session; ``proposals_discussed`` are slugs of proposals of the demo."""

    proposals_discussed: tuple = ()
