from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_dialog_query import SearchDialogQuery
    from ..models.search_person_query import SearchPersonQuery


T = TypeVar("T", bound="SearchQuery")


@_attrs_define
class SearchQuery:
    """Search condition. Exactly one of `textQuery` and `imageQuery` must be a string (50011 when both are
    given); the other may be omitted or `null` (the provider's own example sends `"imageQuery": null`).
    No maximum length of `textQuery` is documented.

        Attributes:
            text_query (None | str | Unset): Text to search for; must not contain `;`, `|` or a backtick.
            image_query (None | str | Unset): Key of an uploaded query image (`assetKey` of `getSearchImageUploadStatus`
                with status `COMPLETED`).
            person_query (SearchPersonQuery | Unset): Person conditions (person ids, see the persons API). The provider
                allows at most 100 person ids per
                request (50012); whether that is per list or for all three lists together is not documented, so each
                list is capped at 100 here and the server may reject smaller totals.
            dialog_query (SearchDialogQuery | Unset): Dialogue (speech) conditions; they apply to video only (image assets
                are shown with 0 for dialogue).
                Lines must not contain `;`, `|` or a backtick. At most 100 lines per request (50013); whether per list
                or for all three lists together is not documented, so each list is capped at 100 here.
    """

    text_query: None | str | Unset = UNSET
    image_query: None | str | Unset = UNSET
    person_query: SearchPersonQuery | Unset = UNSET
    dialog_query: SearchDialogQuery | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text_query: None | str | Unset
        if isinstance(self.text_query, Unset):
            text_query = UNSET
        else:
            text_query = self.text_query

        image_query: None | str | Unset
        if isinstance(self.image_query, Unset):
            image_query = UNSET
        else:
            image_query = self.image_query

        person_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person_query, Unset):
            person_query = self.person_query.to_dict()

        dialog_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dialog_query, Unset):
            dialog_query = self.dialog_query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text_query is not UNSET:
            field_dict["textQuery"] = text_query
        if image_query is not UNSET:
            field_dict["imageQuery"] = image_query
        if person_query is not UNSET:
            field_dict["personQuery"] = person_query
        if dialog_query is not UNSET:
            field_dict["dialogQuery"] = dialog_query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_dialog_query import SearchDialogQuery
        from ..models.search_person_query import SearchPersonQuery

        d = dict(src_dict)

        def _parse_text_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_query = _parse_text_query(d.pop("textQuery", UNSET))

        def _parse_image_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_query = _parse_image_query(d.pop("imageQuery", UNSET))

        _person_query = d.pop("personQuery", UNSET)
        person_query: SearchPersonQuery | Unset
        if isinstance(_person_query, Unset):
            person_query = UNSET
        else:
            person_query = SearchPersonQuery.from_dict(_person_query)

        _dialog_query = d.pop("dialogQuery", UNSET)
        dialog_query: SearchDialogQuery | Unset
        if isinstance(_dialog_query, Unset):
            dialog_query = UNSET
        else:
            dialog_query = SearchDialogQuery.from_dict(_dialog_query)

        search_query = cls(
            text_query=text_query,
            image_query=image_query,
            person_query=person_query,
            dialog_query=dialog_query,
        )

        return search_query
