"""The proposals demo content, English with its six translations side by side, one module per page type.

``PAGES`` go under the home page, in this order (parents before children, proposals before the
sessions that discussed them); ``MAIN_MENU_PAGES`` join the "main" menu after ``MAIN_MENU_AFTER``.
"""

from .agreement import AGREEMENT
from .bargaining import BARGAINING_INDEX
from .platform import PLATFORM
from .proposals import PROPOSAL_INDEX, TOPICS
from .vision import VISION

PAGES = [VISION, PLATFORM, PROPOSAL_INDEX, BARGAINING_INDEX, AGREEMENT]
MAIN_MENU_PAGES = ("vision", "platform", "proposals", "bargaining")
MAIN_MENU_AFTER = "about"

__all__ = ["MAIN_MENU_AFTER", "MAIN_MENU_PAGES", "PAGES", "TOPICS"]
