from enum import StrEnum


class SearchAssetType(StrEnum):
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
