from enum import StrEnum


class QueryAssetType(StrEnum):
    IMAGE = "IMAGE"

    def __str__(self) -> str:
        return str(self.value)
