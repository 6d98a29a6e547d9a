from typing import Literal

SearchMediaByFaceXAcsAction = Literal["SearchMediaByFace"]

SEARCH_MEDIA_BY_FACE_X_ACS_ACTION_VALUES: set[SearchMediaByFaceXAcsAction] = {
    "SearchMediaByFace",
}


def check_search_media_by_face_x_acs_action(value: str) -> SearchMediaByFaceXAcsAction:
    if value in SEARCH_MEDIA_BY_FACE_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_FACE_X_ACS_ACTION_VALUES!r}")
