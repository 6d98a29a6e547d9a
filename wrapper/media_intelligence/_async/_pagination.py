"""Auto-pagination of the spec's list operations: the paginator of one list, lazy and re-iterable.

How an operation is paged is `Pagination` (``_paging.py``). A paginator is
built from a function fetching one page (``fetch(page_num, page_size) ->
result model``) and iterates lazily over the items of all pages, from
``start_page`` on. It is re-iterable: each iteration (and each ``pages()``)
walks the pages from the start again; ``page()`` fetches one page.

>>> for ws in client.workspaces.list(page_size=100):
...     print(ws.workspace_name)
>>> for page in client.assets.list(project_id=1).pages():    # one result model per page
...     print(page.page_no, len(page.content))

The async paginator is written in ``_async/_pagination.py``;
``make generate`` derives the blocking one (``_pagination.py``).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from typing import Generic

from .._paging import ItemT, PageT, Pagination, PaginatorBase, snake_case

__all__ = ["AsyncPaginator", "Pagination", "snake_case"]


class AsyncPaginator(PaginatorBase[PageT], AsyncIterable[ItemT], Generic[ItemT, PageT]):
    """The items of every page of a list operation, fetched lazily; re-iterable.

    Each ``async for`` walks the pages from ``start_page`` again; ``pages()``
    iterates over the page result models; ``page(n)`` fetches one page;
    ``to_list()`` collects all items.
    """

    def __init__(
        self,
        fetch: Callable[[int, int | None], Awaitable[PageT]],
        pagination: Pagination,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        first: PageT | None = None,
    ) -> None:
        super().__init__(pagination, page_size=page_size, start_page=start_page, first=first)
        self._fetch = fetch

    async def page(self, page_num: int | None = None) -> PageT:
        """One page (default: the start page; a first page already fetched is not fetched again)."""
        page_num = self.start_page if page_num is None else page_num
        if self._first is not None and page_num == self.start_page:
            return self._first
        return await self._fetch(page_num, self.page_size)

    async def pages(self) -> AsyncIterator[PageT]:
        page_num = self.start_page
        first = self._first
        while True:
            if first is not None:
                page, first = first, None
            else:
                page = await self._fetch(page_num, self.page_size)
            yield page
            if not self.pagination.has_next(page, page_num, self.page_size):
                return
            page_num += 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self.pagination.items(page):
                yield item

    async def to_list(self) -> list[ItemT]:
        return [item async for item in self]
