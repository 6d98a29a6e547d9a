from typing import Literal

InsertMediaToSearchLibXAcsVersion = Literal["2020-11-09"]

INSERT_MEDIA_TO_SEARCH_LIB_X_ACS_VERSION_VALUES: set[InsertMediaToSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_insert_media_to_search_lib_x_acs_version(value: str) -> InsertMediaToSearchLibXAcsVersion:
    if value in INSERT_MEDIA_TO_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSERT_MEDIA_TO_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
