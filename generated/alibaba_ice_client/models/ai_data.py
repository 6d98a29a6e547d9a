from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_label import AiLabel
    from ..models.text_clip import TextClip


T = TypeVar("T", bound="AiData")


@_attrs_define
class AiData:
    """
    Attributes:
        ai_label_info (list[AiLabel] | None):
        asr_info (list[TextClip] | None):
        ocr_info (list[TextClip] | None):
    """

    ai_label_info: list[AiLabel] | None = None
    asr_info: list[TextClip] | None = None
    ocr_info: list[TextClip] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_label_info: list[dict[str, Any]] | None = None
        if self.ai_label_info is not None:
            ai_label_info = []
            for ai_label_info_item_data in self.ai_label_info:
                ai_label_info_item = ai_label_info_item_data.to_dict()
                ai_label_info.append(ai_label_info_item)

        asr_info: list[dict[str, Any]] | None = None
        if self.asr_info is not None:
            asr_info = []
            for asr_info_item_data in self.asr_info:
                asr_info_item = asr_info_item_data.to_dict()
                asr_info.append(asr_info_item)

        ocr_info: list[dict[str, Any]] | None = None
        if self.ocr_info is not None:
            ocr_info = []
            for ocr_info_item_data in self.ocr_info:
                ocr_info_item = ocr_info_item_data.to_dict()
                ocr_info.append(ocr_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_label_info is not None:
            field_dict["AiLabelInfo"] = ai_label_info
        if asr_info is not None:
            field_dict["AsrInfo"] = asr_info
        if ocr_info is not None:
            field_dict["OcrInfo"] = ocr_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_label import AiLabel
        from ..models.text_clip import TextClip

        d = dict(src_dict)
        _ai_label_info = d.pop("AiLabelInfo", None)
        ai_label_info: list[AiLabel] | None = None
        if _ai_label_info is not None:
            ai_label_info = []
            for ai_label_info_item_data in _ai_label_info:
                ai_label_info_item = AiLabel.from_dict(ai_label_info_item_data)

                ai_label_info.append(ai_label_info_item)

        _asr_info = d.pop("AsrInfo", None)
        asr_info: list[TextClip] | None = None
        if _asr_info is not None:
            asr_info = []
            for asr_info_item_data in _asr_info:
                asr_info_item = TextClip.from_dict(asr_info_item_data)

                asr_info.append(asr_info_item)

        _ocr_info = d.pop("OcrInfo", None)
        ocr_info: list[TextClip] | None = None
        if _ocr_info is not None:
            ocr_info = []
            for ocr_info_item_data in _ocr_info:
                ocr_info_item = TextClip.from_dict(ocr_info_item_data)

                ocr_info.append(ocr_info_item)

        ai_data = cls(
            ai_label_info=ai_label_info,
            asr_info=asr_info,
            ocr_info=ocr_info,
        )

        ai_data.additional_properties = d
        return ai_data

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
