from typing import Literal

SearchMediaClipByFaceXAcsAction = Literal["SearchMediaClipByFace"]

SEARCH_MEDIA_CLIP_BY_FACE_X_ACS_ACTION_VALUES: set[SearchMediaClipByFaceXAcsAction] = {
    "SearchMediaClipByFace",
}


def check_search_media_clip_by_face_x_acs_action(value: str) -> SearchMediaClipByFaceXAcsAction:
    if value in SEARCH_MEDIA_CLIP_BY_FACE_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_CLIP_BY_FACE_X_ACS_ACTION_VALUES!r}")
