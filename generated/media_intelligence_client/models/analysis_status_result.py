from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_status import AnalysisStatus

T = TypeVar("T", bound="AnalysisStatusResult")


@_attrs_define
class AnalysisStatusResult:
    """State of the asset's analysis. The failure message is named `analyzeStatusMessage` in the provider's
    table and `analysisStatusMessage` in its example; both are accepted.

        Attributes:
            status (AnalysisStatus): State of an asset's analysis (deprecated `/analyze` API). `BEFORE_ANALYZE`: never
                analysed (no job;
                not a state a requested analysis goes through, so a waiter should stop on its timeout);
                `WAIT_ANALYZE`: queued; `ANALYZING`: running. Terminal: `ANALYZE_COMPLETED` (success, the index is
                readable), `ANALYZE_FAIL` (an error stopped it; see the status message), `ANALYZE_CANCEL` (cancelled
                by the user).
            analyze_status_message (None | str): Reason of a failure (media parsing, person extraction, keyword encoding or
                result processing failed).
            analysis_status_message (None | str): Same as `analyzeStatusMessage`, under the name used in the provider's
                example.
            index_id (int | None): Id of the index, set when the analysis completed.
            explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
                (both read as None). from_dict fills it; to_dict sends null for them.
    """

    status: AnalysisStatus
    analyze_status_message: None | str = None
    analysis_status_message: None | str = None
    index_id: int | None = None
    explicit_nulls: set[str] = _attrs_field(factory=set, kw_only=True)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        analyze_status_message: None | str
        if self.analyze_status_message is None:
            analyze_status_message = None
        else:
            analyze_status_message = self.analyze_status_message

        analysis_status_message: None | str
        if self.analysis_status_message is None:
            analysis_status_message = None
        else:
            analysis_status_message = self.analysis_status_message

        index_id: int | None
        if self.index_id is None:
            index_id = None
        else:
            index_id = self.index_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if analyze_status_message is not None:
            field_dict["analyzeStatusMessage"] = analyze_status_message
        elif "analyze_status_message" in self.explicit_nulls:
            field_dict["analyzeStatusMessage"] = None
        if analysis_status_message is not None:
            field_dict["analysisStatusMessage"] = analysis_status_message
        elif "analysis_status_message" in self.explicit_nulls:
            field_dict["analysisStatusMessage"] = None
        if index_id is not None:
            field_dict["indexId"] = index_id
        elif "index_id" in self.explicit_nulls:
            field_dict["indexId"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        explicit_nulls = {
            name
            for key, name in (
                ("analyzeStatusMessage", "analyze_status_message"),
                ("analysisStatusMessage", "analysis_status_message"),
                ("indexId", "index_id"),
            )
            if key in d and d[key] is None
        }
        status = AnalysisStatus(d.pop("status"))

        def _parse_analyze_status_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        analyze_status_message = _parse_analyze_status_message(d.pop("analyzeStatusMessage", None))

        def _parse_analysis_status_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        analysis_status_message = _parse_analysis_status_message(d.pop("analysisStatusMessage", None))

        def _parse_index_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        index_id = _parse_index_id(d.pop("indexId", None))

        analysis_status_result = cls(
            status=status,
            analyze_status_message=analyze_status_message,
            analysis_status_message=analysis_status_message,
            index_id=index_id,
            explicit_nulls=explicit_nulls,
        )

        analysis_status_result.additional_properties = d
        return analysis_status_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
