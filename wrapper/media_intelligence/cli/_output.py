"""What ``mi`` prints on stdout: rich tables and markup on a terminal, plain text when piped.

Piped output (``mi projects list | grep demo``, scripts, tests) gets aligned
columns and no markup, and does not import rich at all: rich's console and
table cost a simple command more than its HTTP call. On a terminal, the same
`Table` becomes a rich table and markup (``[bold]...[/]``) is styled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table as RichTable

__all__ = ["Styled", "Table", "plain", "plain_table", "rich_table"]

# The markup mi's own messages use: [bold], [dim], [red]..., [bold red], and [/] or [/bold] to close.
_STYLES = "bold|dim|italic|red|green|yellow|cyan"
_TAG = re.compile(rf"\[/?(?:(?:{_STYLES})(?: (?:{_STYLES}))*)?\]")


@dataclass(frozen=True)
class Styled:
    """A table cell with a style (``Styled("failed", "red")``); plain text when piped."""

    text: str
    style: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Table:
    """Rows under named columns, with an optional title line."""

    title: str | None
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]


def plain(markup: str) -> str:
    """A message without its markup (rich's ``\\[`` escapes become ``[``)."""
    return _TAG.sub("", markup).replace("\\[", "[")


def _cell(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def plain_table(tbl: Table) -> str:
    """The table as aligned columns, two spaces apart, one line per row."""
    cells = [[_cell(c) for c in tbl.columns], *([_cell(c) for c in row] for row in tbl.rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(tbl.columns))]
    lines = [tbl.title] if tbl.title else []
    lines += ["  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def rich_table(tbl: Table) -> RichTable:
    """The table as a rich Table (cells escaped, `Styled` cells styled)."""
    from rich.markup import escape
    from rich.table import Table as RichTable

    out = RichTable(title=tbl.title, title_justify="left", show_lines=False)
    for column in tbl.columns:
        out.add_column(column, overflow="fold")
    for row in tbl.rows:
        out.add_row(*(f"[{c.style}]{escape(c.text)}[/]" if isinstance(c, Styled) else escape(_cell(c)) for c in row))
    return out
