"""``mi ice libs|media|search``: Alibaba Cloud ICE search (alibaba-ice.yaml) through the ``alibaba_ice`` wrapper.

::

    mi ice libs list | get NAME | create NAME [--index mm --index face] | drop NAME --yes
    mi ice media register oss://bucket/key [--title T] [--type video]
    mi ice media insert MEDIA_ID_OR_URL --lib NAME [--wait]
    mi ice media get MEDIA_ID
    mi ice search [--match "title = 'beach'"] [--text "a dog"] --lib NAME [--sort-by utcCreate:Desc] [--all]

Credentials: ``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET``
(and ``ALIBABA_CLOUD_SECURITY_TOKEN``). Endpoint: ``--base-url`` (the local
emulator serves ICE on its one port: ``--base-url http://127.0.0.1:8080``),
else the region's (``--region``, ``ALIBABA_CLOUD_REGION_ID``). ``--json``
prints the answers as JSON; errors print their ICE code, message and a hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import EXIT_USAGE, CliError, command, confirm_or_fail, respond, state, table

if TYPE_CHECKING:
    from alibaba_ice import IceSearch

app = new_app(help="Alibaba Cloud ICE media search: search libraries, media registration and SearchMedia.")
app.info.no_args_is_help = True
libs = new_app(help="Search libraries (and their indexes).", no_args_is_help=True)
media = new_app(help="Media: register, insert into a library, show.", no_args_is_help=True)
app.add_typer(libs, name="libs")
app.add_typer(media, name="media")

RegionOpt = Annotated[
    str | None, typer.Option("--region", help="Region ID (default: ALIBABA_CLOUD_REGION_ID, then cn-shanghai).")
]
LibOpt = Annotated[str | None, typer.Option("--lib", help="Search library (default: the account's default library).")]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]

_HINTS = {
    "SearchLibNotExist": "check the library name (`mi ice libs list`)",
    "SearchIndexNotExist": "the library has no such index: `mi ice libs create NAME --index mm`",
    "MediaNotExist": "check the media ID (`mi ice search --lib NAME`)",
    "InputURLNotExist": "the object cannot be read: check the bucket and key of the URL",
    "SearchLibAlreadyExist": "pick another name, or use the existing library",
}


@contextmanager
def _ice_errors() -> Iterator[None]:
    """ICE's exceptions as the CLI's errors (code, message, hint, exit status)."""
    from alibaba_ice import IceApiError, IceValidationError, IceWaitTimeout, MissingCredentialsError

    try:
        yield
    except IceValidationError as exc:
        raise CliError(
            str(exc), code="INVALID_REQUEST", hint="nothing was sent; fix the value named above", exit_code=EXIT_USAGE
        ) from None
    except MissingCredentialsError as exc:
        raise CliError(
            str(exc),
            code="NO_CREDENTIALS",
            hint="set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            exit_code=EXIT_USAGE,
        ) from None
    except IceWaitTimeout as exc:
        raise CliError(str(exc), code="WAIT_TIMEOUT", hint="the index job is still running; try again later") from None
    except IceApiError as exc:
        message = exc.message + (f" (request id {exc.request_id})" if exc.request_id else "")
        hint = _HINTS.get(exc.code) or exc.meaning
        if exc.status == 429 and exc.retry_after:
            hint = f"throttled: wait {exc.retry_after:.0f} s and try again"
        raise CliError(message, code=exc.code, hint=hint) from None


@contextmanager
def _client(region: str | None) -> Iterator[IceSearch]:
    from alibaba_ice import IceSearch

    with _ice_errors(), IceSearch(region, endpoint=state().base_url) as ice:
        yield ice


def _rows(items: list[Any]) -> list[tuple[Any, ...]]:
    out = []
    for item in items:
        info = getattr(item, "media_basic_info", None)
        title = getattr(info, "title", "") if info is not None else ""
        media_type = getattr(info, "media_type", "") if info is not None else ""
        out.append((_plain(item.media_id), _plain(media_type), _plain(title)))
    return out


def _plain(value: Any) -> Any:
    return "" if value is None or type(value).__name__ == "Unset" else value


# --------------------------------------------------------------------------- #
# libraries


@command(libs, "list")
def list_libs(region: RegionOpt = None) -> None:
    """List the search libraries."""
    with _client(region) as ice:
        found = list(ice.iter_pages("ListSearchLib"))
    rows = [(_plain(lib.search_lib_name), _plain(lib.status)) for lib in found]
    respond(found, table(f"{len(found)} search librar{'y' if len(found) == 1 else 'ies'}", ["name", "status"], rows))


@command(libs, "get")
def get_lib(name: Annotated[str, typer.Argument(help="Library name.")], region: RegionOpt = None) -> None:
    """Show a search library and its indexes."""
    with _client(region) as ice:
        found = ice.call("QuerySearchLib", search_lib_name=name)
    indexes = ", ".join(f"{_plain(i.index_type)} ({_plain(i.index_status)})" for i in _plain(found.index_info) or [])
    rows = [("name", _plain(found.search_lib_name)), ("status", _plain(found.status)), ("indexes", indexes or "none")]
    respond(found, table(None, ["field", "value"], rows))


@command(libs, "create")
def create_lib(
    name: Annotated[str, typer.Argument(help="Library name.")],
    index: Annotated[
        list[str] | None, typer.Option("--index", help="An index to create with it: mm, face or aiLabel (repeatable).")
    ] = None,
    region: RegionOpt = None,
) -> None:
    """Create a search library (and its indexes)."""
    with _client(region) as ice:
        created = ice.call("CreateSearchLib", search_lib_name=name)
        for index_type in index or []:
            ice.call("CreateSearchIndex", search_lib_name=name, index_type=index_type)
    message = f"Created search library [bold]{created.search_lib_name}[/]" + (
        f" with {', '.join(index)}" if index else ""
    )
    respond({"SearchLibName": created.search_lib_name, "Indexes": list(index or [])}, message)


@command(libs, "drop")
def drop_lib(
    name: Annotated[str, typer.Argument(help="Library name.")], yes: YesOpt = False, region: RegionOpt = None
) -> None:
    """Drop a search library."""
    confirm_or_fail(f"drop the search library {name}", yes)
    with _client(region) as ice:
        ice.call("DropSearchLib", search_lib_name=name)
    respond({"SearchLibName": name, "Dropped": True}, f"Dropped search library {name}")


# --------------------------------------------------------------------------- #
# media


@command(media, "register")
def register_media(
    input_url: Annotated[str, typer.Argument(help="The media's URL, e.g. oss://bucket/video/clip.mp4.")],
    title: Annotated[str | None, typer.Option("--title", help="Title.")] = None,
    media_type: Annotated[str | None, typer.Option("--type", help="video, image, audio...")] = None,
    region: RegionOpt = None,
) -> None:
    """Register a media asset (RegisterMediaInfo); prints its media ID."""
    with _client(region) as ice:
        registered = ice.call("RegisterMediaInfo", input_url=input_url, title=title, media_type=media_type)
    respond(registered, f"Registered {input_url} as media [bold]{registered.media_id}[/]")


@command(media, "insert")
def insert_media(
    media: Annotated[str, typer.Argument(help="A media ID, or a URL (registered on the way).")],
    lib: LibOpt = None,
    title: Annotated[str | None, typer.Option("--title", help="Title stored with the library entry.")] = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait for the index jobs to finish.")] = True,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for the index jobs.")] = 300.0,
    region: RegionOpt = None,
) -> None:
    """Insert media into a search library (InsertMediaToSearchLib) and wait for its index jobs."""
    body = {"Title": title} if title else None
    with _client(region) as ice:
        inserted = ice.call("InsertMediaToSearchLib", input=media, search_lib_name=lib, msg_body=body)
        jobs = ice.wait_for_index_jobs(inserted.media_id, search_lib_name=lib, timeout=timeout) if wait else []
    states = [{"IndexType": str(_plain(j.index_type)), "Status": str(_plain(j.status))} for j in jobs]
    done = ", ".join(f"{s['IndexType']}: {s['Status']}" for s in states)
    message = f"Inserted media [bold]{inserted.media_id}[/]" + (f" ({done})" if done else "")
    respond({"MediaId": inserted.media_id, "IndexJobs": states}, message)


@command(media, "get")
def get_media(media_id: Annotated[str, typer.Argument(help="Media ID.")], region: RegionOpt = None) -> None:
    """Show a registered media asset (GetMediaInfo)."""
    with _client(region) as ice:
        found = ice.call("GetMediaInfo", media_id=media_id)
    info = _plain(getattr(_plain(found.media_info), "media_basic_info", None))
    fields = ("media_id", "input_url", "media_type", "title", "status", "create_time")
    rows = [(name, _plain(getattr(info, name, None))) for name in fields] if info else [("media", media_id)]
    respond(found, table(None, ["field", "value"], rows))


# --------------------------------------------------------------------------- #
# search


@command(app, "search")
def search(
    match: Annotated[str | None, typer.Option("--match", help="A Match filter, e.g. \"title = 'beach'\".")] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Natural-language text (SearchMediaByMultimodal) instead of a filter.")
    ] = None,
    lib: LibOpt = None,
    sort_by: Annotated[str | None, typer.Option("--sort-by", help="e.g. utcCreate:Desc.")] = None,
    page_size: Annotated[int | None, typer.Option("--page-size", help="Results per page.")] = None,
    all_pages: Annotated[bool, typer.Option("--all", help="Every result, page by page (SearchMedia).")] = False,
    region: RegionOpt = None,
) -> None:
    """Search the media of a library: by Match filter (SearchMedia) or by text (SearchMediaByMultimodal)."""
    if text is not None and (match is not None or sort_by is not None):
        raise CliError(
            "--text cannot be combined with --match or --sort-by", code="INVALID_REQUEST", exit_code=EXIT_USAGE
        )
    with _client(region) as ice:
        if text is not None:
            result = ice.call("SearchMediaByMultimodal", text=text, search_lib_name=lib, page_size=page_size)
            items = list(_plain(result.media_list) or [])
        elif all_pages:
            items = list(
                ice.iter_pages("SearchMedia", match=match, search_lib_name=lib, sort_by=sort_by, page_size=page_size)
            )
        else:
            result = ice.call("SearchMedia", match=match, search_lib_name=lib, sort_by=sort_by, page_size=page_size)
            items = list(_plain(result.media_info_list) or [])
    respond(items, table(f"{len(items)} media", ["media id", "type", "title"], _rows(items)))
