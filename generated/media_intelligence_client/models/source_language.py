from enum import StrEnum


class SourceLanguage(StrEnum):
    EN = "EN"
    ENKO = "ENKO"
    JA = "JA"
    KO = "KO"
    ZH_CN = "ZH-CN"
    ZH_TW = "ZH-TW"

    def __str__(self) -> str:
        return str(self.value)
