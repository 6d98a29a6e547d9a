from typing import Literal

CreateSearchLibXAcsAction = Literal["CreateSearchLib"]

CREATE_SEARCH_LIB_X_ACS_ACTION_VALUES: set[CreateSearchLibXAcsAction] = {
    "CreateSearchLib",
}


def check_create_search_lib_x_acs_action(value: str) -> CreateSearchLibXAcsAction:
    if value in CREATE_SEARCH_LIB_X_ACS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SEARCH_LIB_X_ACS_ACTION_VALUES!r}")
