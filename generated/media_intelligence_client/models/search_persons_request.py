from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.person_name_type import PersonNameType
from ..models.person_sort_column import PersonSortColumn
from ..models.person_sort_type import PersonSortType

T = TypeVar("T", bound="SearchPersonsRequest")


@_attrs_define
class SearchPersonsRequest:
    """
    Attributes:
        page_num (int): Page number, starting at 1.
        page_size (int | None): Items per page. Default: 10.
        name (str | None): Name filter for listing and searching; 2-50 characters, without `;`, `|` or a backtick.
        person_ids (list[int] | None): Person ids to search among; at most 100 (50012). The page states no limit: the
            limit and its code
            are those of the asset search's person query (inferred).
        tag_ids (list[int] | None): Tag ids to filter by.
        name_type (PersonNameType | None): Naming status filter of searchPersons. `NAMED` - persons with a name;
            `ANONYMOUS` - without.
        sort_column (PersonSortColumn | None): Sort key of searchPersons: `ASSET_COUNT` (number of assets the person
            appears in), `CREATED_AT`
            (registration time), `PERSON_ID`, `NAME`.
        sort_type (PersonSortType | None): Sort direction of searchPersons.
    """

    page_num: int
    page_size: int | None = 10
    name: str | None = None
    person_ids: list[int] | None = None
    tag_ids: list[int] | None = None
    name_type: PersonNameType | None = None
    sort_column: PersonSortColumn | None = None
    sort_type: PersonSortType | None = None

    def to_dict(self) -> dict[str, Any]:
        page_num = self.page_num

        page_size = self.page_size

        name = self.name

        person_ids: list[int] | None = None
        if self.person_ids is not None:
            person_ids = self.person_ids

        tag_ids: list[int] | None = None
        if self.tag_ids is not None:
            tag_ids = self.tag_ids

        name_type: str | None = None
        if self.name_type is not None:
            name_type = self.name_type.value

        sort_column: str | None = None
        if self.sort_column is not None:
            sort_column = self.sort_column.value

        sort_type: str | None = None
        if self.sort_type is not None:
            sort_type = self.sort_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pageNum": page_num,
            }
        )
        if page_size is not None:
            field_dict["pageSize"] = page_size
        if name is not None:
            field_dict["name"] = name
        if person_ids is not None:
            field_dict["personIds"] = person_ids
        if tag_ids is not None:
            field_dict["tagIds"] = tag_ids
        if name_type is not None:
            field_dict["nameType"] = name_type
        if sort_column is not None:
            field_dict["sortColumn"] = sort_column
        if sort_type is not None:
            field_dict["sortType"] = sort_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_num = d.pop("pageNum")

        page_size = d.pop("pageSize", None)

        name = d.pop("name", None)

        person_ids = cast(list[int], d.pop("personIds", None))

        tag_ids = cast(list[int], d.pop("tagIds", None))

        _name_type = d.pop("nameType", None)
        name_type: PersonNameType | None
        if _name_type is None:
            name_type = None
        else:
            name_type = PersonNameType(_name_type)

        _sort_column = d.pop("sortColumn", None)
        sort_column: PersonSortColumn | None
        if _sort_column is None:
            sort_column = None
        else:
            sort_column = PersonSortColumn(_sort_column)

        _sort_type = d.pop("sortType", None)
        sort_type: PersonSortType | None
        if _sort_type is None:
            sort_type = None
        else:
            sort_type = PersonSortType(_sort_type)

        search_persons_request = cls(
            page_num=page_num,
            page_size=page_size,
            name=name,
            person_ids=person_ids,
            tag_ids=tag_ids,
            name_type=name_type,
            sort_column=sort_column,
            sort_type=sort_type,
        )

        return search_persons_request
