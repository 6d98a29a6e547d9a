from enum import StrEnum


class IndexStatus(StrEnum):
    ANALYZE_CANCEL = "ANALYZE_CANCEL"
    ANALYZE_COMPLETED = "ANALYZE_COMPLETED"
    ANALYZE_FAIL = "ANALYZE_FAIL"
    ANALYZING = "ANALYZING"
    BEFORE_ANALYZE = "BEFORE_ANALYZE"
    WAIT_ANALYZE = "WAIT_ANALYZE"

    def __str__(self) -> str:
        return str(self.value)
