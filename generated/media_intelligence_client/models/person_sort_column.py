from enum import StrEnum


class PersonSortColumn(StrEnum):
    ASSET_COUNT = "ASSET_COUNT"
    CREATED_AT = "CREATED_AT"
    NAME = "NAME"
    PERSON_ID = "PERSON_ID"

    def __str__(self) -> str:
        return str(self.value)
