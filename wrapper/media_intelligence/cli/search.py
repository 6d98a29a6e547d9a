"""``mi search "text"``: search scenes and images by text or image, with person and dialogue conditions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import cancel_on_interrupt, command, fail, fmt_range, get, respond, spinner, state, table
from ._lookup import resolve_person, resolve_project

app = new_app()

SNIPPET = 80


def _snippet(text: Any) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= SNIPPET else value[: SNIPPET - 1] + "…"


#: A repeatable option's values (None when not given).
Many = list[str] | None


@command(app, "search")
def search(
    text: Annotated[str | None, typer.Argument(help="What to look for, in words (or give --image).")] = None,
    image: Annotated[Path | None, typer.Option("--image", help="Search with this image instead of text.")] = None,
    person: Annotated[Many, typer.Option("--person", help="Person (id or name) who must appear; repeatable.")] = None,
    any_person: Annotated[Many, typer.Option("--any-person", help="One of these persons appears; repeatable.")] = None,
    not_person: Annotated[Many, typer.Option("--not-person", help="Person who must not appear; repeatable.")] = None,
    dialog: Annotated[Many, typer.Option("--dialog", help="A line that must be spoken; repeatable.")] = None,
    not_dialog: Annotated[Many, typer.Option("--not-dialog", help="A line never spoken; repeatable.")] = None,
    project: Annotated[
        Many, typer.Option("--project", "-P", help="Search only these projects (id or name; repeatable).")
    ] = None,
    asset: Annotated[
        list[int] | None, typer.Option("--asset", help="Search only these asset ids (repeatable; not with --project).")
    ] = None,
    asset_type: Annotated[
        Many, typer.Option("--type", help="VIDEO or IMAGE (repeatable; without --project: every project).")
    ] = None,
    confidence: Annotated[
        str | None, typer.Option("--confidence", help="Match threshold: LOW, MEDIUM (default) or HIGH.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many results.")] = 20,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for the search.")] = 600.0,
) -> None:
    """Search the analysed media; prints asset, time range, score and the matched scene's caption."""
    st = state()
    if (text is None) == (image is None):
        fail(
            "Give either a text or --image.",
            code="INVALID_ARGUMENT",
            hint='mi search "red car"  or  mi search --image query.jpg',
            exit_code=2,
        )
    if image is not None and not image.is_file():
        fail(f"No such file: {image}", code="FILE_NOT_FOUND", hint="check the path", exit_code=2)
    ws = st.require_workspace()
    client = st.client()

    def persons(values: list[str] | None) -> list[int] | None:
        return [resolve_person(client, v, ws) for v in values] if values else None

    projects = [resolve_project(client, p, ws) for p in project] if project else None
    if projects is None and not asset:
        # a filter needs projectIds or assetIds (the spec's oneOf): no scope means every project
        projects = [p.project_id for p in client.projects.list(workspace=ws)]
    with (
        cancel_on_interrupt(st, "the search", None),
        spinner(st, "searching...") as update,
    ):
        results = client.search.run(
            text=text,
            image=image,
            person_ids=persons(person),
            any_person_ids=persons(any_person),
            not_person_ids=persons(not_person),
            dialogues=dialog or None,
            not_dialogues=not_dialog or None,
            project_ids=projects,
            asset_ids=asset or None,
            asset_types=[t.upper() for t in asset_type] if asset_type else None,
            confidence=confidence.upper() if confidence else None,
            page_size=min(limit, 100),
            workspace=ws,
            timeout=timeout,
            on_progress=lambda p: update(f"searching: {p.status} ({p.elapsed:.0f} s)"),
        )
        hits: list[Any] = []
        for hit in results:
            hits.append(hit)
            if len(hits) >= limit:
                break
    total = results.total_count
    rows = []
    for rank, hit in enumerate(hits, 1):
        name = get(hit, "asset_name", default="")
        asset_id = get(hit, "asset_id", default="-")
        kind = get(hit, "asset_type", default="-")
        span = fmt_range(get(hit, "start_time_ms"), get(hit, "end_time_ms")) if kind != "IMAGE" else "-"
        score = get(hit, "score")
        rows.append(
            (
                rank,
                f"{name} ({asset_id})" if name else asset_id,
                kind,
                span,
                f"{score:.3f}" if isinstance(score, (int, float)) else "-",
                _snippet(get(hit, "description")),
            )
        )
    query = f'"{text}"' if text is not None else f"image {image}"
    shown = f"{len(hits)} of {total}" if total is not None else str(len(hits))
    title = f"{shown} result(s) for {query} (search {results.search_id})"
    answer = {"searchId": results.search_id, "totalCount": total, "results": hits}
    respond(answer, table(title, ["#", "asset", "type", "time", "score", "snippet"], rows))
