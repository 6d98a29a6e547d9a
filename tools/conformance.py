"""A live conformance run: does a real account answer as openapi.yaml says?

It calls only read-only operations, plus ``createProject`` / ``deleteProject``
of a scratch project of its own (named ``mi-conformance-<random>``, deleted
at the end even when something fails), and validates every response against
the spec with openapi-core. It then reports, as a table and as JSON a user can
attach to a bug report:

* each call: operation, HTTP status, valid or the validation errors;
* each field the spec marks ``x-inferred``: ``confirmed`` (seen in a
  response), ``absent`` (its object was seen without it) or ``not reached``;
* each undocumented field that appeared (a member of an object whose schema
  lists its properties but not this one).

Credentials come from the SDK's chain (``NCLOUD_ACCESS_KEY_ID`` /
``NCLOUD_SECRET_KEY``, ``~/.ncloud/configure``, ``--profile``), never from the
command line; the access key and the signature never appear in the report.

    python -m tools.conformance [--base-url URL] [--workspace NAME] [--json FILE]

Exit status: 0 every response conforms, 1 some do not (or the scratch project
could not be deleted), 2 the run could not start.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

import mi_spec
from media_intelligence.core import NcpSignatureV2Auth, resolve_base_url, resolve_credentials

SCRATCH_PREFIX = "mi-conformance-"
MAX_ITEMS = 20  # items of a list looked into per response (enough to see optional fields)


# -- openapi-core adapters ----------------------------------------------------------------------------


class _Request:
    """An httpx request in the shape openapi-core reads."""

    def __init__(self, request: httpx.Request, path_pattern: str, path_params: Mapping[str, str]) -> None:
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        self.path = unquote(url.raw_path.split(b"?", 1)[0].decode("ascii"))
        self.full_url_pattern = self.host_url + path_pattern
        self.path_pattern = path_pattern
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.data = response.content
        self.content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        self.headers = Headers(list(response.headers.multi_items()))


def _errors(exc: Exception) -> list[str]:
    """openapi-core's error and the schema errors under it, one line each."""
    lines = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__
    while cause is not None:
        lines.append(f"{type(cause).__name__}: {cause}")
        for sub in getattr(cause, "schema_errors", None) or []:
            where = "/".join(str(p) for p in getattr(sub, "absolute_path", getattr(sub, "path", ())))
            lines.append(f"  at {where or '(root)'}: {getattr(sub, 'message', sub)}")
        cause = cause.__cause__
    return lines


# -- the report ---------------------------------------------------------------------------------------


@dataclass
class Call:
    operation_id: str
    method: str
    path: str
    status: int | None
    valid: bool
    errors: list[str] = field(default_factory=list)


@dataclass
class InferredField:
    name: str
    inferred: str
    observed_in: set[str] = field(default_factory=set)
    absent_in: set[str] = field(default_factory=set)

    @property
    def status(self) -> str:
        if self.observed_in:
            return "confirmed"
        return "absent" if self.absent_in else "not reached"


@dataclass
class Report:
    base_url: str
    workspace: str | None = None
    calls: list[Call] = field(default_factory=list)
    inferred: dict[str, InferredField] = field(default_factory=dict)
    undocumented: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    cleanup_failed: str | None = None

    @property
    def ok(self) -> bool:
        return all(c.valid for c in self.calls) and self.cleanup_failed is None

    def as_dict(self) -> dict[str, Any]:
        try:
            sdk = metadata.version("ncloud-media-intelligence")
        except metadata.PackageNotFoundError:
            sdk = "unknown"
        return {
            "base_url": self.base_url,
            "workspace": self.workspace,
            "spec_version": mi_spec.VERSION,
            "sdk_version": sdk,
            "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "conforms": self.ok,
            "calls": [vars(c) for c in self.calls],
            "inferred_fields": [
                {
                    "field": f.name,
                    "status": f.status,
                    "x-inferred": f.inferred,
                    "observed_in": sorted(f.observed_in),
                    "absent_in": sorted(f.absent_in),
                }
                for f in sorted(self.inferred.values(), key=lambda f: f.name)
            ],
            "undocumented_fields": [
                {"schema": schema, "field": name, "seen_in": sorted(ops)}
                for (schema, name), ops in sorted(self.undocumented.items())
            ],
            "scratch_project_cleanup": "failed: " + self.cleanup_failed if self.cleanup_failed else "ok",
        }


