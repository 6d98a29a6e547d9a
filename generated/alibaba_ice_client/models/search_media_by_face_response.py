from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_media_by_face_response_media_info_list_item import SearchMediaByFaceResponseMediaInfoListItem


T = TypeVar("T", bound="SearchMediaByFaceResponse")


@_attrs_define
class SearchMediaByFaceResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | None): `true`/`True` on success (a string).
        code (str | None): `200` on success (a string).
        media_info_list (list[SearchMediaByFaceResponseMediaInfoListItem] | None):
        total (int | None):
    """

    request_id: str
    success: str | None = None
    code: str | None = None
    media_info_list: list[SearchMediaByFaceResponseMediaInfoListItem] | None = None
    total: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        media_info_list: list[dict[str, Any]] | None = None
        if self.media_info_list is not None:
            media_info_list = []
            for media_info_list_item_data in self.media_info_list:
                media_info_list_item = media_info_list_item_data.to_dict()
                media_info_list.append(media_info_list_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if success is not None:
            field_dict["Success"] = success
        if code is not None:
            field_dict["Code"] = code
        if media_info_list is not None:
            field_dict["MediaInfoList"] = media_info_list
        if total is not None:
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_media_by_face_response_media_info_list_item import (
            SearchMediaByFaceResponseMediaInfoListItem,
        )

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", None)

        code = d.pop("Code", None)

        _media_info_list = d.pop("MediaInfoList", None)
        media_info_list: list[SearchMediaByFaceResponseMediaInfoListItem] | None = None
        if _media_info_list is not None:
            media_info_list = []
            for media_info_list_item_data in _media_info_list:
                media_info_list_item = SearchMediaByFaceResponseMediaInfoListItem.from_dict(media_info_list_item_data)

                media_info_list.append(media_info_list_item)

        total = d.pop("Total", None)

        search_media_by_face_response = cls(
            request_id=request_id,
            success=success,
            code=code,
            media_info_list=media_info_list,
            total=total,
        )

        search_media_by_face_response.additional_properties = d
        return search_media_by_face_response

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
