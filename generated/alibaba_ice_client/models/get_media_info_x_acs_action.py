from typing import Literal

GetMediaInfoXAcsAction = Literal["GetMediaInfo"]

GET_MEDIA_INFO_X_ACS_ACTION_VALUES: set[GetMediaInfoXAcsAction] = {
    "GetMediaInfo",
}


def check_get_media_info_x_acs_action(value: str) -> GetMediaInfoXAcsAction:
    if value in GET_MEDIA_INFO_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INFO_X_ACS_ACTION_VALUES!r}")
