from typing import Literal

AlterSearchLibXAcsVersion = Literal["2020-11-09"]

ALTER_SEARCH_LIB_X_ACS_VERSION_VALUES: set[AlterSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_alter_search_lib_x_acs_version(value: str) -> AlterSearchLibXAcsVersion:
    if value in ALTER_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALTER_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
