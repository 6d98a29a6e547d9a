from typing import Literal

SearchMediaByAiLabelXAcsAction = Literal["SearchMediaByAILabel"]

SEARCH_MEDIA_BY_AI_LABEL_X_ACS_ACTION_VALUES: set[SearchMediaByAiLabelXAcsAction] = {
    "SearchMediaByAILabel",
}


def check_search_media_by_ai_label_x_acs_action(value: str) -> SearchMediaByAiLabelXAcsAction:
    if value in SEARCH_MEDIA_BY_AI_LABEL_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_AI_LABEL_X_ACS_ACTION_VALUES!r}")
