"""Who may read and moderate story submissions: Communications (home.roles) and superusers."""

READ_PERMISSION = "engagement.view_storysubmission"
MODERATE_PERMISSION = "engagement.change_storysubmission"


def _active(user):
    return user.is_authenticated and user.is_active


def can_read_submissions(user):
    return _active(user) and (user.is_superuser or user.has_perm(READ_PERMISSION))


def can_moderate_stories(user):
    """Approving a story also creates a page, so the moderator needs to be able to add pages too
    (Communications can, everywhere)."""
    return _active(user) and (user.is_superuser or user.has_perm(MODERATE_PERMISSION))
