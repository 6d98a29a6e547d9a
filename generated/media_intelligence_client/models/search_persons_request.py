from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.person_name_type import PersonNameType
from ..models.person_sort_column import PersonSortColumn
from ..models.person_sort_type import PersonSortType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchPersonsRequest")


@_attrs_define
class SearchPersonsRequest:
    """
    Attributes:
        page_num (int): Page number, starting at 1.
        page_size (int | Unset): Items per page. Default: 10.
        name (str | Unset): Name filter for listing and searching; 2-50 characters, without `;`, `|` or a backtick.
        person_ids (list[int] | Unset): Person ids to search among; at most 100 (50012). The page states no limit: the
            limit and its code
            are those of the asset search's person query (inferred).
        tag_ids (list[int] | Unset): Tag ids to filter by.
        name_type (PersonNameType | Unset): Naming status filter of searchPersons. `NAMED` - persons with a name;
            `ANONYMOUS` - without.
        sort_column (PersonSortColumn | Unset): Sort key of searchPersons: `ASSET_COUNT` (number of assets the person
            appears in), `CREATED_AT`
            (registration time), `PERSON_ID`, `NAME`.
        sort_type (PersonSortType | Unset): Sort direction of searchPersons.
    """

    page_num: int
    page_size: int | Unset = 10
    name: str | Unset = UNSET
    person_ids: list[int] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    name_type: PersonNameType | Unset = UNSET
    sort_column: PersonSortColumn | Unset = UNSET
    sort_type: PersonSortType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        page_num = self.page_num

        page_size = self.page_size

        name = self.name

        person_ids: list[int] | Unset = UNSET
        if not isinstance(self.person_ids, Unset):
            person_ids = self.person_ids

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        name_type: str | Unset = UNSET
        if not isinstance(self.name_type, Unset):
            name_type = self.name_type.value

        sort_column: str | Unset = UNSET
        if not isinstance(self.sort_column, Unset):
            sort_column = self.sort_column.value

        sort_type: str | Unset = UNSET
        if not isinstance(self.sort_type, Unset):
            sort_type = self.sort_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pageNum": page_num,
            }
        )
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if name is not UNSET:
            field_dict["name"] = name
        if person_ids is not UNSET:
            field_dict["personIds"] = person_ids
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if name_type is not UNSET:
            field_dict["nameType"] = name_type
        if sort_column is not UNSET:
            field_dict["sortColumn"] = sort_column
        if sort_type is not UNSET:
            field_dict["sortType"] = sort_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_num = d.pop("pageNum")

        page_size = d.pop("pageSize", UNSET)

        name = d.pop("name", UNSET)

        person_ids = cast(list[int], d.pop("personIds", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        _name_type = d.pop("nameType", UNSET)
        name_type: PersonNameType | Unset
        if isinstance(_name_type, Unset):
            name_type = UNSET
        else:
            name_type = PersonNameType(_name_type)

        _sort_column = d.pop("sortColumn", UNSET)
        sort_column: PersonSortColumn | Unset
        if isinstance(_sort_column, Unset):
            sort_column = UNSET
        else:
            sort_column = PersonSortColumn(_sort_column)

        _sort_type = d.pop("sortType", UNSET)
        sort_type: PersonSortType | Unset
        if isinstance(_sort_type, Unset):
            sort_type = UNSET
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
