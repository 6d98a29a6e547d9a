from typing import Literal

QuerySearchLibXAcsAction = Literal["QuerySearchLib"]

QUERY_SEARCH_LIB_X_ACS_ACTION_VALUES: set[QuerySearchLibXAcsAction] = {
    "QuerySearchLib",
}


def check_query_search_lib_x_acs_action(value: str) -> QuerySearchLibXAcsAction:
    if value in QUERY_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
