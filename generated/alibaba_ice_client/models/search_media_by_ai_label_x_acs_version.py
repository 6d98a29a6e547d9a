from typing import Literal

SearchMediaByAiLabelXAcsVersion = Literal["2020-11-09"]

SEARCH_MEDIA_BY_AI_LABEL_X_ACS_VERSION_VALUES: set[SearchMediaByAiLabelXAcsVersion] = {
    "2020-11-09",
}


def check_search_media_by_ai_label_x_acs_version(value: str) -> SearchMediaByAiLabelXAcsVersion:
    if value in SEARCH_MEDIA_BY_AI_LABEL_X_ACS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_AI_LABEL_X_ACS_VERSION_VALUES!r}")
