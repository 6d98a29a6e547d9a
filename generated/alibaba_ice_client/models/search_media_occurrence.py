from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.track import Track


T = TypeVar("T", bound="SearchMediaOccurrence")


@_attrs_define
class SearchMediaOccurrence:
    """A clip where a label appears (the clip key is `clipId`, lower-case c, in SearchMedia).

    Attributes:
        score (float | None):
        image (str | None):
        table_batch_seq_id (str | None):
        clip_id (str | None):
        from_ (float | None):
        to (float | None):
        finegrain_name (str | None):
        finegrain_id (str | None):
        content (str | None):
        tracks (list[Track] | None):
    """

    score: float | None = None
    image: str | None = None
    table_batch_seq_id: str | None = None
    clip_id: str | None = None
    from_: float | None = None
    to: float | None = None
    finegrain_name: str | None = None
    finegrain_id: str | None = None
    content: str | None = None
    tracks: list[Track] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        image = self.image

        table_batch_seq_id = self.table_batch_seq_id

        clip_id = self.clip_id

        from_ = self.from_

        to = self.to

        finegrain_name = self.finegrain_name

        finegrain_id = self.finegrain_id

        content = self.content

        tracks: list[dict[str, Any]] | None = None
        if self.tracks is not None:
            tracks = []
            for tracks_item_data in self.tracks:
                tracks_item = tracks_item_data.to_dict()
                tracks.append(tracks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not None:
            field_dict["Score"] = score
        if image is not None:
            field_dict["Image"] = image
        if table_batch_seq_id is not None:
            field_dict["TableBatchSeqId"] = table_batch_seq_id
        if clip_id is not None:
            field_dict["clipId"] = clip_id
        if from_ is not None:
            field_dict["From"] = from_
        if to is not None:
            field_dict["To"] = to
        if finegrain_name is not None:
            field_dict["FinegrainName"] = finegrain_name
        if finegrain_id is not None:
            field_dict["FinegrainId"] = finegrain_id
        if content is not None:
            field_dict["Content"] = content
        if tracks is not None:
            field_dict["Tracks"] = tracks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.track import Track

        d = dict(src_dict)
        score = d.pop("Score", None)

        image = d.pop("Image", None)

        table_batch_seq_id = d.pop("TableBatchSeqId", None)

        clip_id = d.pop("clipId", None)

        from_ = d.pop("From", None)

        to = d.pop("To", None)

        finegrain_name = d.pop("FinegrainName", None)

        finegrain_id = d.pop("FinegrainId", None)

        content = d.pop("Content", None)

        _tracks = d.pop("Tracks", None)
        tracks: list[Track] | None = None
        if _tracks is not None:
            tracks = []
            for tracks_item_data in _tracks:
                tracks_item = Track.from_dict(tracks_item_data)

                tracks.append(tracks_item)

        search_media_occurrence = cls(
            score=score,
            image=image,
            table_batch_seq_id=table_batch_seq_id,
            clip_id=clip_id,
            from_=from_,
            to=to,
            finegrain_name=finegrain_name,
            finegrain_id=finegrain_id,
            content=content,
            tracks=tracks,
        )

        search_media_occurrence.additional_properties = d
        return search_media_occurrence

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
