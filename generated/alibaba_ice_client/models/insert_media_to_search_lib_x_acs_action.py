from typing import Literal

InsertMediaToSearchLibXAcsAction = Literal["InsertMediaToSearchLib"]

INSERT_MEDIA_TO_SEARCH_LIB_X_ACS_ACTION_VALUES: set[InsertMediaToSearchLibXAcsAction] = {
    "InsertMediaToSearchLib",
}


def check_insert_media_to_search_lib_x_acs_action(value: str) -> InsertMediaToSearchLibXAcsAction:
    if value in INSERT_MEDIA_TO_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSERT_MEDIA_TO_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
