from typing import Literal

SearchIndexJobRerunXAcsAction = Literal["SearchIndexJobRerun"]

SEARCH_INDEX_JOB_RERUN_X_ACS_ACTION_VALUES: set[SearchIndexJobRerunXAcsAction] = {
    "SearchIndexJobRerun",
}


def check_search_index_job_rerun_x_acs_action(value: str) -> SearchIndexJobRerunXAcsAction:
    if value in SEARCH_INDEX_JOB_RERUN_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_INDEX_JOB_RERUN_X_ACS_ACTION_VALUES!r}")
