from typing import Literal

IndexType = Literal["aiLabel", "face", "mm"]

INDEX_TYPE_VALUES: set[IndexType] = {
    "aiLabel",
    "face",
    "mm",
}


def check_index_type(value: str) -> IndexType:
    if value in INDEX_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEX_TYPE_VALUES!r}")
