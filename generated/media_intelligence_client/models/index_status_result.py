from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_status import IndexStatus
from ..types import UNSET, Unset

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
            analyze_status_message (None | str | Unset): Inferred. Reason of a failure.
            index_id (int | None | Unset): Inferred. Id of the index, once the analysis completed.
    """

    status: IndexStatus
    analyze_status_message: None | str | Unset = UNSET
    index_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        analyze_status_message: None | str | Unset
        if isinstance(self.analyze_status_message, Unset):
            analyze_status_message = UNSET
        else:
            analyze_status_message = self.analyze_status_message

        index_id: int | None | Unset
        if isinstance(self.index_id, Unset):
            index_id = UNSET
        else:
            index_id = self.index_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if analyze_status_message is not UNSET:
            field_dict["analyzeStatusMessage"] = analyze_status_message
        if index_id is not UNSET:
            field_dict["indexId"] = index_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = IndexStatus(d.pop("status"))

        def _parse_analyze_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analyze_status_message = _parse_analyze_status_message(d.pop("analyzeStatusMessage", UNSET))

        def _parse_index_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index_id = _parse_index_id(d.pop("indexId", UNSET))

        index_status_result = cls(
            status=status,
            analyze_status_message=analyze_status_message,
            index_id=index_id,
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
