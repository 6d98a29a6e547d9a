from typing import Literal

GetMediaInfoXAcsVersion = Literal["2020-11-09"]

GET_MEDIA_INFO_X_ACS_VERSION_VALUES: set[GetMediaInfoXAcsVersion] = {
    "2020-11-09",
}


def check_get_media_info_x_acs_version(value: str) -> GetMediaInfoXAcsVersion:
    if value in GET_MEDIA_INFO_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INFO_X_ACS_VERSION_VALUES!r}")
