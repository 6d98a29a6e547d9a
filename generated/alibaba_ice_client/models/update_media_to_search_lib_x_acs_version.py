from typing import Literal

UpdateMediaToSearchLibXAcsVersion = Literal["2020-11-09"]

UPDATE_MEDIA_TO_SEARCH_LIB_X_ACS_VERSION_VALUES: set[UpdateMediaToSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_update_media_to_search_lib_x_acs_version(value: str) -> UpdateMediaToSearchLibXAcsVersion:
    if value in UPDATE_MEDIA_TO_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_MEDIA_TO_SEARCH_LIB_X_ACS_VERSION_VALUES!r}")
