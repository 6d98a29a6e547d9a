from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediaMetaData")


@_attrs_define
class MediaMetaData:
    """Technical metadata of a media file. The asset details and move pages mark every field required; the
    import-status page marks them optional (they may be unknown while the import runs), so all are kept
    optional here.

        Attributes:
            resolution (str | None): Resolution as `<width>x<height>`, e.g. `1920x1080`.
            duration_ms (int | None): Length of the media in milliseconds (video).
            size (int | None): File size in bytes.
            format_ (str | None): File format of a media asset as reported in its metadata, in lower case. Documented
                values: `mp4`,
                `mkv`, `mov`, `webm`, `png`, `jpg`, `heic`. Kept open (no `enum`) because the value is reported by the
                service from the file, so a client must not fail on a format the pages do not list.
    """

    resolution: str | None = None
    duration_ms: int | None = None
    size: int | None = None
    format_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution

        duration_ms = self.duration_ms

        size = self.size

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution is not None:
            field_dict["resolution"] = resolution
        if duration_ms is not None:
            field_dict["durationMs"] = duration_ms
        if size is not None:
            field_dict["size"] = size
        if format_ is not None:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resolution = d.pop("resolution", None)

        duration_ms = d.pop("durationMs", None)

        size = d.pop("size", None)

        format_ = d.pop("format", None)

        media_meta_data = cls(
            resolution=resolution,
            duration_ms=duration_ms,
            size=size,
            format_=format_,
        )

        media_meta_data.additional_properties = d
        return media_meta_data

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
