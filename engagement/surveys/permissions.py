"""Who may read survey results and the people behind them (checked on the server, in every view).

Organizers hold all of these (home/roles.py). Contact details need more than reading results:
they are for the staff who may change responses, and every look at them is logged (home.audit).
"""

VIEW_RESULTS = "engagement.view_surveyresponse"
SEE_CONTACT_DETAILS = "engagement.change_surveyresponse"
TAG_ANSWERS = "engagement.change_surveyanswer"
VIEW_INVITATIONS = "engagement.view_invitationcode"
ADD_INVITATIONS = "engagement.add_invitationcode"


def can_view_results(user):
    return user.is_authenticated and user.has_perm(VIEW_RESULTS)


def can_see_contact_details(user):
    return can_view_results(user) and user.has_perm(SEE_CONTACT_DETAILS)


def can_tag_answers(user):
    return can_view_results(user) and user.has_perm(TAG_ANSWERS)


def can_view_invitations(user):
    return user.is_authenticated and user.has_perm(VIEW_INVITATIONS)


def can_add_invitations(user):
    return can_view_invitations(user) and user.has_perm(ADD_INVITATIONS)


def can_use_survey_admin(user):
    """Whether the Surveys menu has anything for this user."""
    return can_view_results(user) or can_view_invitations(user)
