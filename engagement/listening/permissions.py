"""Who may see the people registered for listening sessions (checked on the server, in every view).

Organizers hold these (home.roles). Nobody else sees a registration: not Captains, not visitors,
not staff of other groups; a registrant sees their own through their private link only.
"""

VIEW_REGISTRATIONS = "engagement.view_listeningregistration"
CHECK_IN = "engagement.change_listeningregistration"
ADD_WALK_IN = "engagement.add_listeningregistration"


def can_plan(user):
    """Head counts, the list of people registered and the CSV export."""
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_REGISTRATIONS)


def can_check_in(user):
    return can_plan(user) and user.has_perm(CHECK_IN)


def can_add_walk_in(user):
    return can_check_in(user) and user.has_perm(ADD_WALK_IN)
