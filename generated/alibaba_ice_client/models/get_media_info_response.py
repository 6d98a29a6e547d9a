from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_media_info_response_media_info import GetMediaInfoResponseMediaInfo


T = TypeVar("T", bound="GetMediaInfoResponse")


@_attrs_define
class GetMediaInfoResponse:
    """
    Attributes:
        request_id (str):
        media_info (GetMediaInfoResponseMediaInfo | None):
    """

    request_id: str
    media_info: GetMediaInfoResponseMediaInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        media_info: dict[str, Any] | None = None
        if self.media_info is not None:
            media_info = self.media_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if media_info is not None:
            field_dict["MediaInfo"] = media_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_media_info_response_media_info import GetMediaInfoResponseMediaInfo

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        _media_info = d.pop("MediaInfo", None)
        media_info: GetMediaInfoResponseMediaInfo | None
        if _media_info is None:
            media_info = None
        else:
            media_info = GetMediaInfoResponseMediaInfo.from_dict(_media_info)

        get_media_info_response = cls(
            request_id=request_id,
            media_info=media_info,
        )

        get_media_info_response.additional_properties = d
        return get_media_info_response

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
