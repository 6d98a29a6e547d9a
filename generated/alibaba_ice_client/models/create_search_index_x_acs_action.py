from typing import Literal

CreateSearchIndexXAcsAction = Literal["CreateSearchIndex"]

CREATE_SEARCH_INDEX_X_ACS_ACTION_VALUES: set[CreateSearchIndexXAcsAction] = {
    "CreateSearchIndex",
}


def check_create_search_index_x_acs_action(value: str) -> CreateSearchIndexXAcsAction:
    if value in CREATE_SEARCH_INDEX_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SEARCH_INDEX_X_ACS_ACTION_VALUES!r}")
