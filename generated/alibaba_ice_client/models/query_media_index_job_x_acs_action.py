from typing import Literal

QueryMediaIndexJobXAcsAction = Literal["QueryMediaIndexJob"]

QUERY_MEDIA_INDEX_JOB_X_ACS_ACTION_VALUES: set[QueryMediaIndexJobXAcsAction] = {
    "QueryMediaIndexJob",
}


def check_query_media_index_job_x_acs_action(value: str) -> QueryMediaIndexJobXAcsAction:
    if value in QUERY_MEDIA_INDEX_JOB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_MEDIA_INDEX_JOB_X_ACS_ACTION_VALUES!r}")
