from typing import Literal

SearchMediaClipByFaceXAcsVersion = Literal["2020-11-09"]

SEARCH_MEDIA_CLIP_BY_FACE_X_ACS_VERSION_VALUES: set[SearchMediaClipByFaceXAcsVersion] = {
    "2020-11-09",
}


def check_search_media_clip_by_face_x_acs_version(value: str) -> SearchMediaClipByFaceXAcsVersion:
    if value in SEARCH_MEDIA_CLIP_BY_FACE_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_CLIP_BY_FACE_X_ACS_VERSION_VALUES!r}")
