from typing import Literal

RegisterMediaInfoXAcsVersion = Literal["2020-11-09"]

REGISTER_MEDIA_INFO_X_ACS_VERSION_VALUES: set[RegisterMediaInfoXAcsVersion] = {
    "2020-11-09",
}


def check_register_media_info_x_acs_version(value: str) -> RegisterMediaInfoXAcsVersion:
    if value in REGISTER_MEDIA_INFO_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTER_MEDIA_INFO_X_ACS_VERSION_VALUES!r}")
