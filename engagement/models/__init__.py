# The later domains are imported from their own modules (engagement.models.listening, ...);
# importing them here registers their models with Django.
from . import compact, listening, network, stories  # noqa: F401
from .mentoring import (
    CheckIn,
    Expertise,
    MeetingFormat,
    MeetingFrequency,
    MentorNetworkPage,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
    RequestedFormat,
    RequestStatus,
    RoleHeld,
)
from .survey_exports import SurveyExportFile, SurveyExportStatus
from .surveys import (
    Audience,
    InvitationCode,
    SurveyAnswer,
    SurveyIndexPage,
    SurveyPage,
    SurveyReceipt,
    SurveyResponse,
)
from .themes import Theme

__all__ = [
    "Audience",
    "CheckIn",
    "Expertise",
    "MeetingFormat",
    "MeetingFrequency",
    "MentorNetworkPage",
    "MentorProfile",
    "MentorRequest",
    "Mentorship",
    "MentorshipStatus",
    "MentorStatus",
    "RequestedFormat",
    "RequestStatus",
    "RoleHeld",
    "InvitationCode",
    "SurveyAnswer",
    "SurveyExportFile",
    "SurveyExportStatus",
    "SurveyIndexPage",
    "SurveyPage",
    "SurveyReceipt",
    "SurveyResponse",
    "Theme",
]
