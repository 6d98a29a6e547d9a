from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_data import AiData


T = TypeVar("T", bound="AILabelMedia")


@_attrs_define
class AILabelMedia:
    """
    Attributes:
        media_id (str | None):
        app_id (str | None):
        title (str | None):
        description (str | None):
        tags (str | None):
        cover_url (str | None):
        creation_time (str | None):
        modification_time (str | None):
        duration (float | None):
        size (int | None):
        status (str | None):
        storage_location (str | None):
        snapshots (list[str] | None):
        ai_data (AiData | None):
    """

    media_id: str | None = None
    app_id: str | None = None
    title: str | None = None
    description: str | None = None
    tags: str | None = None
    cover_url: str | None = None
    creation_time: str | None = None
    modification_time: str | None = None
    duration: float | None = None
    size: int | None = None
    status: str | None = None
    storage_location: str | None = None
    snapshots: list[str] | None = None
    ai_data: AiData | None = None
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

        snapshots: list[str] | None = None
        if self.snapshots is not None:
            snapshots = self.snapshots

        ai_data: dict[str, Any] | None = None
        if self.ai_data is not None:
            ai_data = self.ai_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not None:
            field_dict["MediaId"] = media_id
        if app_id is not None:
            field_dict["AppId"] = app_id
        if title is not None:
            field_dict["Title"] = title
        if description is not None:
            field_dict["Description"] = description
        if tags is not None:
            field_dict["Tags"] = tags
        if cover_url is not None:
            field_dict["CoverUrl"] = cover_url
        if creation_time is not None:
            field_dict["CreationTime"] = creation_time
        if modification_time is not None:
            field_dict["ModificationTime"] = modification_time
        if duration is not None:
            field_dict["Duration"] = duration
        if size is not None:
            field_dict["Size"] = size
        if status is not None:
            field_dict["Status"] = status
        if storage_location is not None:
            field_dict["StorageLocation"] = storage_location
        if snapshots is not None:
            field_dict["Snapshots"] = snapshots
        if ai_data is not None:
            field_dict["AiData"] = ai_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_data import AiData

        d = dict(src_dict)
        media_id = d.pop("MediaId", None)

        app_id = d.pop("AppId", None)

        title = d.pop("Title", None)

        description = d.pop("Description", None)

        tags = d.pop("Tags", None)

        cover_url = d.pop("CoverUrl", None)

        creation_time = d.pop("CreationTime", None)

        modification_time = d.pop("ModificationTime", None)

        duration = d.pop("Duration", None)

        size = d.pop("Size", None)

        status = d.pop("Status", None)

        storage_location = d.pop("StorageLocation", None)

        snapshots = cast(list[str], d.pop("Snapshots", None))

        _ai_data = d.pop("AiData", None)
        ai_data: AiData | None
        if _ai_data is None:
            ai_data = None
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
