from enum import StrEnum


class QueryAssetUploadMessage(StrEnum):
    FILE_NOT_EXIST = "FILE_NOT_EXIST"
    OVER_SIZE_LIMIT = "OVER_SIZE_LIMIT"
    RESOLUTION_NOT_SUPPORT = "RESOLUTION_NOT_SUPPORT"

    def __str__(self) -> str:
        return str(self.value)
