"""The join and cooperation forms: pages, their translatable fields, submissions, settings."""

from .fields import AllianceFormField, CooperationFormField, JoinFormField
from .pages import AllianceFormPage, CooperationFormPage, JoinFormPage
from .settings import FormsSettings
from .submissions import Submission

__all__ = [
    "AllianceFormField",
    "AllianceFormPage",
    "CooperationFormField",
    "CooperationFormPage",
    "FormsSettings",
    "JoinFormField",
    "JoinFormPage",
    "Submission",
]
