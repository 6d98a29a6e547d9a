from enum import StrEnum


class SceneSummaryStatus(StrEnum):
    BEFORE_SUMMARIZE = "BEFORE_SUMMARIZE"
    SUMMARIZE_CANCELED = "SUMMARIZE_CANCELED"
    SUMMARIZE_COMPLETED = "SUMMARIZE_COMPLETED"
    SUMMARIZE_FAIL = "SUMMARIZE_FAIL"
    SUMMARIZING = "SUMMARIZING"
    WAIT_SUMMARIZE = "WAIT_SUMMARIZE"

    def __str__(self) -> str:
        return str(self.value)
