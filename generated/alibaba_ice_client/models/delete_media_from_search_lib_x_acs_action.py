from typing import Literal

DeleteMediaFromSearchLibXAcsAction = Literal["DeleteMediaFromSearchLib"]

DELETE_MEDIA_FROM_SEARCH_LIB_X_ACS_ACTION_VALUES: set[DeleteMediaFromSearchLibXAcsAction] = {
    "DeleteMediaFromSearchLib",
}


def check_delete_media_from_search_lib_x_acs_action(value: str) -> DeleteMediaFromSearchLibXAcsAction:
    if value in DELETE_MEDIA_FROM_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_MEDIA_FROM_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
