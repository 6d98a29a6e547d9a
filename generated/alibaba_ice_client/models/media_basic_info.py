from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaBasicInfo")


@_attrs_define
class MediaBasicInfo:
    """
    Attributes:
        media_id (str | Unset):
        input_url (str | Unset):
        media_type (str | Unset):
        business_type (str | Unset):
        source (str | Unset):
        title (str | Unset):
        description (str | Unset):
        category (str | Unset):
        media_tags (str | Unset):
        cover_url (str | Unset):
        user_data (str | Unset):
        snapshots (str | Unset):
        status (str | Unset):
        transcode_status (str | Unset):
        create_time (str | Unset):
        modified_time (str | Unset):
        deleted_time (str | Unset):
        sprite_images (str | Unset):
        cate_id (int | Unset):
        biz (str | Unset):
        upload_source (str | Unset):
        cate_name (str | Unset):
        reference_id (str | Unset):
        namespace (str | Unset):
        vision_description (str | Unset):
        stream_status (str | Unset):
    """

    media_id: str | Unset = UNSET
    input_url: str | Unset = UNSET
    media_type: str | Unset = UNSET
    business_type: str | Unset = UNSET
    source: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    media_tags: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    user_data: str | Unset = UNSET
    snapshots: str | Unset = UNSET
    status: str | Unset = UNSET
    transcode_status: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modified_time: str | Unset = UNSET
    deleted_time: str | Unset = UNSET
    sprite_images: str | Unset = UNSET
    cate_id: int | Unset = UNSET
    biz: str | Unset = UNSET
    upload_source: str | Unset = UNSET
    cate_name: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    vision_description: str | Unset = UNSET
    stream_status: str | Unset = UNSET
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
        if media_id is not UNSET:
            field_dict["MediaId"] = media_id
        if input_url is not UNSET:
            field_dict["InputURL"] = input_url
        if media_type is not UNSET:
            field_dict["MediaType"] = media_type
        if business_type is not UNSET:
            field_dict["BusinessType"] = business_type
        if source is not UNSET:
            field_dict["Source"] = source
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if category is not UNSET:
            field_dict["Category"] = category
        if media_tags is not UNSET:
            field_dict["MediaTags"] = media_tags
        if cover_url is not UNSET:
            field_dict["CoverURL"] = cover_url
        if user_data is not UNSET:
            field_dict["UserData"] = user_data
        if snapshots is not UNSET:
            field_dict["Snapshots"] = snapshots
        if status is not UNSET:
            field_dict["Status"] = status
        if transcode_status is not UNSET:
            field_dict["TranscodeStatus"] = transcode_status
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if modified_time is not UNSET:
            field_dict["ModifiedTime"] = modified_time
        if deleted_time is not UNSET:
            field_dict["DeletedTime"] = deleted_time
        if sprite_images is not UNSET:
            field_dict["SpriteImages"] = sprite_images
        if cate_id is not UNSET:
            field_dict["CateId"] = cate_id
        if biz is not UNSET:
            field_dict["Biz"] = biz
        if upload_source is not UNSET:
            field_dict["UploadSource"] = upload_source
        if cate_name is not UNSET:
            field_dict["CateName"] = cate_name
        if reference_id is not UNSET:
            field_dict["ReferenceId"] = reference_id
        if namespace is not UNSET:
            field_dict["Namespace"] = namespace
        if vision_description is not UNSET:
            field_dict["VisionDescription"] = vision_description
        if stream_status is not UNSET:
            field_dict["StreamStatus"] = stream_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_id = d.pop("MediaId", UNSET)

        input_url = d.pop("InputURL", UNSET)

        media_type = d.pop("MediaType", UNSET)

        business_type = d.pop("BusinessType", UNSET)

        source = d.pop("Source", UNSET)

        title = d.pop("Title", UNSET)

        description = d.pop("Description", UNSET)

        category = d.pop("Category", UNSET)

        media_tags = d.pop("MediaTags", UNSET)

        cover_url = d.pop("CoverURL", UNSET)

        user_data = d.pop("UserData", UNSET)

        snapshots = d.pop("Snapshots", UNSET)

        status = d.pop("Status", UNSET)

        transcode_status = d.pop("TranscodeStatus", UNSET)

        create_time = d.pop("CreateTime", UNSET)

        modified_time = d.pop("ModifiedTime", UNSET)

        deleted_time = d.pop("DeletedTime", UNSET)

        sprite_images = d.pop("SpriteImages", UNSET)

        cate_id = d.pop("CateId", UNSET)

        biz = d.pop("Biz", UNSET)

        upload_source = d.pop("UploadSource", UNSET)

        cate_name = d.pop("CateName", UNSET)

        reference_id = d.pop("ReferenceId", UNSET)

        namespace = d.pop("Namespace", UNSET)

        vision_description = d.pop("VisionDescription", UNSET)

        stream_status = d.pop("StreamStatus", UNSET)

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
