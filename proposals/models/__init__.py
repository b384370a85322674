from .agreement import AgreementPage
from .bargaining import BargainingIndexPage, BargainingSessionPage
from .platform import PlatformPage, PlatformPlank
from .proposals import (
    ProposalCommunityInput,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatus,
    ProposalStatusChange,
    ProposalTopic,
)
from .vision import VisionPage

__all__ = [
    "AgreementPage",
    "BargainingIndexPage",
    "BargainingSessionPage",
    "PlatformPage",
    "PlatformPlank",
    "ProposalCommunityInput",
    "ProposalIndexPage",
    "ProposalPage",
    "ProposalStatus",
    "ProposalStatusChange",
    "ProposalTopic",
    "VisionPage",
]
