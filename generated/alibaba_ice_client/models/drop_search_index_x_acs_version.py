from typing import Literal

DropSearchIndexXAcsVersion = Literal["2020-11-09"]

DROP_SEARCH_INDEX_X_ACS_VERSION_VALUES: set[DropSearchIndexXAcsVersion] = {
    "2020-11-09",
}


def check_drop_search_index_x_acs_version(value: str) -> DropSearchIndexXAcsVersion:
    if value in DROP_SEARCH_INDEX_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DROP_SEARCH_INDEX_X_ACS_VERSION_VALUES!r}")
