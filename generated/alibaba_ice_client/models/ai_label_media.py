from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_data import AiData


T = TypeVar("T", bound="AILabelMedia")


@_attrs_define
class AILabelMedia:
    """
    Attributes:
        media_id (str | Unset):
        app_id (str | Unset):
        title (str | Unset):
        description (str | Unset):
        tags (str | Unset):
        cover_url (str | Unset):
        creation_time (str | Unset):
        modification_time (str | Unset):
        duration (float | Unset):
        size (int | Unset):
        status (str | Unset):
        storage_location (str | Unset):
        snapshots (list[str] | Unset):
        ai_data (AiData | Unset):
    """

    media_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    creation_time: str | Unset = UNSET
    modification_time: str | Unset = UNSET
    duration: float | Unset = UNSET
    size: int | Unset = UNSET
    status: str | Unset = UNSET
    storage_location: str | Unset = UNSET
    snapshots: list[str] | Unset = UNSET
    ai_data: AiData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        app_id = self.app_id

        title = self.title

        description = self.description

        tags = self.tags

        cover_url = self.cover_url

        creation_time = self.creation_time

        modification_time = self.modification_time

        duration = self.duration

        size = self.size

        status = self.status

        storage_location = self.storage_location

        snapshots: list[str] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = self.snapshots

        ai_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_data, Unset):
            ai_data = self.ai_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["MediaId"] = media_id
        if app_id is not UNSET:
            field_dict["AppId"] = app_id
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if cover_url is not UNSET:
            field_dict["CoverUrl"] = cover_url
        if creation_time is not UNSET:
            field_dict["CreationTime"] = creation_time
        if modification_time is not UNSET:
            field_dict["ModificationTime"] = modification_time
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if size is not UNSET:
            field_dict["Size"] = size
        if status is not UNSET:
            field_dict["Status"] = status
        if storage_location is not UNSET:
            field_dict["StorageLocation"] = storage_location
        if snapshots is not UNSET:
            field_dict["Snapshots"] = snapshots
        if ai_data is not UNSET:
            field_dict["AiData"] = ai_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_data import AiData

        d = dict(src_dict)
        media_id = d.pop("MediaId", UNSET)

        app_id = d.pop("AppId", UNSET)

        title = d.pop("Title", UNSET)

        description = d.pop("Description", UNSET)

        tags = d.pop("Tags", UNSET)

        cover_url = d.pop("CoverUrl", UNSET)

        creation_time = d.pop("CreationTime", UNSET)

        modification_time = d.pop("ModificationTime", UNSET)

        duration = d.pop("Duration", UNSET)

        size = d.pop("Size", UNSET)

        status = d.pop("Status", UNSET)

        storage_location = d.pop("StorageLocation", UNSET)

        snapshots = cast(list[str], d.pop("Snapshots", UNSET))

        _ai_data = d.pop("AiData", UNSET)
        ai_data: AiData | Unset
        if isinstance(_ai_data, Unset):
            ai_data = UNSET
        else:
            ai_data = AiData.from_dict(_ai_data)

        ai_label_media = cls(
            media_id=media_id,
            app_id=app_id,
            title=title,
            description=description,
            tags=tags,
            cover_url=cover_url,
            creation_time=creation_time,
            modification_time=modification_time,
            duration=duration,
            size=size,
            status=status,
            storage_location=storage_location,
            snapshots=snapshots,
            ai_data=ai_data,
        )

        ai_label_media.additional_properties = d
        return ai_label_media

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
