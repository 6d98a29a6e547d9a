from typing import Literal

SearchMediaByAiLabelMediaType = Literal["audio", "image", "video"]

SEARCH_MEDIA_BY_AI_LABEL_MEDIA_TYPE_VALUES: set[SearchMediaByAiLabelMediaType] = {
    "audio",
    "image",
    "video",
}


def check_search_media_by_ai_label_media_type(value: str) -> SearchMediaByAiLabelMediaType:
    if value in SEARCH_MEDIA_BY_AI_LABEL_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_AI_LABEL_MEDIA_TYPE_VALUES!r}")
