"""``mi analyze PATH... --project P``: upload, import, analyse, and summarise each file's index.

Per file, in a worker thread (``--parallel`` at a time), through the wrapper:

1. upload to the object store with boto3 (``S3Uploader``; a ``<file>.mi.json``
   sidecar next to the file goes along, for the emulator);
2. ``assets.import_from_object_storage`` and ``assets.wait_until_imported``;
3. ``indexes.request`` (the current ``/index`` API) and ``indexes.wait_until_done``;
4. ``indexes.get``, reduced to scenes, persons and top labels.

A progress bar per file shows the stage and the polled state. Ctrl-C cancels
the analyses still running on the server (``cancelIndex``) and exits 130.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    CliError,
    State,
    command,
    describe_error,
    fail,
    get,
    respond,
    state,
    table,
)
from ._lookup import resolve_project
from ._output import Styled
from ._render import index_digest

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from media_intelligence import MediaIntelligence
    from media_intelligence._waiters import WaiterProgress
    from media_intelligence._workflows import S3Uploader

app = new_app()

NCP_OBJECT_STORAGE = "https://kr.object.ncloudstorage.com"
NCP_REGION = "kr-standard"
STAGES = ("queued", "uploading", "importing", "analysing", "reading index", "done")


@dataclass
class FileJob:
    """One file's way through the pipeline (written by its worker, read by the main thread)."""

    source: str  # the path (or object key with --from-bucket) as given
    key: str
    path: Path | None
    task: TaskID | None = None
    stage: str = "queued"
    state: str = ""
    asset_id: int | None = None
    digest: dict[str, Any] | None = None
    error: CliError | None = None
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else self.key

    def result(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.source,
            "key": self.key,
            "assetId": self.asset_id,
            "status": "ok" if self.error is None and self.stage == "done" else "failed",
            "seconds": round(self.seconds, 2),
        }
        if self.digest is not None:
            data["index"] = self.digest
        if self.error is not None:
            data["error"] = {"code": self.error.code, "message": self.error.message, "stage": self.stage}
        return data


@dataclass
class Settings:
    project: int
    workspace: str
    bucket: str
    person_count: int
    scene_range: str | None
    language: str | None
    audio_effects: bool | None
    timeout: float
    poll_interval: float | None


