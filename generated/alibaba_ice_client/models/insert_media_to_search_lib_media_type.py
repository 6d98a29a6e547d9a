from typing import Literal

InsertMediaToSearchLibMediaType = Literal["audio", "image", "video"]

INSERT_MEDIA_TO_SEARCH_LIB_MEDIA_TYPE_VALUES: set[InsertMediaToSearchLibMediaType] = {
    "audio",
    "image",
    "video",
}


def check_insert_media_to_search_lib_media_type(value: str) -> InsertMediaToSearchLibMediaType:
    if value in INSERT_MEDIA_TO_SEARCH_LIB_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSERT_MEDIA_TO_SEARCH_LIB_MEDIA_TYPE_VALUES!r}")
