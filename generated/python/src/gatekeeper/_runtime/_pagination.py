"""Cursor pagination: one page, and lazy iteration over every item of every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Iterable, Iterator, Mapping
from typing import Any, Callable, Generic, TypeVar, cast

__all__ = ["Page", "aiterate_pages", "iterate_pages"]

T = TypeVar("T")


class Page(Generic[T]):
    """One page of a list operation.

    Iterating a page yields its items; ``next_cursor`` fetches the next page (pass it as
    ``cursor=``), or use the method's ``list_all``-style twin to walk every page lazily.
    """

    __slots__ = ("has_more", "items", "next_cursor", "raw")

    items: list[T]
    next_cursor: str | None
    has_more: bool
    raw: Mapping[str, Any]

    def __init__(
        self, items: list[T], next_cursor: str | None, has_more: bool, raw: Mapping[str, Any]
    ) -> None:
        self.items = items
        self.next_cursor = next_cursor
        self.has_more = has_more
        self.raw = raw

    @classmethod
    def from_data(
        cls,
        data: object,
        *,
        items_field: str,
        next_cursor_field: str,
        has_more_field: str | None = None,
    ) -> Page[Any]:
        """Reads a page object (``{items, nextCursor}``) as returned by the API."""
        raw: Mapping[str, Any] = (
            cast("Mapping[str, Any]", data) if isinstance(data, Mapping) else {}
        )
        items_value: object = raw.get(items_field)
        items: list[Any] = []
        if isinstance(items_value, list):
            items.extend(cast("Iterable[Any]", items_value))
        cursor_value = raw.get(next_cursor_field)
        next_cursor = str(cursor_value) if cursor_value not in (None, "") else None
        has_more_value = raw.get(has_more_field) if has_more_field else None
        has_more = (
            bool(has_more_value) if isinstance(has_more_value, bool) else next_cursor is not None
        )
        return Page(items, next_cursor, has_more and next_cursor is not None, raw)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        cursor, more = self.next_cursor, self.has_more
        return f"Page(items={len(self.items)}, next_cursor={cursor!r}, has_more={more!r})"


def iterate_pages(
    fetch: Callable[..., Page[T]], cursor_arg: str, cursor: str | None = None
) -> Iterator[T]:
    """Every item of every page, fetching one page at a time, when the previous one is used up.

    ``fetch`` is the list method with its other arguments bound; the cursor is passed to it as the
    keyword argument ``cursor_arg``.
    """
    while True:
        page = fetch(**{cursor_arg: cursor})
        yield from page.items
        if not page.has_more or page.next_cursor is None or page.next_cursor == cursor:
            return
        cursor = page.next_cursor


async def aiterate_pages(
    fetch: Callable[..., Awaitable[Page[T]]], cursor_arg: str, cursor: str | None = None
) -> AsyncIterator[T]:
    """Async twin of :func:`iterate_pages`."""
    while True:
        page = await fetch(**{cursor_arg: cursor})
        for item in page.items:
            yield item
        if not page.has_more or page.next_cursor is None or page.next_cursor == cursor:
            return
        cursor = page.next_cursor
