from .applications import Application, Juror, Score
from .pages import PrizeCallPage, PrizeCriterion

__all__ = ["Application", "Juror", "PrizeCallPage", "PrizeCriterion", "Score"]
