from typing import Literal

SearchMediaByAiLabelMatchingMode = Literal["fuzzy", "precise"]

SEARCH_MEDIA_BY_AI_LABEL_MATCHING_MODE_VALUES: set[SearchMediaByAiLabelMatchingMode] = {
    "fuzzy",
    "precise",
}


def check_search_media_by_ai_label_matching_mode(value: str) -> SearchMediaByAiLabelMatchingMode:
    if value in SEARCH_MEDIA_BY_AI_LABEL_MATCHING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_AI_LABEL_MATCHING_MODE_VALUES!r}")