def render(report: Report) -> str:
    lines = [f"Conformance of {report.base_url} (workspace {report.workspace or '-'}) with openapi.yaml", ""]
    width = max([len(c.operation_id) for c in report.calls] + [9])
    lines.append(f"{'operation':<{width}}  status  result")
    for c in report.calls:
        result = "conforms" if c.valid else "DOES NOT CONFORM: " + (c.errors[0] if c.errors else "")
        lines.append(f"{c.operation_id:<{width}}  {c.status if c.status is not None else '-':>6}  {result}")
        lines += [f"{'':<{width}}          {e}" for e in c.errors[1:6]]
    by_status: dict[str, list[InferredField]] = {}
    for f in sorted(report.inferred.values(), key=lambda f: f.name):
        by_status.setdefault(f.status, []).append(f)
    lines += ["", "x-inferred fields:"]
    for status in ("confirmed", "absent", "not reached"):
        fields = by_status.get(status, [])
        lines.append(f"  {status} ({len(fields)}): " + (", ".join(f.name for f in fields) or "-"))
    lines += ["", f"undocumented fields ({len(report.undocumented)}):"]
    for (schema, name), ops in sorted(report.undocumented.items()):
        lines.append(f"  {schema}.{name}  (in {', '.join(sorted(ops))})")
    if report.cleanup_failed:
        lines += ["", f"SCRATCH PROJECT NOT DELETED: {report.cleanup_failed}"]
    lines += ["", "conforms" if report.ok else "DOES NOT CONFORM"]
    return "\n".join(lines)


# -- walking a response against its schema -----------------------------------------------------------


class SchemaWalker:
    """Finds x-inferred and undocumented fields of a response body, following its schema."""

    def __init__(self, document: Mapping[str, Any], report: Report) -> None:
        self.doc = document
        self.report = report
        schemas = document.get("components", {}).get("schemas", {})
        for name in sorted(self._response_schemas()):
            for part_name, part in self._parts(schemas[name], name):
                for prop, sub in (part.get("properties") or {}).items():
                    if isinstance(sub, Mapping) and "x-inferred" in sub:
                        key = f"{part_name}.{prop}"
                        report.inferred.setdefault(key, InferredField(key, str(sub["x-inferred"])))

    def _response_schemas(self) -> set[str]:
        """Names of the component schemas a response can contain (request bodies are never observed)."""
        prefix = "#/components/schemas/"
        found: set[str] = set()
        todo: list[Any] = [
            op.get("responses", {})
            for item in self.doc.get("paths", {}).values()
            for op in item.values()
            if isinstance(op, Mapping)
        ]
        while todo:
            node = todo.pop()
            if isinstance(node, Mapping):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    name = ref.rsplit("/", 1)[-1]
                    if ref.startswith(prefix) and name not in found:
                        found.add(name)
                        todo.append(self._resolve(ref)[1])
                    elif not ref.startswith(prefix):
                        todo.append(self._resolve(ref)[1])
                todo.extend(v for k, v in node.items() if k != "$ref")
            elif isinstance(node, list):
                todo.extend(node)
        return found

    def _resolve(self, ref: str) -> tuple[str, Mapping[str, Any]]:
        node: Any = self.doc
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return ref.rsplit("/", 1)[-1], node

    def _parts(self, schema: Any, name: str, depth: int = 0) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """The schema and what it combines (refs resolved), each with the name of the schema it belongs to."""
        if not isinstance(schema, Mapping) or depth > 20:
            return
        if "$ref" in schema:
            ref_name, target = self._resolve(schema["$ref"])
            yield from self._parts(target, ref_name, depth + 1)
        yield name, schema
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(key) or []:
                yield from self._parts(sub, name, depth + 1)

    def walk(self, schema: Any, value: Any, name: str, operation_id: str) -> None:
        parts = list(self._parts(schema, name))
        if isinstance(value, dict):
            props: dict[str, list[tuple[str, Any]]] = {}
            for owner, part in parts:
                for prop, sub in (part.get("properties") or {}).items():
                    props.setdefault(prop, []).append((owner, sub))
            for prop, subs in props.items():
                for owner, _ in subs:
                    found = self.report.inferred.get(f"{owner}.{prop}")
                    if found is not None:
                        (found.observed_in if prop in value else found.absent_in).add(operation_id)
            closed = any("properties" in part for _, part in parts) and not any(
                isinstance(part.get("additionalProperties"), Mapping) for _, part in parts
            )
            owner_name = next((o for o, part in parts if "properties" in part), name)
            for key, item in value.items():
                if key not in props:
                    if closed:
                        self.report.undocumented.setdefault((owner_name, key), set()).add(operation_id)
                    continue
                seen: set[int] = set()
                for owner, sub in props[key]:
                    if id(sub) not in seen:
                        seen.add(id(sub))
                        self.walk(sub, item, owner, operation_id)
        elif isinstance(value, list):
            for _, part in parts:
                if "items" in part:
                    for item in value[:MAX_ITEMS]:
                        self.walk(part["items"], item, name, operation_id)


