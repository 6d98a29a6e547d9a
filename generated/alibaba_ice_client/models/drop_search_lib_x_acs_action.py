from typing import Literal

DropSearchLibXAcsAction = Literal["DropSearchLib"]

DROP_SEARCH_LIB_X_ACS_ACTION_VALUES: set[DropSearchLibXAcsAction] = {
    "DropSearchLib",
}


def check_drop_search_lib_x_acs_action(value: str) -> DropSearchLibXAcsAction:
    if value in DROP_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DROP_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
