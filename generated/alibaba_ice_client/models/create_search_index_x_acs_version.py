from typing import Literal

CreateSearchIndexXAcsVersion = Literal["2020-11-09"]

CREATE_SEARCH_INDEX_X_ACS_VERSION_VALUES: set[CreateSearchIndexXAcsVersion] = {
    "2020-11-09",
}


def check_create_search_index_x_acs_version(value: str) -> CreateSearchIndexXAcsVersion:
    if value in CREATE_SEARCH_INDEX_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SEARCH_INDEX_X_ACS_VERSION_VALUES!r}")
