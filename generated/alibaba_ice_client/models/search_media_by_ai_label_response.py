from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_label_media import AILabelMedia


T = TypeVar("T", bound="SearchMediaByAILabelResponse")


@_attrs_define
class SearchMediaByAILabelResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | Unset): `true`/`True` on success (a string).
        code (str | Unset): `200` on success (a string).
        media_list (list[AILabelMedia] | Unset):
        total (int | Unset):
    """

    request_id: str
    success: str | Unset = UNSET
    code: str | Unset = UNSET
    media_list: list[AILabelMedia] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        media_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_list, Unset):
            media_list = []
            for media_list_item_data in self.media_list:
                media_list_item = media_list_item_data.to_dict()
                media_list.append(media_list_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if success is not UNSET:
            field_dict["Success"] = success
        if code is not UNSET:
            field_dict["Code"] = code
        if media_list is not UNSET:
            field_dict["MediaList"] = media_list
        if total is not UNSET:
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_label_media import AILabelMedia

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", UNSET)

        code = d.pop("Code", UNSET)

        _media_list = d.pop("MediaList", UNSET)
        media_list: list[AILabelMedia] | Unset = UNSET
        if _media_list is not UNSET:
            media_list = []
            for media_list_item_data in _media_list:
                media_list_item = AILabelMedia.from_dict(media_list_item_data)

                media_list.append(media_list_item)

        total = d.pop("Total", UNSET)

        search_media_by_ai_label_response = cls(
            request_id=request_id,
            success=success,
            code=code,
            media_list=media_list,
            total=total,
        )

        search_media_by_ai_label_response.additional_properties = d
        return search_media_by_ai_label_response

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
