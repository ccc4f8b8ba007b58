"""Scoring legapp's fall-risk self-tests against the clinical norms (no Qt here).

Each ``score_*`` function checks its input (ValueError with a plain message), reads the
norms from resources/clinical/norms.yaml (or ``norms=``) and returns a frozen result.
"""

from legapp.assess.norms import SARC_F_ITEMS, STAY_INDEPENDENT_ITEMS, Norms, NormsError, load_norms
from legapp.assess.results import (
    MEANINGS,
    AgeReference,
    BalanceResult,
    Band,
    ChairStandResult,
    FiveTimesStsResult,
    OtherCutoff,
    Result,
    SarcFResult,
    StayIndependentResult,
    Threshold,
    TugResult,
)
from legapp.assess.scoring import (
    score_balance_4stage,
    score_chair_stand_30s,
    score_five_times_sts,
    score_sarc_f,
    score_stay_independent,
    score_tug,
)

__all__ = [
    "MEANINGS",
    "SARC_F_ITEMS",
    "STAY_INDEPENDENT_ITEMS",
    "AgeReference",
    "BalanceResult",
    "Band",
    "ChairStandResult",
    "FiveTimesStsResult",
    "Norms",
    "NormsError",
    "OtherCutoff",
    "Result",
    "SarcFResult",
    "StayIndependentResult",
    "Threshold",
    "TugResult",
    "load_norms",
    "score_balance_4stage",
    "score_chair_stand_30s",
    "score_five_times_sts",
    "score_sarc_f",
    "score_stay_independent",
    "score_tug",
]
