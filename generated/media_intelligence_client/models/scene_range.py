from enum import StrEnum


class SceneRange(StrEnum):
    EXTRA_SHORT = "EXTRA_SHORT"
    LONG = "LONG"
    MEDIUM = "MEDIUM"
    SHORT = "SHORT"

    def __str__(self) -> str:
        return str(self.value)
