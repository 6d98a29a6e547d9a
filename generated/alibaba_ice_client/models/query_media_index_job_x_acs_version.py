from typing import Literal

QueryMediaIndexJobXAcsVersion = Literal["2020-11-09"]

QUERY_MEDIA_INDEX_JOB_X_ACS_VERSION_VALUES: set[QueryMediaIndexJobXAcsVersion] = {
    "2020-11-09",
}


def check_query_media_index_job_x_acs_version(value: str) -> QueryMediaIndexJobXAcsVersion:
    if value in QUERY_MEDIA_INDEX_JOB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_MEDIA_INDEX_JOB_X_ACS_VERSION_VALUES!r}")
