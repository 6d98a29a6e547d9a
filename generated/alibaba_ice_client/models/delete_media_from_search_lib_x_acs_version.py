from typing import Literal

DeleteMediaFromSearchLibXAcsVersion = Literal["2020-11-09"]

DELETE_MEDIA_FROM_SEARCH_LIB_X_ACS_VERSION_VALUES: set[DeleteMediaFromSearchLibXAcsVersion] = {
    "2020-11-09",
}


def check_delete_media_from_search_lib_x_acs_version(value: str) -> DeleteMediaFromSearchLibXAcsVersion:
    if value in DELETE_MEDIA_FROM_SEARCH_LIB_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_MEDIA_FROM_SEARCH_LIB_X_ACS_VERSION_VALUES!r}"
    )
