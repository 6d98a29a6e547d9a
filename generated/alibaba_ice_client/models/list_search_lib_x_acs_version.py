from typing import Literal

ListSearchLibXAcsVersion = Literal["2020-11-09"]

LIST_SEARCH_LIB_X_ACS_VERSION_VALUES: set[ListSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_list_search_lib_x_acs_version(value: str) -> ListSearchLibXAcsVersion:
    if value in LIST_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
