"""Scoring legapp's fall-risk self-tests against the clinical norms (no Qt here).

Each ``score_*`` function checks its input (ValueError with a plain message), reads the
norms from resources/clinical/norms.yaml (or ``norms=``) and returns a frozen result.
"""

from legapp.assess import performance, results, scoring, screening
from legapp.assess.norms import (
    KEY_QUESTIONS,
    SARC_F_ITEMS,
    SHORT_FES_I_ITEMS,
    STAY_INDEPENDENT_ITEMS,
    Norms,
    NormsError,
    load_norms,
)
from legapp.assess.performance import *  # noqa: F403 (walking speed and the SPPB: performance.__all__)
from legapp.assess.results import *  # noqa: F403 (the result models: the names in results.__all__)
from legapp.assess.scoring import *  # noqa: F403 (a score_* function a test: scoring.__all__)
from legapp.assess.screening import *  # noqa: F403 (fear of falling, STEADI's screen: screening.__all__)

__all__ = ["KEY_QUESTIONS", "SARC_F_ITEMS", "SHORT_FES_I_ITEMS", "STAY_INDEPENDENT_ITEMS", "Norms",
           "NormsError", "load_norms"]
__all__ += results.__all__ + scoring.__all__ + performance.__all__ + screening.__all__
