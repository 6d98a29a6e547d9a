from enum import StrEnum


class ImportStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    FILE_NOT_EXIST = "FILE_NOT_EXIST"
    INVALID_METADATA = "INVALID_METADATA"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
