"""How the spec pages a list (its ``x-pagination`` operation extension), for the paginators.

Every paged list of the spec says how it is paged::

    x-pagination: {pageParam: pageNum, sizeParam: pageSize, itemsField: content,
                   totalPagesField: totalPage, totalCountField: totalCount,
                   firstPage: 1}            # + "in: body" for searchPersons

`Pagination.of(client, operation_id)` reads that (and the default and
maximum page size from the size parameter's schema). A paginator is built
from a function fetching one page (``fetch(page_num, page_size) -> result
model``) and iterates lazily over the items of all pages, from
``start_page`` on. It is re-iterable: each iteration (and each ``pages()``)
walks the pages from the start again; ``page()`` fetches one page.
Unpaged lists of the spec (``listProjects``) are the same object over their
one response (`Pagination.single`), so every ``list`` reads alike:

>>> for ws in client.workspaces.list(page_size=100):     # SyncPaginator
...     print(ws.workspace_name)
>>> async for person in aclient.persons.list():           # AsyncPaginator
...     ...
>>> for page in client.assets.list(project_id=1).pages():    # one result model per page
...     print(page.page_no, len(page.content))

The paginators are written once, async (``_async/_pagination.py``); ``make
generate`` derives `SyncPaginator` (``_pagination.py``). A page is fetched
only when iteration reaches it. Iteration stops after the
page whose number reaches the ``totalPagesField`` value; when a response has
no total, after a page with fewer items than the page size, or an empty page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from ._base_client import BaseAPIClient

__all__ = ["ItemT", "PageT", "Pagination", "PaginatorBase", "snake_case"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

_SNAKE = re.compile(r"(?<=[a-z0-9])([A-Z])")


def snake_case(name: str) -> str:
    """``totalPage`` -> ``total_page`` (the generated models' attribute names)."""
    return _SNAKE.sub(r"_\1", name).replace("-", "_").lower()


def _attr(model: Any, wire_name: str) -> Any:
    attr = snake_case(wire_name)
    if hasattr(model, attr):
        return getattr(model, attr)
    if hasattr(model, attr + "_"):  # generated names avoid keywords/builtins (filter_, not_)
        return getattr(model, attr + "_")
    props = getattr(model, "additional_properties", None)
    if isinstance(props, Mapping):
        return props.get(wire_name)
    return None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Pagination:
    """How one operation is paged (its ``x-pagination``), plus its page-size bounds."""

    operation_id: str
    page_param: str
    size_param: str
    items_field: str
    total_pages_field: str | None
    total_count_field: str | None
    first_page: int
    location: Literal["query", "body"]
    default_page_size: int | None
    max_page_size: int | None
    #: An unpaged list: its one response is the only page.
    unpaged: bool = False

    @classmethod
    def of(cls, client: BaseAPIClient[Any], operation_id: str) -> Pagination:
        """Read the operation's ``x-pagination`` (``ValueError`` if it is not paged)."""
        paging = client.operation(operation_id).pagination
        if paging is None:
            raise ValueError(f"{operation_id} has no x-pagination in the spec")
        location: Literal["query", "body"] = "body" if paging.location == "body" else "query"
        return cls(
            operation_id=operation_id,
            page_param=paging.page_param,
            size_param=paging.size_param,
            items_field=paging.items_field,
            total_pages_field=paging.total_pages_field,
            total_count_field=paging.total_count_field,
            first_page=paging.first_page,
            location=location,
            default_page_size=paging.default_size,
            max_page_size=paging.max_size,
        )

    @classmethod
    def single(cls, operation_id: str, items_field: str) -> Pagination:
        """An unpaged list operation whose result holds its items in ``items_field``."""
        return cls(operation_id, "", "", items_field, None, None, 1, "query", None, None, unpaged=True)

    # -- reading a page (a generated result model) ------------------------------

    def items(self, page: Any) -> list[Any]:
        value = _attr(page, self.items_field)
        return list(value) if isinstance(value, list) else []

    def total_pages(self, page: Any) -> int | None:
        return _int_or_none(_attr(page, self.total_pages_field)) if self.total_pages_field else None

    def total_count(self, page: Any) -> int | None:
        return _int_or_none(_attr(page, self.total_count_field)) if self.total_count_field else None

    def has_next(self, page: Any, page_num: int, page_size: int | None) -> bool:
        """Whether a page follows ``page`` (number ``page_num``, asked with ``page_size``)."""
        items = self.items(page)
        if self.unpaged or not items:
            return False
        total = self.total_pages(page)
        if total is not None:
            return page_num - self.first_page + 1 < total
        size = page_size or _int_or_none(_attr(page, self.size_param)) or self.default_page_size
        return size is None or len(items) >= size


class PaginatorBase(Generic[PageT]):
    """What the sync and async paginators share: the paging, the page size and the start page."""

    def __init__(
        self,
        pagination: Pagination,
        *,
        page_size: int | None,
        start_page: int | None,
        first: PageT | None,
    ) -> None:
        if page_size is not None and page_size < 1:
            raise ValueError("page_size must be >= 1")
        self.pagination = pagination
        self.page_size = page_size
        self.start_page = pagination.first_page if start_page is None else start_page
        if self.start_page < pagination.first_page:
            raise ValueError(f"start_page must be >= {pagination.first_page}")
        self._first = first

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.pagination.operation_id}, page_size={self.page_size}, "
            f"start_page={self.start_page})"
        )
