from typing import Literal

ListSearchLibXAcsAction = Literal["ListSearchLib"]

LIST_SEARCH_LIB_X_ACS_ACTION_VALUES: set[ListSearchLibXAcsAction] = {
    "ListSearchLib",
}


def check_list_search_lib_x_acs_action(value: str) -> ListSearchLibXAcsAction:
    if value in LIST_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
