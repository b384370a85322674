from .navigation import FooterContent, NavigationItem, NavigationMenu
from .news import NewsIndexPage, NewsPage, NewsTopic
from .pages import HomePage, StandardPage
from .schools import School
from .users import User

__all__ = [
    "FooterContent",
    "HomePage",
    "NavigationItem",
    "NavigationMenu",
    "NewsIndexPage",
    "NewsPage",
    "NewsTopic",
    "School",
    "StandardPage",
    "User",
]
