from typing import Literal

IndexJobStatus = Literal["Fail", "Running", "Success"]

INDEX_JOB_STATUS_VALUES: set[IndexJobStatus] = {
    "Fail",
    "Running",
    "Success",
}


def check_index_job_status(value: str) -> IndexJobStatus:
    if value in INDEX_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEX_JOB_STATUS_VALUES!r}")
