from typing import Literal

IndexStatus = Literal["Active", "Deactive"]

INDEX_STATUS_VALUES: set[IndexStatus] = {
    "Active",
    "Deactive",
}


def check_index_status(value: str) -> IndexStatus:
    if value in INDEX_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEX_STATUS_VALUES!r}")