# -- the run ------------------------------------------------------------------------------------------


class Runner:
    def __init__(self, client: httpx.Client, document: dict[str, Any], report: Report) -> None:
        self.client = client
        self.report = report
        self.document = document
        # openapi-core finds the operation under the URL actually called, whatever the server list says.
        self.api = OpenAPI.from_dict({**document, "servers": [{"url": str(client.base_url).rstrip("/")}]})
        self.walker = SchemaWalker(document, report)

    def call(
        self,
        operation_id: str,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        """Call one operation, validate the response, record it; the response's ``result`` on success."""
        op = mi_spec.OPERATIONS[operation_id]
        params = {k: str(v) for k, v in (path or {}).items()}
        url = op.path.format(**params)
        request = self.client.build_request(
            op.method.upper(), url, params=_query(op, query or {}), json=body if body is not None else None
        )
        try:
            response = self.client.send(request)
        except httpx.HTTPError as exc:
            self.report.calls.append(Call(operation_id, op.method.upper(), op.path, None, False, [repr(exc)]))
            return None
        call = Call(operation_id, op.method.upper(), op.path, response.status_code, True)
        try:
            self.api.validate_response(_Request(response.request, op.path, params), _Response(response))
        except Exception as exc:  # openapi-core raises one of several error types; every one is a finding
            call.valid, call.errors = False, _errors(exc)
        self.report.calls.append(call)
        try:
            data = response.json()
        except ValueError:
            return None
        schema = self._response_schema(op.path, op.method, response.status_code)
        if schema is not None:
            self.walker.walk(schema, data, operation_id, operation_id)
        if response.status_code == 200 and isinstance(data, dict) and str(data.get("code")) == "0":
            return data.get("result", {})
        return None

    def _response_schema(self, path: str, method: str, status: int) -> Any:
        responses = self.document["paths"][path][method.lower()]["responses"]
        response = responses.get(str(status)) or responses.get("default")
        if isinstance(response, Mapping) and "$ref" in response:
            _, response = self.walker._resolve(response["$ref"])
        content = (response or {}).get("content", {}).get("application/json", {})
        return content.get("schema")


def _query(op: Any, wanted: Mapping[str, Any]) -> dict[str, Any]:
    """The wanted query parameters the operation has, plus its required ones."""
    out: dict[str, Any] = {}
    for p in op.parameters:
        if p.location != "query":
            continue
        if p.name in wanted:
            out[p.name] = wanted[p.name]
        elif p.required:
            out[p.name] = 1  # the only required query parameters are page numbers, which start at 1
    return out


def _first(items: Any, key: str, exclude: Callable[[Any], bool] = lambda _: False) -> Any:
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get(key) is not None and not exclude(item):
            return item[key]
    return None


def run(client: httpx.Client, workspace: str | None = None, scratch_name: str | None = None) -> Report:
    """The conformance run over ``client`` (base URL and signing already set up)."""
    report = Report(str(client.base_url).rstrip("/"))
    r = Runner(client, mi_spec.document(), report)
    page = {"pageNum": 1, "pageSize": 10}
    listed = r.call("listWorkspaces", query=page) or {}
    workspace = workspace or _first(listed.get("content"), "workspaceName")
    report.workspace = workspace
    if workspace is None:
        return report
    ws = {"workspace_name": workspace}
    r.call("getWorkspace", ws)
    projects = (r.call("listProjects", ws) or {}).get("projects")
    name = scratch_name or SCRATCH_PREFIX + secrets.token_hex(4)
    scratch = r.call("createProject", ws, body={"name": name}) or {}
    scratch_id = scratch.get("projectId")
    try:
        if scratch_id is not None:
            r.call("getProject", {**ws, "project_id": scratch_id})
            r.call("listAssets", {**ws, "project_id": scratch_id}, query=page)
        # the first of (at most five) existing projects that holds an asset
        others = [
            p["projectId"]
            for p in (projects if isinstance(projects, list) else [])
            if isinstance(p, dict)
            and p.get("projectId") is not None
            and not str(p.get("name", "")).startswith(SCRATCH_PREFIX)
        ]
        for existing in others[:5]:
            assets = (r.call("listAssets", {**ws, "project_id": existing}, query=page) or {}).get("content")
            asset_id = _first(assets, "assetId")
            if asset_id is not None:
                where = {**ws, "project_id": existing, "asset_id": asset_id}
                for operation_id in (
                    "getAsset",
                    "getAssetImportStatus",
                    "getIndexStatus",
                    "getIndex",
                    "getSceneSummaryStatus",
                    "getSceneSummary",
                ):
                    r.call(operation_id, where)
                break
        r.call("listPersonTags", ws, query=page)
        persons = (r.call("listPersons", ws, query=page) or {}).get("content")
        r.call("searchPersons", ws, body={"pageNum": 1, "pageSize": 10})
        person_id = _first(persons, "id")
        if person_id is not None:
            r.call("getPerson", {**ws, "person_id": person_id})
            r.call("listSimilarPersons", {**ws, "person_id": person_id})
    finally:
        if scratch_id is not None:
            r.call("deleteProject", {**ws, "project_id": scratch_id})
            if report.calls[-1].status != 200:
                report.cleanup_failed = f"project {scratch_id} ({name}) in workspace {workspace}"
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="API base URL (default: MI_BASE_URL, else the production host)")
    parser.add_argument("--workspace", help="workspace to read (default: the first one listed)")
    parser.add_argument("--profile", help="profile of ~/.ncloud/configure")
    parser.add_argument("--json", type=Path, help="write the report as JSON to this file")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    args = parser.parse_args(argv)
    try:
        credentials = resolve_credentials(profile=args.profile)
    except Exception as exc:
        print(f"conformance: {exc}", file=sys.stderr)
        return 2
    base_url = resolve_base_url(args.base_url)
    with httpx.Client(base_url=base_url, auth=NcpSignatureV2Auth(credentials), timeout=args.timeout) as client:
        report = run(client, args.workspace)
    print(render(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.as_dict(), indent=2, sort_keys=False) + "\n", encoding="utf-8")
        print(f"\nJSON report: {args.json}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
