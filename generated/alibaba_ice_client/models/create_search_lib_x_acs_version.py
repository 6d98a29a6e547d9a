from typing import Literal

CreateSearchLibXAcsVersion = Literal["2020-11-09"]

CREATE_SEARCH_LIB_X_ACS_VERSION_VALUES: set[CreateSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_create_search_lib_x_acs_version(value: str) -> CreateSearchLibXAcsVersion:
    if value in CREATE_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
