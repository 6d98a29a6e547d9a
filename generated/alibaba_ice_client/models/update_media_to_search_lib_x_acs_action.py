from typing import Literal

UpdateMediaToSearchLibXAcsAction = Literal["UpdateMediaToSearchLib"]

UPDATE_MEDIA_TO_SEARCH_LIB_X_ACS_ACTION_VALUES: set[UpdateMediaToSearchLibXAcsAction] = {
    "UpdateMediaToSearchLib",
}


def check_update_media_to_search_lib_x_acs_action(value: str) -> UpdateMediaToSearchLibXAcsAction:
    if value in UPDATE_MEDIA_TO_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_MEDIA_TO_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
