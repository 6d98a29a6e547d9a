from typing import Literal

SearchMediaByAiLabelSortBy = Literal["CreationTime:Asc", "CreationTime:Desc"]

SEARCH_MEDIA_BY_AI_LABEL_SORT_BY_VALUES: set[SearchMediaByAiLabelSortBy] = {
    "CreationTime:Asc",
    "CreationTime:Desc",
}


def check_search_media_by_ai_label_sort_by(value: str) -> SearchMediaByAiLabelSortBy:
    if value in SEARCH_MEDIA_BY_AI_LABEL_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_AI_LABEL_SORT_BY_VALUES!r}")
