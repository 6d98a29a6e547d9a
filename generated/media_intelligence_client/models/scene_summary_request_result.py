from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scene_summary_status import SceneSummaryStatus

T = TypeVar("T", bound="SceneSummaryRequestResult")


@_attrs_define
class SceneSummaryRequestResult:
    """Inferred. The response of `requestSceneSummary` could not be read. The older index-level API refers to
    a "scene summary request id" returned by this call; both fields are optional.

        Attributes:
            scene_summary_id (int | None): Inferred. Id of the scene summary request.
            status (SceneSummaryStatus | None): State of an asset's scene summary run. `BEFORE_SUMMARIZE`: never summarised;
                `WAIT_SUMMARIZE`:
                accepted and queued; `SUMMARIZING`: running. Terminal: `SUMMARIZE_COMPLETED` (success, every requested
                scene is summarised), `SUMMARIZE_FAIL` (stopped by an error), `SUMMARIZE_CANCELED` (cancelled by the
                user; note the spelling, unlike `ANALYZE_CANCEL`).
    """

    scene_summary_id: int | None = None
    status: SceneSummaryStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_summary_id = self.scene_summary_id

        status: str | None = None
        if self.status is not None:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scene_summary_id is not None:
            field_dict["sceneSummaryId"] = scene_summary_id
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scene_summary_id = d.pop("sceneSummaryId", None)

        _status = d.pop("status", None)
        status: SceneSummaryStatus | None
        if _status is None:
            status = None
        else:
            status = SceneSummaryStatus(_status)

        scene_summary_request_result = cls(
            scene_summary_id=scene_summary_id,
            status=status,
        )

        scene_summary_request_result.additional_properties = d
        return scene_summary_request_result

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
