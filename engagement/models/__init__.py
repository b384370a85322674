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
    "InvitationCode",
    "SurveyAnswer",
    "SurveyIndexPage",
    "SurveyPage",
    "SurveyReceipt",
    "SurveyResponse",
    "Theme",
]
