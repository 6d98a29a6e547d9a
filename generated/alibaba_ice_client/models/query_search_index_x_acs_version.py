from typing import Literal

QuerySearchIndexXAcsVersion = Literal["2020-11-09"]

QUERY_SEARCH_INDEX_X_ACS_VERSION_VALUES: set[QuerySearchIndexXAcsVersion] = {
    "2020-11-09",
}


def check_query_search_index_x_acs_version(value: str) -> QuerySearchIndexXAcsVersion:
    if value in QUERY_SEARCH_INDEX_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_SEARCH_INDEX_X_ACS_VERSION_VALUES!r}")
