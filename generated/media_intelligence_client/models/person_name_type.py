from enum import StrEnum


class PersonNameType(StrEnum):
    ANONYMOUS = "ANONYMOUS"
    NAMED = "NAMED"

    def __str__(self) -> str:
        return str(self.value)
