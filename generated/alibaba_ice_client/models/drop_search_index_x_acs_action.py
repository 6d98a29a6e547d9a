from typing import Literal

DropSearchIndexXAcsAction = Literal["DropSearchIndex"]

DROP_SEARCH_INDEX_X_ACS_ACTION_VALUES: set[DropSearchIndexXAcsAction] = {
    "DropSearchIndex",
}


def check_drop_search_index_x_acs_action(value: str) -> DropSearchIndexXAcsAction:
    if value in DROP_SEARCH_INDEX_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DROP_SEARCH_INDEX_X_ACS_ACTION_VALUES!r}")
