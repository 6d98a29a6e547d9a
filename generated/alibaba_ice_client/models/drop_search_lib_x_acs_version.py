from typing import Literal

DropSearchLibXAcsVersion = Literal["2020-11-09"]

DROP_SEARCH_LIB_X_ACS_VERSION_VALUES: set[DropSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_drop_search_lib_x_acs_version(value: str) -> DropSearchLibXAcsVersion:
    if value in DROP_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DROP_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
