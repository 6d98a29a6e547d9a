from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_status import IndexStatus

T = TypeVar("T", bound="IndexStatusResult")


@_attrs_define
class IndexStatusResult:
    """State of the asset's latest analysis job. `status` is confirmed; `analyzeStatusMessage` and `indexId`
    are inferred from the deprecated `getAnalysisStatus`.

        Attributes:
            status (IndexStatus): State of an asset's latest analysis (indexing) job in the current `/index` API; the same
                values as
                `AnalysisStatus`. `BEFORE_ANALYZE`: never analysed; `WAIT_ANALYZE`: queued; `ANALYZING`: running.
                Terminal: `ANALYZE_COMPLETED` (success; the new index is now the latest index), `ANALYZE_FAIL`
                (failed; the previous index, if any, stays the latest), `ANALYZE_CANCEL` (cancelled by the user;
                outputs discarded).
            analyze_status_message (None | str): Inferred. Reason of a failure.
            index_id (int | None): Inferred. Id of the index, once the analysis completed.
            explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
                (both read as None). from_dict fills it; to_dict sends null for them.
    """

    status: IndexStatus
    analyze_status_message: None | str = None
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
                ("indexId", "index_id"),
            )
            if key in d and d[key] is None
        }
        status = IndexStatus(d.pop("status"))

        def _parse_analyze_status_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        analyze_status_message = _parse_analyze_status_message(d.pop("analyzeStatusMessage", None))

        def _parse_index_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        index_id = _parse_index_id(d.pop("indexId", None))

        index_status_result = cls(
            status=status,
            analyze_status_message=analyze_status_message,
            index_id=index_id,
            explicit_nulls=explicit_nulls,
        )

        index_status_result.additional_properties = d
        return index_status_result

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
