from typing import Literal

SearchMediaByFaceXAcsVersion = Literal["2020-11-09"]

SEARCH_MEDIA_BY_FACE_X_ACS_VERSION_VALUES: set[SearchMediaByFaceXAcsVersion] = {
    "2020-11-09",
}


def check_search_media_by_face_x_acs_version(value: str) -> SearchMediaByFaceXAcsVersion:
    if value in SEARCH_MEDIA_BY_FACE_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_FACE_X_ACS_VERSION_VALUES!r}")
