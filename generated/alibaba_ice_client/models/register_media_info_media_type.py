from typing import Literal

RegisterMediaInfoMediaType = Literal["audio", "image", "text", "video"]

REGISTER_MEDIA_INFO_MEDIA_TYPE_VALUES: set[RegisterMediaInfoMediaType] = {
    "audio",
    "image",
    "text",
    "video",
}


def check_register_media_info_media_type(value: str) -> RegisterMediaInfoMediaType:
    if value in REGISTER_MEDIA_INFO_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTER_MEDIA_INFO_MEDIA_TYPE_VALUES!r}")
