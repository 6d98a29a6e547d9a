from typing import Literal

SearchMediaByHybridXAcsAction = Literal["SearchMediaByHybrid"]

SEARCH_MEDIA_BY_HYBRID_X_ACS_ACTION_VALUES: set[SearchMediaByHybridXAcsAction] = {
    "SearchMediaByHybrid",
}


def check_search_media_by_hybrid_x_acs_action(value: str) -> SearchMediaByHybridXAcsAction:
    if value in SEARCH_MEDIA_BY_HYBRID_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_HYBRID_X_ACS_ACTION_VALUES!r}")
