from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_label_media import AILabelMedia


T = TypeVar("T", bound="SearchMediaByAILabelResponse")


@_attrs_define
class SearchMediaByAILabelResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | None): `true`/`True` on success (a string).
        code (str | None): `200` on success (a string).
        media_list (list[AILabelMedia] | None):
        total (int | None):
    """

    request_id: str
    success: str | None = None
    code: str | None = None
    media_list: list[AILabelMedia] | None = None
    total: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        media_list: list[dict[str, Any]] | None = None
        if self.media_list is not None:
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
        if success is not None:
            field_dict["Success"] = success
        if code is not None:
            field_dict["Code"] = code
        if media_list is not None:
            field_dict["MediaList"] = media_list
        if total is not None:
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_label_media import AILabelMedia

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", None)

        code = d.pop("Code", None)

        _media_list = d.pop("MediaList", None)
        media_list: list[AILabelMedia] | None = None
        if _media_list is not None:
            media_list = []
            for media_list_item_data in _media_list:
                media_list_item = AILabelMedia.from_dict(media_list_item_data)

                media_list.append(media_list_item)

        total = d.pop("Total", None)

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
