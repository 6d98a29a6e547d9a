from typing import Literal

AlterSearchIndexXAcsAction = Literal["AlterSearchIndex"]

ALTER_SEARCH_INDEX_X_ACS_ACTION_VALUES: set[AlterSearchIndexXAcsAction] = {
    "AlterSearchIndex",
}


def check_alter_search_index_x_acs_action(value: str) -> AlterSearchIndexXAcsAction:
    if value in ALTER_SEARCH_INDEX_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALTER_SEARCH_INDEX_X_ACS_ACTION_VALUES!r}")
