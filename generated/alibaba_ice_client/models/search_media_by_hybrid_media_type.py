from typing import Literal

SearchMediaByHybridMediaType = Literal["image", "video"]

SEARCH_MEDIA_BY_HYBRID_MEDIA_TYPE_VALUES: set[SearchMediaByHybridMediaType] = {
    "image",
    "video",
}


def check_search_media_by_hybrid_media_type(value: str) -> SearchMediaByHybridMediaType:
    if value in SEARCH_MEDIA_BY_HYBRID_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_HYBRID_MEDIA_TYPE_VALUES!r}")
