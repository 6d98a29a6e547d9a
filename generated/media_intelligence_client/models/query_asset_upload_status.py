from enum import StrEnum


class QueryAssetUploadStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
