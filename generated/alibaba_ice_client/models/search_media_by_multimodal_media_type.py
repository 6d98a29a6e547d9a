from typing import Literal

SearchMediaByMultimodalMediaType = Literal["image", "video"]

SEARCH_MEDIA_BY_MULTIMODAL_MEDIA_TYPE_VALUES: set[SearchMediaByMultimodalMediaType] = {
    "image",
    "video",
}


def check_search_media_by_multimodal_media_type(value: str) -> SearchMediaByMultimodalMediaType:
    if value in SEARCH_MEDIA_BY_MULTIMODAL_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_MULTIMODAL_MEDIA_TYPE_VALUES!r}")
