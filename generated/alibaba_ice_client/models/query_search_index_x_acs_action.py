from typing import Literal

QuerySearchIndexXAcsAction = Literal["QuerySearchIndex"]

QUERY_SEARCH_INDEX_X_ACS_ACTION_VALUES: set[QuerySearchIndexXAcsAction] = {
    "QuerySearchIndex",
}


def check_query_search_index_x_acs_action(value: str) -> QuerySearchIndexXAcsAction:
    if value in QUERY_SEARCH_INDEX_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_SEARCH_INDEX_X_ACS_ACTION_VALUES!r}")
