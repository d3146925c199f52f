"""Who sees prize applications: the prize staff, and each edition's jurors.

- Prize staff: superusers and holders of ``prize.manage_applications`` (the Form
  managers group, workflow.roles): every application, the ranking and its export,
  the jurors and the winners.
- A juror: holds ``prize.score_application`` (the Prize jury group) AND is named a juror
  of that call (``prize.Juror``, set by the staff): the applications of that call only,
  and their own scores. Holding one of the two is not enough.
Nobody else, whatever they may do to pages: editors, translators and the form managers'
other rights see nothing of it. The jury sees no other form submission (forms/access.py
asks for ``forms.view_submission``, which the Prize jury group does not hold).
"""

MANAGE = "prize.manage_applications"
SCORE = "prize.score_application"
PRIZE_JURY_GROUP = "Prize jury"


def is_prize_staff(user):
    return user.is_active and user.has_perm(MANAGE)


def is_juror_of(user, call):
    return user.is_active and user.has_perm(SCORE) and call.jurors.filter(user_id=user.pk).exists()


def may_see_call(user, call):
    return is_prize_staff(user) or is_juror_of(user, call)


def may_use_prize_admin(user):
    return is_prize_staff(user) or (user.has_perm(SCORE) and user.prize_juries.exists())


def calls_for(user, calls):
    """The calls of ``calls`` whose applications ``user`` may see."""
    if is_prize_staff(user):
        return calls
    if not user.is_active or not user.has_perm(SCORE):
        return calls.none()
    return calls.filter(jurors__user_id=user.pk)