@dataclass
class Pipeline:
    """Runs the files through upload -> import -> analysis -> index, and reports progress."""

    st: State
    client: MediaIntelligence
    uploader: S3Uploader | None
    settings: Settings
    jobs: list[FileJob]
    parallel: int
    progress: Progress | None = None

    def __post_init__(self) -> None:
        self.slots = threading.Semaphore(max(1, self.parallel))
        self.live = self.st.err.is_terminal

    # -- progress ---------------------------------------------------------------

    def _show(self, job: FileJob, stage: str | None = None, status: str | None = None) -> None:
        with job.lock:
            changed = stage is not None and stage != job.stage
            if stage is not None:
                job.stage = stage
            if status is not None:
                job.state = status
        if self.progress is not None and job.task is not None:
            text = job.stage + (f" [dim]{job.state}[/]" if job.state else "")
            self.progress.update(job.task, completed=STAGES.index(job.stage), status=text)
        if not self.live and changed:
            suffix = f" (asset {job.asset_id})" if job.asset_id is not None else ""
            self.st.note(f"{job.name}: {job.stage}{suffix}")

    def _poller(self, job: FileJob) -> Any:
        def on_progress(p: WaiterProgress) -> None:
            self._show(job, status=f"{p.status} {p.elapsed:.0f}s")

        return on_progress

    # -- one file ----------------------------------------------------------------

    def _run(self, job: FileJob) -> None:
        started = time.monotonic()
        s = self.settings
        with self.slots:
            try:
                if self.uploader is not None and job.path is not None:
                    self._show(job, "uploading", "")
                    prefix = job.key.rpartition("/")[0]
                    job.key = self.uploader.upload([job.path], s.bucket, key_prefix=prefix)[0]
                self._show(job, "importing", "")
                imported = self.client.assets.import_from_object_storage(
                    job.key, bucket=s.bucket, project_id=s.project, workspace=s.workspace, wait=False
                )
                new_id = imported[0].asset_id
                if not isinstance(new_id, int):  # the field's name is inferred (x-inferred in the spec)
                    raise RuntimeError("importAssets returned no assetId for the new asset")
                job.asset_id = new_id
                self._show(job, "importing", "IN_PROGRESS")
                where: dict[str, Any] = {"project_id": s.project, "workspace": s.workspace}
                waiting: dict[str, Any] = {**where, "timeout": s.timeout, "poll_interval": s.poll_interval}
                self.client.assets.wait_until_imported(job.asset_id, on_progress=self._poller(job), **waiting)
                self._show(job, "analysing", "requested")
                self.client.indexes.request(
                    job.asset_id,
                    analysis_person_count=s.person_count,
                    scene_range=s.scene_range,
                    source_language=s.language,
                    detect_audio_effects=s.audio_effects,
                    **where,
                )
                self.client.indexes.wait_until_done(job.asset_id, on_progress=self._poller(job), **waiting)
                self._show(job, "reading index", "")
                found = self.client.indexes.get(job.asset_id, **where)
                job.digest = index_digest(found)
                self._show(job, "done", f"{job.digest['scenes']} scene(s)")
            except Exception as exc:
                job.error = describe_error(exc, self.st)
                self._show(job, status=f"[red]failed: {job.error.code}[/]")
                if not self.live:
                    self.st.note(f"{job.name}: [red]failed[/] while {job.stage}: {job.error.message}")
            finally:
                job.seconds = time.monotonic() - started

    # -- all files ------------------------------------------------------------------

    def run(self) -> None:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        threads = [threading.Thread(target=self._run, args=(job,), daemon=True) for job in self.jobs]
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(bar_width=24),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=self.st.err,
            disable=not self.live,
        )
        with progress:
            self.progress = progress
            for job in self.jobs:
                job.task = progress.add_task(job.name, total=len(STAGES) - 1, status="queued")
            for thread in threads:
                thread.start()
            try:
                while any(t.is_alive() for t in threads):
                    time.sleep(0.1)
            except KeyboardInterrupt:
                progress.stop()
                self.cancel_running()
                raise typer.Exit(EXIT_INTERRUPTED) from None

    def cancel_running(self) -> None:
        """Cancel the analyses in flight on the server (Ctrl-C)."""
        running = [j for j in self.jobs if j.stage == "analysing" and j.asset_id is not None and j.error is None]
        self.st.err.print(f"[yellow]interrupted[/]: cancelling {len(running)} running analysis(es)...")
        for job in running:
            assert job.asset_id is not None
            try:
                self.client.indexes.cancel(
                    job.asset_id, project_id=self.settings.project, workspace=self.settings.workspace
                )
                self.st.err.print(f"  cancelled the analysis of {job.name} (asset {job.asset_id})")
            except Exception as exc:
                self.st.err.print(f"  could not cancel {job.name}: {describe_error(exc, self.st).message}")
        waiting = [j.name for j in self.jobs if j.stage in ("queued", "uploading", "importing")]
        if waiting:
            self.st.err.print(f"  not analysed: {', '.join(waiting)}")


def _uploader(st: State, client: MediaIntelligence, endpoint_url: str | None, region: str | None) -> S3Uploader:
    from media_intelligence._workflows import S3Uploader

    endpoint = (
        endpoint_url
        or os.environ.get("MI_S3_ENDPOINT_URL")
        or st.settings.s3_endpoint_url
        or os.environ.get("AWS_ENDPOINT_URL_S3")
        or os.environ.get("AWS_ENDPOINT_URL")
        or _emulator_s3_endpoint(st.resolved_base_url())
        or NCP_OBJECT_STORAGE
    )
    if region is None and endpoint == NCP_OBJECT_STORAGE:
        region = NCP_REGION
    has_aws_keys = bool(os.environ.get("AWS_ACCESS_KEY_ID")) or Path("~/.aws/credentials").expanduser().is_file()
    if has_aws_keys:
        return S3Uploader(endpoint_url=endpoint, region_name=region)
    # NCP Object Storage takes the account's API keys; so does moto
    creds = client.credentials
    return S3Uploader(
        endpoint_url=endpoint,
        aws_access_key_id=creds.access_key,
        aws_secret_access_key=creds.secret_key.get_secret_value(),
        region_name=region or "us-east-1",
    )


def _emulator_s3_endpoint(base_url: str) -> str | None:
    """The S3 store of the local emulator at ``base_url`` (its health check says where), if it is one."""
    from .._credentials import DEFAULT_BASE_URL

    if base_url.rstrip("/") == DEFAULT_BASE_URL:
        return None
    import httpx

    try:
        answer = httpx.get(f"{base_url}/_emulator/health", timeout=2.0).json()
    except (httpx.HTTPError, ValueError):
        return None
    s3 = answer.get("s3") if isinstance(answer, dict) else None
    endpoint = s3.get("endpoint") if isinstance(s3, dict) else None
    return endpoint if isinstance(endpoint, str) and endpoint else None


