from typing import Literal

SearchMediaByMultimodalXAcsAction = Literal["SearchMediaByMultimodal"]

SEARCH_MEDIA_BY_MULTIMODAL_X_ACS_ACTION_VALUES: set[SearchMediaByMultimodalXAcsAction] = {
    "SearchMediaByMultimodal",
}


def check_search_media_by_multimodal_x_acs_action(value: str) -> SearchMediaByMultimodalXAcsAction:
    if value in SEARCH_MEDIA_BY_MULTIMODAL_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_MULTIMODAL_X_ACS_ACTION_VALUES!r}")
