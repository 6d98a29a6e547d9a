"""``mi``'s stdout: plain aligned columns when piped, rich tables and styles on a terminal."""

from __future__ import annotations

import io
import subprocess
import sys

from rich.console import Console

from media_intelligence.cli._output import Styled, Table, plain, plain_table, rich_table

TABLE = Table(
    "2 project(s) in demo", ["id", "name", "status"], [(1, "Base project", Styled("ok", "green")), (12, "a\nb", None)]
)


def test_plain_table_aligns_columns_and_flattens_cells() -> None:
    assert plain_table(TABLE).splitlines() == [
        "2 project(s) in demo",
        "id  name          status",
        "1   Base project  ok",
        "12  a b",
    ]


def test_plain_strips_mi_markup_only() -> None:
    assert plain("Created project [bold]demo[/] (id 3)") == "Created project demo (id 3)"
    assert plain("[bold red]error[/] [red]X[/]: [dim]hint:[/] see \\[docs]") == "error X: hint: see [docs]"
    assert plain("tags [a] and [b c]") == "tags [a] and [b c]"


def test_rich_table_styles_and_escapes_cells() -> None:
    tbl = Table(None, ["name", "status"], [("[bold]not markup[/]", Styled("failed", "red"))])
    out = io.StringIO()
    Console(file=out, force_terminal=True, color_system="standard", width=80).print(rich_table(tbl))
    text = out.getvalue()
    assert "[bold]not markup[/]" in text  # escaped: shown as typed
    assert "\x1b[31mfailed" in text  # styled red


def test_piped_output_needs_no_rich() -> None:
    # rich's modules made unimportable (httpx would import them too, for its own command line, when click is installed)
    script = (
        "import importlib.abc, sys\n"
        "class NoRich(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('rich.'):\n"
        "            raise ModuleNotFoundError(name, name=name)\n"
        "sys.meta_path.insert(0, NoRich())\n"
        "from media_intelligence.cli._common import State\n"
        "from media_intelligence.cli._output import Table\n"
        "st = State()\n"
        "st.say('Created project [bold]x[/]')\n"
        "st.show(Table('t', ['a'], [(1,)]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.splitlines() == ["Created project x", "t", "a", "1"]
