from typing import Literal

SearchMediaByMultimodalXAcsVersion = Literal["2020-11-09"]

SEARCH_MEDIA_BY_MULTIMODAL_X_ACS_VERSION_VALUES: set[SearchMediaByMultimodalXAcsVersion] = {
    "2020-11-09",
}


def check_search_media_by_multimodal_x_acs_version(value: str) -> SearchMediaByMultimodalXAcsVersion:
    if value in SEARCH_MEDIA_BY_MULTIMODAL_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_MULTIMODAL_X_ACS_VERSION_VALUES!r}")
