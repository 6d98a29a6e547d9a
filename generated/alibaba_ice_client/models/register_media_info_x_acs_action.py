from typing import Literal

RegisterMediaInfoXAcsAction = Literal["RegisterMediaInfo"]

REGISTER_MEDIA_INFO_X_ACS_ACTION_VALUES: set[RegisterMediaInfoXAcsAction] = {
    "RegisterMediaInfo",
}


def check_register_media_info_x_acs_action(value: str) -> RegisterMediaInfoXAcsAction:
    if value in REGISTER_MEDIA_INFO_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTER_MEDIA_INFO_X_ACS_ACTION_VALUES!r}")
