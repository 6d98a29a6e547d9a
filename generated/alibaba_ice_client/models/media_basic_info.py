from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediaBasicInfo")


@_attrs_define
class MediaBasicInfo:
    """
    Attributes:
        media_id (str | None):
        input_url (str | None):
        media_type (str | None):
        business_type (str | None):
        source (str | None):
        title (str | None):
        description (str | None):
        category (str | None):
        media_tags (str | None):
        cover_url (str | None):
        user_data (str | None):
        snapshots (str | None):
        status (str | None):
        transcode_status (str | None):
        create_time (str | None):
        modified_time (str | None):
        deleted_time (str | None):
        sprite_images (str | None):
        cate_id (int | None):
        biz (str | None):
        upload_source (str | None):
        cate_name (str | None):
        reference_id (str | None):
        namespace (str | None):
        vision_description (str | None):
        stream_status (str | None):
    """

    media_id: str | None = None
    input_url: str | None = None
    media_type: str | None = None
    business_type: str | None = None
    source: str | None = None
    title: str | None = None
    description: str | None = None
    category: str | None = None
    media_tags: str | None = None
    cover_url: str | None = None
    user_data: str | None = None
    snapshots: str | None = None
    status: str | None = None
    transcode_status: str | None = None
    create_time: str | None = None
    modified_time: str | None = None
    deleted_time: str | None = None
    sprite_images: str | None = None
    cate_id: int | None = None
    biz: str | None = None
    upload_source: str | None = None
    cate_name: str | None = None
    reference_id: str | None = None
    namespace: str | None = None
    vision_description: str | None = None
    stream_status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        input_url = self.input_url

        media_type = self.media_type

        business_type = self.business_type

        source = self.source

        title = self.title

        description = self.description

        category = self.category

        media_tags = self.media_tags

        cover_url = self.cover_url

        user_data = self.user_data

        snapshots = self.snapshots

        status = self.status

        transcode_status = self.transcode_status

        create_time = self.create_time

        modified_time = self.modified_time

        deleted_time = self.deleted_time

        sprite_images = self.sprite_images

        cate_id = self.cate_id

        biz = self.biz

        upload_source = self.upload_source

        cate_name = self.cate_name

        reference_id = self.reference_id

        namespace = self.namespace

        vision_description = self.vision_description

        stream_status = self.stream_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not None:
            field_dict["MediaId"] = media_id
        if input_url is not None:
            field_dict["InputURL"] = input_url
        if media_type is not None:
            field_dict["MediaType"] = media_type
        if business_type is not None:
            field_dict["BusinessType"] = business_type
        if source is not None:
            field_dict["Source"] = source
        if title is not None:
            field_dict["Title"] = title
        if description is not None:
            field_dict["Description"] = description
        if category is not None:
            field_dict["Category"] = category
        if media_tags is not None:
            field_dict["MediaTags"] = media_tags
        if cover_url is not None:
            field_dict["CoverURL"] = cover_url
        if user_data is not None:
            field_dict["UserData"] = user_data
        if snapshots is not None:
            field_dict["Snapshots"] = snapshots
        if status is not None:
            field_dict["Status"] = status
        if transcode_status is not None:
            field_dict["TranscodeStatus"] = transcode_status
        if create_time is not None:
            field_dict["CreateTime"] = create_time
        if modified_time is not None:
            field_dict["ModifiedTime"] = modified_time
        if deleted_time is not None:
            field_dict["DeletedTime"] = deleted_time
        if sprite_images is not None:
            field_dict["SpriteImages"] = sprite_images
        if cate_id is not None:
            field_dict["CateId"] = cate_id
        if biz is not None:
            field_dict["Biz"] = biz
        if upload_source is not None:
            field_dict["UploadSource"] = upload_source
        if cate_name is not None:
            field_dict["CateName"] = cate_name
        if reference_id is not None:
            field_dict["ReferenceId"] = reference_id
        if namespace is not None:
            field_dict["Namespace"] = namespace
        if vision_description is not None:
            field_dict["VisionDescription"] = vision_description
        if stream_status is not None:
            field_dict["StreamStatus"] = stream_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_id = d.pop("MediaId", None)

        input_url = d.pop("InputURL", None)

        media_type = d.pop("MediaType", None)

        business_type = d.pop("BusinessType", None)

        source = d.pop("Source", None)

        title = d.pop("Title", None)

        description = d.pop("Description", None)

        category = d.pop("Category", None)

        media_tags = d.pop("MediaTags", None)

        cover_url = d.pop("CoverURL", None)

        user_data = d.pop("UserData", None)

        snapshots = d.pop("Snapshots", None)

        status = d.pop("Status", None)

        transcode_status = d.pop("TranscodeStatus", None)

        create_time = d.pop("CreateTime", None)

        modified_time = d.pop("ModifiedTime", None)

        deleted_time = d.pop("DeletedTime", None)

        sprite_images = d.pop("SpriteImages", None)

        cate_id = d.pop("CateId", None)

        biz = d.pop("Biz", None)

        upload_source = d.pop("UploadSource", None)

        cate_name = d.pop("CateName", None)

        reference_id = d.pop("ReferenceId", None)

        namespace = d.pop("Namespace", None)

        vision_description = d.pop("VisionDescription", None)

        stream_status = d.pop("StreamStatus", None)

        media_basic_info = cls(
            media_id=media_id,
            input_url=input_url,
            media_type=media_type,
            business_type=business_type,
            source=source,
            title=title,
            description=description,
            category=category,
            media_tags=media_tags,
            cover_url=cover_url,
            user_data=user_data,
            snapshots=snapshots,
            status=status,
            transcode_status=transcode_status,
            create_time=create_time,
            modified_time=modified_time,
            deleted_time=deleted_time,
            sprite_images=sprite_images,
            cate_id=cate_id,
            biz=biz,
            upload_source=upload_source,
            cate_name=cate_name,
            reference_id=reference_id,
            namespace=namespace,
            vision_description=vision_description,
            stream_status=stream_status,
        )

        media_basic_info.additional_properties = d
        return media_basic_info

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