@command(app, "analyze")
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Media files (or object keys with --from-bucket).")],
    project: Annotated[str, typer.Option("--project", "-P", help="Project id or name.")],
    bucket: Annotated[
        str | None, typer.Option("--bucket", "-b", help="Bucket to upload to (default: the workspace's bucket).")
    ] = None,
    endpoint_url: Annotated[
        str | None,
        typer.Option(
            "--endpoint-url",
            help=(
                "S3-compatible endpoint (default: MI_S3_ENDPOINT_URL, the profile's mi_s3_endpoint_url,"
                f" AWS_ENDPOINT_URL, the emulator's own store, {NCP_OBJECT_STORAGE})."
            ),
        ),
    ] = None,
    region: Annotated[str | None, typer.Option("--region", help="Object store region.")] = None,
    prefix: Annotated[str, typer.Option("--prefix", help="Key prefix (folder) of the uploaded objects.")] = "",
    from_bucket: Annotated[
        bool, typer.Option("--from-bucket", help="The arguments are keys already in the bucket: upload nothing.")
    ] = False,
    person_count: Annotated[
        int, typer.Option("--person-count", min=0, max=10, help="analysisPersonCount: persons to look for (0-10).")
    ] = 10,
    scene_range: Annotated[
        str | None, typer.Option("--scene-range", help="EXTRA_SHORT, SHORT, MEDIUM or LONG scenes.")
    ] = None,
    language: Annotated[str | None, typer.Option("--language", help="sourceLanguage of the dialogue.")] = None,
    audio_effects: Annotated[
        bool | None, typer.Option("--audio-effects/--no-audio-effects", help="Detect audio effects.")
    ] = None,
    parallel: Annotated[int, typer.Option("--parallel", min=1, max=16, help="Files processed at once.")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for each import and analysis.")] = 3600.0,
    poll_interval: Annotated[
        float | None, typer.Option("--poll-interval", help="First delay between status polls (seconds).")
    ] = None,
) -> None:
    """Upload media, import them as assets, analyse them, and summarise each index.

    Against the emulator, uploads go to its built-in S3 store (its health
    check says where). Ctrl-C cancels the running analyses.
    """
    st = state()
    ws = st.require_workspace()
    if not from_bucket:
        missing = [p for p in paths if not Path(p).is_file()]
        if missing:
            fail(f"No such file: {', '.join(missing)}", code="FILE_NOT_FOUND", hint="check the paths", exit_code=2)
    client = st.client()
    project_id = resolve_project(client, project, ws)
    if bucket is None:
        bucket = get(client.workspaces.get(ws), "bucket_name")
        if not bucket:
            fail(f"Workspace {ws} has no bucket.", code="NO_BUCKET", hint="pass --bucket NAME", exit_code=2)
    uploader = None if from_bucket else _uploader(st, client, endpoint_url, region)
    clean_prefix = prefix.strip("/")
    jobs = []
    for item in paths:
        if from_bucket:
            jobs.append(FileJob(item, item, None))
        else:
            path = Path(item)
            key = f"{clean_prefix}/{path.name}" if clean_prefix else path.name
            jobs.append(FileJob(item, key, path))
    settings = Settings(
        project=project_id,
        workspace=ws,
        bucket=str(bucket),
        person_count=person_count,
        scene_range=scene_range.upper() if scene_range else None,
        language=language,
        audio_effects=audio_effects,
        timeout=timeout,
        poll_interval=poll_interval,
    )
    pipeline = Pipeline(st, client, uploader, settings, jobs, parallel)
    pipeline.run()

    failed = [j for j in jobs if j.error is not None or j.stage != "done"]
    title = f"{len(jobs) - len(failed)} of {len(jobs)} file(s) analysed in project {project_id}"
    columns = ("file", "asset", "status", "scenes", "persons", "top labels")
    respond([j.result() for j in jobs], table(title, columns, [_summary_row(j) for j in jobs]))
    if failed:
        for j in failed:
            if j.error is not None and not st.json:
                st.err.print(f"[red]{j.name}[/]: {j.error.code}: {j.error.message}")
                if j.error.hint:
                    st.err.print(f"[dim]hint:[/] {j.error.hint}")
        raise typer.Exit(EXIT_ERROR)


def _summary_row(job: FileJob) -> tuple[Any, ...]:
    d = job.digest
    if job.error is None and d is not None:
        found = (d["scenes"], ", ".join(d["persons"]) or "-", ", ".join(d["topLabels"]) or "-")
        return (job.name, job.asset_id, Styled("analysed", "green"), *found)
    reason = job.error.message if job.error else job.stage
    return (job.name, job.asset_id if job.asset_id is not None else "-", Styled("failed", "red"), "-", "-", reason)
