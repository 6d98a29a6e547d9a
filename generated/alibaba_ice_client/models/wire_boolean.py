from typing import Literal

WireBoolean = Literal["False", "True"]

WIRE_BOOLEAN_VALUES: set[WireBoolean] = {
    "False",
    "True",
}


def check_wire_boolean(value: str) -> WireBoolean:
    if value in WIRE_BOOLEAN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIRE_BOOLEAN_VALUES!r}")
