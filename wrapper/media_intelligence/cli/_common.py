"""What every ``mi`` command shares: the global options, the client, output and error handling.

Every command accepts ``--json``, ``--profile``, ``--base-url`` and
``--workspace`` (added by `command`), before or after the subcommand
(``mi --json projects list`` and ``mi projects list --json`` are the same).
The client (``MediaIntelligence``, its resource modules and the generated
models they read) is made only when a command needs one; ``mi --help`` does
not import this package at all (see ``media_intelligence_cli``).

Where settings come from (first wins):

* credentials: ``--profile`` given -> that profile of ``~/.ncloud/configure``
  (``NCLOUD_CONFIG_FILE`` overrides the path); otherwise the wrapper's chain:
  ``NCLOUD_ACCESS_KEY_ID``/``NCLOUD_SECRET_KEY``, then the profile
  ``NCLOUD_PROFILE`` (default ``DEFAULT``) of the file;
* base URL: ``--base-url``, ``MI_BASE_URL``, the profile's ``mi_base_url``,
  ``https://mi.apigw.ntruss.com``;
* workspace: ``--workspace``, ``MI_WORKSPACE``, the profile's ``mi_workspace``.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from media_intelligence_cli._app import COMMON_OPTIONS

from ._config import ProfileSettings, read_profile
from ._output import Table, plain, plain_table, rich_table

if TYPE_CHECKING:
    from rich.console import Console

    from media_intelligence import MediaIntelligence

__all__ = [
    "CliError",
    "State",
    "command",
    "emit_json",
    "fmt_ms",
    "fmt_range",
    "respond",
    "state",
    "to_jsonable",
]

_F = TypeVar("_F", bound=Callable[..., Any])

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """An error the CLI reports itself: a code, a message, a hint and an exit status."""

    def __init__(self, message: str, *, code: str = "ERROR", hint: str | None = None, exit_code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.exit_code = exit_code


@dataclass
class State:
    """The options of one invocation (root options, then the command's own)."""

    json: bool = False
    profile: str | None = None
    base_url: str | None = None
    workspace: str | None = None
    _client: Any = field(default=None, repr=False)
    _settings: ProfileSettings | None = field(default=None, repr=False)
    _out: Console | None = field(default=None, repr=False)
    _err: Console | None = field(default=None, repr=False)

    # -- consoles --------------------------------------------------------------

    @property
    def out(self) -> Console:
        """Results (stdout)."""
        if self._out is None:
            from rich.console import Console

            self._out = Console(highlight=False, soft_wrap=True)
        return self._out

    @property
    def err(self) -> Console:
        """Progress, notes and errors (stderr)."""
        if self._err is None:
            from rich.console import Console

            self._err = Console(stderr=True, highlight=False)
        return self._err

    def note(self, text: str) -> None:
        """A human line on stderr (kept out of ``--json`` output)."""
        self.err.print(text)

    @property
    def terminal(self) -> bool:
        """Whether stdout is a terminal: rich output there, plain text (and no rich import) when piped."""
        try:
            return sys.stdout.isatty()
        except (AttributeError, ValueError):
            return False

    def say(self, markup: str) -> None:
        """A result line on stdout (rich markup, stripped when piped)."""
        if self.terminal:
            self.out.print(markup)
        else:
            sys.stdout.write(plain(markup) + "\n")

    def show(self, item: Any) -> None:
        """A `Table` (rich on a terminal, aligned columns when piped) or another rich renderable."""
        if not isinstance(item, Table):
            self.out.print(item)
        elif self.terminal:
            self.out.print(rich_table(item))
        else:
            sys.stdout.write(plain_table(item))

    # -- settings --------------------------------------------------------------

    @property
    def settings(self) -> ProfileSettings:
        """The profile's settings (keys, base URL, workspace) read from the config file."""
        if self._settings is None:
            self._settings = read_profile(self.profile)
        return self._settings

    def resolved_base_url(self) -> str:
        from .._credentials import DEFAULT_BASE_URL

        return (self.base_url or os.environ.get("MI_BASE_URL") or self.settings.base_url or DEFAULT_BASE_URL).rstrip(
            "/"
        )

    def resolved_workspace(self) -> str | None:
        return self.workspace or os.environ.get("MI_WORKSPACE") or self.settings.workspace or None

    def require_workspace(self) -> str:
        ws = self.resolved_workspace()
        if not ws:
            raise CliError(
                "No workspace chosen.",
                code="NO_WORKSPACE",
                hint="pass --workspace NAME, set MI_WORKSPACE, or save one with `mi configure --workspace NAME`",
                exit_code=EXIT_USAGE,
            )
        return ws

    # -- the client ------------------------------------------------------------

    def client(self) -> MediaIntelligence:
        """The ``MediaIntelligence`` client for these options (made once per invocation)."""
        if self._client is None:
            from media_intelligence import MediaIntelligence

            from .._credentials import ENV_ACCESS_KEY, ENV_SECRET_KEY, resolve_credentials

            if self.profile:
                # an explicit --profile means that profile, even when the environment has keys
                env = {k: v for k, v in os.environ.items() if k not in (ENV_ACCESS_KEY, ENV_SECRET_KEY)}
                credentials = resolve_credentials(profile=self.profile, environ=env)
            else:
                credentials = resolve_credentials()
            self._client = MediaIntelligence(
                credentials=credentials,
                base_url=self.resolved_base_url(),
                workspace=self.resolved_workspace(),
            )
        client: MediaIntelligence = self._client
        return client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


_current: ContextVar[State | None] = ContextVar("mi_cli_state", default=None)


def state() -> State:
    """The current invocation's `State` (set by `command` from the root callback's context)."""
    current = _current.get()
    if current is None:  # outside a command (tests calling helpers directly)
        current = State()
        _current.set(current)
    return current


# --------------------------------------------------------------------------- #
# commands: the common options (declared with the root's in ``media_intelligence_cli._app``), state, errors

_CTX_PARAM = "mi_typer_context"


def apply_common(
    st: State, json_output: bool, profile: str | None, base_url: str | None, workspace: str | None
) -> State:
    """Merge options given on a command into the invocation's state (command-level wins)."""
    if json_output:
        st.json = True
    if profile is not None:
        st.profile = profile
        st._settings = None
    if base_url is not None:
        st.base_url = base_url
    if workspace is not None:
        st.workspace = workspace
    return st


def command(app: typer.Typer, name: str | None = None, **kwargs: Any) -> Callable[[_F], _F]:
    """``@command(app, "list")``: register a command with the common options and error handling."""

    def decorate(fn: _F) -> _F:
        signature = inspect.signature(fn, eval_str=True)
        own = list(signature.parameters.values())
        names = {p.name for p in own}
        extra = [
            inspect.Parameter(pname, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
            for pname, annotation, default in COMMON_OPTIONS
            if pname not in names
        ]
        extra.append(inspect.Parameter(_CTX_PARAM, inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context))

        @functools.wraps(fn)
        def wrapper(*args: Any, **kw: Any) -> Any:
            common = {pname: kw.pop(pname, default) for pname, _, default in COMMON_OPTIONS if pname not in names}
            ctx: typer.Context = kw.pop(_CTX_PARAM)
            root = ctx.find_root()
            if not isinstance(root.obj, State):
                root.obj = State()
                # the root's own options (``mi --json projects list``), then the command's
                apply_common(root.obj, *(root.params.get(pname, default) for pname, _, default in COMMON_OPTIONS))
            token = _current.set(root.obj)
            st = apply_common(
                root.obj,
                bool(common.get("json_output", False)),
                common.get("profile"),
                common.get("base_url"),
                common.get("workspace"),
            )
            try:
                with handle_errors(st):
                    try:
                        return fn(*args, **kw)
                    finally:
                        st.close()
            finally:
                _current.reset(token)

        wrapper.__signature__ = signature.replace(parameters=own + extra)  # type: ignore[attr-defined]
        annotations = {p.name: p.annotation for p in own + extra if p.annotation is not inspect.Parameter.empty}
        if signature.return_annotation is not inspect.Signature.empty:
            annotations["return"] = signature.return_annotation
        wrapper.__annotations__ = annotations
        app.command(name, **kwargs)(wrapper)
        return fn

    return decorate


# --------------------------------------------------------------------------- #
# errors


def _api_hint(exc: Any, st: State) -> str | None:
    from .. import _errors as e

    name = str(getattr(exc, "error_name", "") or "")
    status = getattr(exc, "status_code", None)
    if isinstance(exc, e.AuthenticationError):
        where = f"profile {st.profile}" if st.profile else "your credentials"
        return (
            f"the access key or secret key was refused, or the clock is more than 5 minutes off; check {where} "
            f"(`mi configure`) and that they belong to {st.resolved_base_url()}"
        )
    if isinstance(exc, e.PermissionDeniedError):
        return "the key is not allowed to do this (sub-account permissions, or another account's workspace)"
    if isinstance(exc, e.NotFoundError) or "NotFound" in name or "NotExist" in name:
        for word, listing in (
            ("Workspace", "mi workspaces list"),
            ("Project", "mi projects list"),
            ("Asset", "mi assets list --project P"),
            ("Index", "mi analyze FILE --project P"),
            ("Tag", "mi tags list"),
            ("Person", "mi persons list"),
            ("Search", "mi search TEXT"),
        ):
            if word in name:
                return f"check the name or id (`{listing}`)"
        return "check the names and ids you passed"
    if isinstance(exc, e.RateLimitError):
        after = getattr(exc, "retry_after", None)
        return f"too many requests: wait {after:.0f} s and try again" if after else "too many requests: try later"
    if isinstance(exc, e.ConflictError):
        return "it already exists, or a job on it is still running"
    if status == 501:
        return "the server does not implement this operation (an emulator handler may be missing)"
    if isinstance(exc, e.InternalServerError):
        return "the service failed; try again later (quote the request id to support)"
    meaning = getattr(exc, "meaning", None)
    return str(meaning) if meaning else None


def describe_error(exc: BaseException, st: State) -> CliError:
    """Turn any exception into a `CliError` (code, message, hint, exit status)."""
    if isinstance(exc, CliError):
        return exc
    from .. import _errors as e

    if isinstance(exc, e.RequestValidationError):
        return CliError(
            str(exc), code="INVALID_REQUEST", hint="nothing was sent; fix the values named above", exit_code=EXIT_USAGE
        )
    if isinstance(exc, e.CredentialsNotFoundError):
        return CliError(
            str(exc),
            code="NO_CREDENTIALS",
            hint="run `mi configure`, or set NCLOUD_ACCESS_KEY_ID and NCLOUD_SECRET_KEY",
            exit_code=EXIT_USAGE,
        )
    if isinstance(exc, e.APIStatusError):
        code = exc.code or (f"gateway {exc.gateway_code}" if exc.gateway_code else f"HTTP {exc.status_code}")
        message = exc.message
        if exc.request_id:
            message += f" (request id {exc.request_id})"
        return CliError(message, code=code, hint=_api_hint(exc, st))
    if isinstance(exc, e.APITimeoutError):
        return CliError(str(exc), code="TIMEOUT", hint=f"{st.resolved_base_url()} did not answer in time; try again")
    if isinstance(exc, e.APIConnectionError):
        return CliError(
            exc.message,
            code="CONNECTION",
            hint=f"could not reach {st.resolved_base_url()}: is it running (`mi emulator status`)? check --base-url",
        )
    if isinstance(exc, e.WaiterTimeoutError):
        return CliError(
            str(exc), code="WAIT_TIMEOUT", hint="the job is still running on the server; wait longer with --timeout"
        )
    if isinstance(exc, e.WaiterError):
        status = getattr(exc, "status", None)
        return CliError(str(exc), code=str(status or "FAILED"), hint="the server-side job failed; see the message")
    if isinstance(exc, e.MediaIntelligenceError):
        return CliError(str(exc), code=type(exc).__name__)
    if isinstance(exc, FileNotFoundError):
        return CliError(str(exc), code="FILE_NOT_FOUND", hint="check the path", exit_code=EXIT_USAGE)
    module = type(exc).__module__
    if module.startswith(("botocore", "boto3", "s3transfer")):
        return CliError(
            f"object storage: {exc}",
            code="OBJECT_STORAGE",
            hint="check --endpoint-url, --bucket and the storage credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
        )
    if isinstance(exc, ImportError):
        return CliError(str(exc), code="MISSING_DEPENDENCY", hint="install the missing extra and try again")
    if isinstance(exc, OSError):
        return CliError(str(exc), code="OS_ERROR")
    return CliError(
        f"{type(exc).__name__}: {exc}",
        code="INTERNAL",
        hint="this is a bug in mi; run again with MI_DEBUG=1 for the traceback",
    )


def report_error(err: CliError, st: State) -> None:
    """Print an error: JSON on stdout with ``--json``, a readable block on stderr always."""
    if st.json:
        payload = {"error": {"code": err.code, "message": err.message, "hint": err.hint}}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    from rich.markup import escape

    st.err.print(f"[bold red]error[/] [red]{escape(err.code)}[/]: {escape(err.message)}")
    if err.hint:
        st.err.print(f"[dim]hint:[/] {escape(err.hint)}")


@contextmanager
def handle_errors(st: State) -> Iterator[None]:
    """Report exceptions as errors and exit with their status (no tracebacks); Ctrl-C exits 130."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        st.err.print("[yellow]interrupted[/]")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        if os.environ.get("MI_DEBUG"):
            raise
        err = describe_error(exc, st)
        report_error(err, st)
        raise typer.Exit(err.exit_code) from None


def fail(message: str, *, code: str = "ERROR", hint: str | None = None, exit_code: int = EXIT_ERROR) -> NoReturn:
    raise CliError(message, code=code, hint=hint, exit_code=exit_code)


# --------------------------------------------------------------------------- #
# output


def to_jsonable(value: Any) -> Any:
    """Generated models (``to_dict()``), enums, dates, paths, containers -> plain JSON values."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    return str(value)


def emit_json(value: Any) -> None:
    """Write ``value`` as JSON on stdout."""
    sys.stdout.write(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def get(model: Any, *names: str, default: Any = None) -> Any:
    """The first set attribute among ``names`` of a generated model (None skipped); enums as values."""
    for name in names:
        value = getattr(model, name, None)
        if value is None and isinstance(model, Mapping):
            value = model.get(name)
        if value is None:
            continue
        if isinstance(value, Enum):
            return value.value
        return value
    return default


def fmt_ms(ms: int | float | None) -> str:
    """Milliseconds as ``m:ss.s`` (``h:mm:ss`` past an hour)."""
    if ms is None:
        return "-"
    seconds = float(ms) / 1000
    minutes, secs = divmod(seconds, 60)
    if minutes >= 60:
        hours, minutes = divmod(int(minutes), 60)
        return f"{hours}:{minutes:02d}:{int(secs):02d}"
    return f"{int(minutes)}:{secs:04.1f}"


def fmt_range(start: int | float | None, end: int | float | None) -> str:
    if start is None and end is None:
        return "-"
    return f"{fmt_ms(start)}-{fmt_ms(end)}"


def fmt_time(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    """A table of these columns and rows, for `State.show`."""
    return Table(title, columns, rows)


def respond(value: Any, view: Any) -> None:
    """The command's result: ``value`` as JSON with ``--json``; else ``view``, a line of markup or a `Table`."""
    st = state()
    if st.json:
        emit_json(value)
    elif isinstance(view, str):
        st.say(view)
    else:
        st.show(view)


def confirm_or_fail(what: str, yes: bool) -> None:
    """Ask before deleting (``--yes`` skips; without a terminal, ``--yes`` is required)."""
    if yes:
        return
    if not sys.stdin.isatty():
        fail(f"Refusing to {what} without confirmation.", code="NOT_CONFIRMED", hint="pass --yes", exit_code=2)
    if not typer.confirm(f"Really {what}?", default=False):
        raise typer.Exit(1)


def parse_id(value: str, what: str) -> int | None:
    """``"12"`` -> 12; a non-number -> None (a name to look up)."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if not text:
        fail(f"Empty {what}.", code="INVALID_ARGUMENT", exit_code=2)
    return None


@contextmanager
def cancel_on_interrupt(st: State, what: str, cancel: Callable[[], Any] | None) -> Iterator[None]:
    """Ctrl-C inside: cancel the server-side job (when the API can), say so, exit 130."""
    try:
        yield
    except KeyboardInterrupt:
        if cancel is None:
            st.err.print(f"[yellow]interrupted[/]: stopped waiting for {what} (the API cannot cancel it)")
        else:
            st.err.print(f"[yellow]interrupted[/]: cancelling {what}...")
            try:
                cancel()
            except KeyboardInterrupt:
                st.err.print("[yellow]interrupted again[/]: not cancelled")
            except Exception as exc:
                st.err.print(f"[red]could not cancel {what}[/]: {describe_error(exc, st).message}")
            else:
                st.err.print(f"cancelled {what}")
        raise typer.Exit(EXIT_INTERRUPTED) from None


@contextmanager
def spinner(st: State, text: str) -> Iterator[Callable[[str], None]]:
    """A status spinner on stderr; yields a function to change its text."""
    if not st.err.is_terminal:
        st.note(text)
        yield lambda _text: None
        return
    with st.err.status(text) as status:
        yield lambda new: status.update(new)
