from typing import Literal

SearchMediaByAiLabelMultimodalSearchType = Literal["AiCategory", "FullSearch", "Ocr", "PersonName"]

SEARCH_MEDIA_BY_AI_LABEL_MULTIMODAL_SEARCH_TYPE_VALUES: set[SearchMediaByAiLabelMultimodalSearchType] = {
    "AiCategory",
    "FullSearch",
    "Ocr",
    "PersonName",
}


def check_search_media_by_ai_label_multimodal_search_type(value: str) -> SearchMediaByAiLabelMultimodalSearchType:
    if value in SEARCH_MEDIA_BY_AI_LABEL_MULTIMODAL_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_AI_LABEL_MULTIMODAL_SEARCH_TYPE_VALUES!r}"
    )
