from typing import Literal

AlterSearchLibXAcsAction = Literal["AlterSearchLib"]

ALTER_SEARCH_LIB_X_ACS_ACTION_VALUES: set[AlterSearchLibXAcsAction] = {
    "AlterSearchLib",
}


def check_alter_search_lib_x_acs_action(value: str) -> AlterSearchLibXAcsAction:
    if value in ALTER_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALTER_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
