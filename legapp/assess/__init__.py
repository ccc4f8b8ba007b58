"""Scoring legapp's fall-risk self-tests against the clinical norms (no Qt here).

Each ``score_*`` function checks its input (ValueError with a plain message), reads the
norms from resources/clinical/norms.yaml (or ``norms=``) and returns a frozen result.
"""

from legapp.assess import results, scoring
from legapp.assess.norms import SARC_F_ITEMS, STAY_INDEPENDENT_ITEMS, Norms, NormsError, load_norms
from legapp.assess.results import *  # noqa: F403 (the result models: the names in results.__all__)
from legapp.assess.scoring import *  # noqa: F403 (a score_* function a test: scoring.__all__)

__all__ = ["SARC_F_ITEMS", "STAY_INDEPENDENT_ITEMS", "Norms", "NormsError", "load_norms"]
__all__ += results.__all__ + scoring.__all__
