from typing import Literal

GetMediaInfoOutputType = Literal["cdn", "oss"]

GET_MEDIA_INFO_OUTPUT_TYPE_VALUES: set[GetMediaInfoOutputType] = {
    "cdn",
    "oss",
}


def check_get_media_info_output_type(value: str) -> GetMediaInfoOutputType:
    if value in GET_MEDIA_INFO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INFO_OUTPUT_TYPE_VALUES!r}")
