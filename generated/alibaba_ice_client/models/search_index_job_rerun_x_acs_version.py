from typing import Literal

SearchIndexJobRerunXAcsVersion = Literal["2020-11-09"]

SEARCH_INDEX_JOB_RERUN_X_ACS_VERSION_VALUES: set[SearchIndexJobRerunXAcsVersion] = {
    "2020-11-09",
}


def check_search_index_job_rerun_x_acs_version(value: str) -> SearchIndexJobRerunXAcsVersion:
    if value in SEARCH_INDEX_JOB_RERUN_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_INDEX_JOB_RERUN_X_ACS_VERSION_VALUES!r}")
