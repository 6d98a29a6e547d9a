from typing import Literal

SearchMediaXAcsAction = Literal["SearchMedia"]

SEARCH_MEDIA_X_ACS_ACTION_VALUES: set[SearchMediaXAcsAction] = {
    "SearchMedia",
}


def check_search_media_x_acs_action(value: str) -> SearchMediaXAcsAction:
    if value in SEARCH_MEDIA_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_X_ACS_ACTION_VALUES!r}")
