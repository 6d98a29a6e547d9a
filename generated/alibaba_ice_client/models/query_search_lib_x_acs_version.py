from typing import Literal

QuerySearchLibXAcsVersion = Literal["2020-11-09"]

QUERY_SEARCH_LIB_X_ACS_VERSION_VALUES: set[QuerySearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_query_search_lib_x_acs_version(value: str) -> QuerySearchLibXAcsVersion:
    if value in QUERY_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
