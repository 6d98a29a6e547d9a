from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RecommendPersonsByThumbnailRequest")


@_attrs_define
class RecommendPersonsByThumbnailRequest:
    """
    Attributes:
        thumbnail_key (str): Key from createPersonThumbnailUploadUrl of a completed upload; expires 24 hours after the
            upload.
        person_count (int | None): Maximum number of persons to recommend. Default: 3.
        score_threshold (int | None): Minimum similarity score. Default: 80.
    """

    thumbnail_key: str
    person_count: int | None = 3
    score_threshold: int | None = 80

    def to_dict(self) -> dict[str, Any]:
        thumbnail_key = self.thumbnail_key

        person_count = self.person_count

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnailKey": thumbnail_key,
            }
        )
        if person_count is not None:
            field_dict["personCount"] = person_count
        if score_threshold is not None:
            field_dict["scoreThreshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail_key = d.pop("thumbnailKey")

        person_count = d.pop("personCount", None)

        score_threshold = d.pop("scoreThreshold", None)

        recommend_persons_by_thumbnail_request = cls(
            thumbnail_key=thumbnail_key,
            person_count=person_count,
            score_threshold=score_threshold,
        )

        return recommend_persons_by_thumbnail_request
