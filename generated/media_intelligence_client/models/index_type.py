from enum import StrEnum


class IndexType(StrEnum):
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
