from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            text_query (None | str): Text to search for; must not contain `;`, `|` or a backtick.
            image_query (None | str): Key of an uploaded query image (`assetKey` of `getSearchImageUploadStatus` with status
                `COMPLETED`).
            person_query (SearchPersonQuery | None): Person conditions (person ids, see the persons API). The provider
                allows at most 100 person ids per
                request (50012); whether that is per list or for all three lists together is not documented, so each
                list is capped at 100 here and the server may reject smaller totals.
            dialog_query (SearchDialogQuery | None): Dialogue (speech) conditions; they apply to video only (image assets
                are shown with 0 for dialogue).
                Lines must not contain `;`, `|` or a backtick. At most 100 lines per request (50013); whether per list
                or for all three lists together is not documented, so each list is capped at 100 here.
            explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
                (both read as None). from_dict fills it; to_dict sends null for them.
    """

    text_query: None | str = None
    image_query: None | str = None
    person_query: SearchPersonQuery | None = None
    dialog_query: SearchDialogQuery | None = None
    explicit_nulls: set[str] = _attrs_field(factory=set, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        text_query: None | str
        if self.text_query is None:
            text_query = None
        else:
            text_query = self.text_query

        image_query: None | str
        if self.image_query is None:
            image_query = None
        else:
            image_query = self.image_query

        person_query: dict[str, Any] | None = None
        if self.person_query is not None:
            person_query = self.person_query.to_dict()

        dialog_query: dict[str, Any] | None = None
        if self.dialog_query is not None:
            dialog_query = self.dialog_query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text_query is not None:
            field_dict["textQuery"] = text_query
        elif "text_query" in self.explicit_nulls:
            field_dict["textQuery"] = None
        if image_query is not None:
            field_dict["imageQuery"] = image_query
        elif "image_query" in self.explicit_nulls:
            field_dict["imageQuery"] = None
        if person_query is not None:
            field_dict["personQuery"] = person_query
        if dialog_query is not None:
            field_dict["dialogQuery"] = dialog_query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_dialog_query import SearchDialogQuery
        from ..models.search_person_query import SearchPersonQuery

        d = dict(src_dict)
        explicit_nulls = {
            name
            for key, name in (
                ("textQuery", "text_query"),
                ("imageQuery", "image_query"),
            )
            if key in d and d[key] is None
        }

        def _parse_text_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text_query = _parse_text_query(d.pop("textQuery", None))

        def _parse_image_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image_query = _parse_image_query(d.pop("imageQuery", None))

        _person_query = d.pop("personQuery", None)
        person_query: SearchPersonQuery | None
        if _person_query is None:
            person_query = None
        else:
            person_query = SearchPersonQuery.from_dict(_person_query)

        _dialog_query = d.pop("dialogQuery", None)
        dialog_query: SearchDialogQuery | None
        if _dialog_query is None:
            dialog_query = None
        else:
            dialog_query = SearchDialogQuery.from_dict(_dialog_query)

        search_query = cls(
            text_query=text_query,
            image_query=image_query,
            person_query=person_query,
            dialog_query=dialog_query,
            explicit_nulls=explicit_nulls,
        )

        return search_query
