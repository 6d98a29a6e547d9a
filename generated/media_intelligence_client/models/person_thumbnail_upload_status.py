from enum import StrEnum


class PersonThumbnailUploadStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
