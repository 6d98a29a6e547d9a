from typing import Literal

SearchMediaByHybridXAcsVersion = Literal["2020-11-09"]

SEARCH_MEDIA_BY_HYBRID_X_ACS_VERSION_VALUES: set[SearchMediaByHybridXAcsVersion] = {
    "2020-11-09",
}


def check_search_media_by_hybrid_x_acs_version(value: str) -> SearchMediaByHybridXAcsVersion:
    if value in SEARCH_MEDIA_BY_HYBRID_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_HYBRID_X_ACS_VERSION_VALUES!r}")
