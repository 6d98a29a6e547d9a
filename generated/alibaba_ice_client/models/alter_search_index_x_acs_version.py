from typing import Literal

AlterSearchIndexXAcsVersion = Literal["2020-11-09"]

ALTER_SEARCH_INDEX_X_ACS_VERSION_VALUES: set[AlterSearchIndexXAcsVersion] = {
    "2020-11-09",
}


def check_alter_search_index_x_acs_version(value: str) -> AlterSearchIndexXAcsVersion:
    if value in ALTER_SEARCH_INDEX_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALTER_SEARCH_INDEX_X_ACS_VERSION_VALUES!r}")
