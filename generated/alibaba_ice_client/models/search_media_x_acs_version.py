from typing import Literal

SearchMediaXAcsVersion = Literal["2020-11-09"]

SEARCH_MEDIA_X_ACS_VERSION_VALUES: set[SearchMediaXAcsVersion] = {
    "2020-11-09",
}


def check_search_media_x_acs_version(value: str) -> SearchMediaXAcsVersion:
    if value in SEARCH_MEDIA_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_X_ACS_VERSION_VALUES!r}")
