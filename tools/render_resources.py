"""Render the resource methods declared in tools/resource_table.py (run by ``make generate``).

Writes ``wrapper/media_intelligence/resources/_async/_rendered.py``: one base
class per namespace (``AsyncProjectsOps``) holding the methods that send one
operation each; the namespace classes written by hand subclass it and keep the
workflows. Types, required arguments, defaults and enums come from the
generated client (``generated/media_intelligence_client``: its functions'
parameters and its models' fields, read with `ast`), the path id rules and the
summary from the compiled spec (``generated/mi_spec``). tools/unasync.py then
derives the blocking twin like every other ``_async/`` module.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.resource_table import RESOURCES, Listing, Method, Workflow
from tools.unasync import _formatted

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / "templates" / "resources"
TARGET = Path("wrapper/media_intelligence/resources/_async/_rendered.py")
CLIENT = Path("generated/media_intelligence_client")
WORKFLOWS = REPO / "wrapper" / "media_intelligence" / "_workflows.py"
#: The hand-written async resource modules (workflows' delegates are read from them).
SOURCES = REPO / "wrapper" / "media_intelligence" / "resources" / "_async"
OPTIONS = "**options: Unpack[RequestOptions]"
#: Docstring text per line: the line length (120) less the indent and the quotes.
DOC_WIDTH = 106
#: The ``<operationId>ByPost`` twin the spec gives some DELETEs with a body.
BY_POST = "ByPost"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass
class Field:
    """A parameter of a generated function or a field of a generated model."""

    name: str
    annotation: str
    required: bool


def _fields(args: list[ast.arg], defaults: list[ast.expr | None]) -> dict[str, Field]:
    return {
        a.arg: Field(a.arg, ast.unparse(a.annotation) if a.annotation else "Any", d is None)
        for a, d in zip(args, defaults, strict=True)
    }


class Generated:
    """What the generated client says of an operation: parameters, body model, response model."""

    def __init__(self, root: Path) -> None:
        self.root = root / CLIENT
        self.models: dict[str, dict[str, Field]] = {}
        self.enums: set[str] = set()
        #: The values of each enum (a required enum with one value defaults to it).
        self.enum_values: dict[str, list[str]] = {}
        for path in sorted((self.root / "models").glob("*.py")):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if not isinstance(node, ast.ClassDef):
                    continue
                if any(ast.unparse(b) in ("Enum", "str, Enum") or ast.unparse(b).endswith("Enum") for b in node.bases):
                    self.enums.add(node.name)
                    self.enum_values[node.name] = [
                        item.value.value
                        for item in node.body
                        if isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
                    ]
                    continue
                self.models[node.name] = {
                    item.target.id: Field(item.target.id, ast.unparse(item.annotation), item.value is None)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.target.id != "additional_properties"
                }

    def function(self, tag: str, operation_id: str) -> tuple[dict[str, Field], dict[str, Field], str]:
        """``(path parameters, keyword parameters, response model)`` of the operation's generated function."""
        path = self.root / "api" / snake(tag).replace("-", "_") / f"{snake(operation_id)}.py"
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AsyncFunctionDef) and node.name == "asyncio_detailed":
                a = node.args
                positional = _fields(a.args, [None] * len(a.args))
                keywords = _fields(a.kwonlyargs, list(a.kw_defaults))
                keywords.pop("client", None)
                returns = ast.unparse(node.returns) if node.returns else ""
                inner = returns.removeprefix("Response[").removesuffix("]")
                response = [t for t in inner.split(" | ") if not t.endswith("ErrorResponse")]
                return positional, keywords, response[0]
        raise SystemExit(f"{path}: no asyncio_detailed")

    def public_type(self, annotation: str) -> tuple[str, str | None, bool]:
        """``(public annotation without None, enum class or None, is a list)`` of a generated annotation."""
        bare = annotation.removesuffix(" | None")
        if bare in self.enums:
            return f"models.{bare} | str", bare, False
        is_list = bare.startswith("list[")
        if is_list:
            bare = "Sequence[" + bare[len("list[") :]
        typed = re.sub(
            r"\b([A-Z]\w*)\b", lambda m: f"models.{m[1]}" if m[1] in self.models or m[1] in self.enums else m[1], bare
        )
        return typed, None, is_list


@dataclass
class Arg:
    public: str
    annotation: str
    default: str | None
    value: str
    place: str  # path, query or body
    wire: str
    #: The generated client's name (path and query keys, body model fields).
    spec: str = ""


@dataclass
class Rendered:
    name: str
    decorator: str
    is_async: bool
    signature: str
    returns: str
    doc: str
    body: list[str] = field(default_factory=list)


def _method_node(module: Path, cls: str, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
                    return item
    raise SystemExit(f"{module}: no method {cls}.{name}")


def _defines(module: Path, name: str) -> bool:
    return any(
        isinstance(node, ast.ClassDef) and node.name == name
        for node in ast.parse(module.read_text(encoding="utf-8")).body
    )


def _builder_params(name: str) -> dict[str, str]:
    """The keyword parameters of a body builder in ``_workflows`` with their annotations."""
    for node in ast.parse(WORKFLOWS.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return {a.arg: ast.unparse(a.annotation) for a in node.args.kwonlyargs if a.annotation}
    raise SystemExit(f"{WORKFLOWS}: no function {name}")


class Renderer:
    """Renders the declarations of tools/resource_table.py against one root's generated code."""

    def __init__(self, root: Path) -> None:
        sys.path.insert(0, str(root / "generated"))
        self.operations: Any = importlib.import_module("mi_spec").OPERATIONS
        self.gen = Generated(root)

    # -- arguments ------------------------------------------------------------------

    def _id_arg(self, op: Any, public: str, place: str, wire: str, spec: str, required: bool) -> Arg | None:
        """A numeric id (a string of digits in the spec: ``Id``, sent as a string), or None."""
        schema = json.loads(op.input_schema_json)["properties"][place]["properties"].get(wire, {})
        if schema.get("type") == "string" and str(schema.get("pattern", "")).startswith("^[0-9]"):
            if required:
                return Arg(public, "Id", None, f"str({public})", place, wire, spec)
            value = f"None if {public} is None else str({public})"
            return Arg(public, "Id | None", "None", value, place, wire, spec)
        if place == "path" and schema.get("type") == "integer":
            return Arg(public, "int", None, f"int({public})", place, wire, spec)
        return None

    def _path_arg(self, op: Any, public: str, name: str, gen: Field) -> Arg:
        found = self._id_arg(op, public, "path", name, name, True)
        return found or Arg(public, gen.annotation, None, public, "path", name, name)

    def _value_arg(self, op_id: str, public: str, gen: Field, place: str, wire: str) -> Arg:
        spec = gen.name
        typed, enum, is_list = self.gen.public_type(gen.annotation)
        if enum is not None:
            coerce = "require_enum" if gen.required else "to_enum"
            value = f'{coerce}(models.{enum}, {public}, "{op_id}", "{place}.{wire}")'
        elif is_list:
            value = (
                f"builtins.list({public})" if gen.required else f"None if {public} is None else builtins.list({public})"
            )
        else:
            value = public
        if gen.required and enum is not None and len(self.gen.enum_values[enum]) == 1:
            only = self.gen.enum_values[enum][0]  # nothing to choose: the one value is the default
            return Arg(public, typed, f'"{only}"', value, place, wire, spec)
        if gen.required:
            return Arg(public, typed, None, value, place, wire, spec)
        return Arg(public, f"{typed} | None", "None", value, place, wire, spec)

    def _args(self, decl: Method | Listing) -> tuple[Arg | None, list[Arg], Any, str, str]:
        """``(own argument, keyword arguments, operation, body model, response model)`` of a declaration."""
        op = self.operations[decl.op]
        positional, keywords, response = self.gen.function(op.tag, decl.op)
        body_model = keywords.pop("body").annotation.removesuffix(" | None") if "body" in keywords else ""
        body_fields = self.gen.models.get(body_model, {})
        wires = {p.snake_name: p.name for p in op.parameters}
        body_wires = self._body_wires(op)

        builder = _builder_params(decl.builder) if isinstance(decl, Method) and decl.builder else {}

        def resolve(entry: str) -> Arg:
            public, _, spec = entry.partition("=")
            spec = spec or public
            if spec in builder:  # typed by the builder's own signature
                typed = self.gen.public_type(builder[spec])[0] + " | None"
                return Arg(public, typed, "None", public, "builder", spec, spec)
            if spec in positional:
                return self._path_arg(op, public, spec, positional[spec])
            if spec in keywords:
                wire = wires.get(spec, spec)
                found = self._id_arg(op, public, "query", wire, spec, keywords[spec].required)
                return found or self._value_arg(decl.op, public, keywords[spec], "query", wire)
            if spec in body_fields:
                return self._value_arg(decl.op, public, body_fields[spec], "body", body_wires.get(spec, spec))
            raise SystemExit(f"{decl.op}: no parameter or body field {spec!r} for {public!r}")

        own = None
        if decl.own == "workspace":
            own = Arg("workspace", "str", "None", "workspace", "workspace", "workspace_name")
        elif decl.own is not None:
            own = resolve(decl.own)
        named = {a.partition("=")[2] or a.partition("=")[0] for a in decl.args} | {
            (decl.own or "").partition("=")[2] or decl.own
        }
        ids = [resolve(p) for p in reversed(positional) if p != "workspace_name" and p not in named]
        args = ids + [resolve(a) for a in decl.args]
        return own, args, op, body_model, response

    def _body_wires(self, op: Any) -> dict[str, str]:
        schema = json.loads(op.input_schema_json)
        body = schema["properties"].get("body")
        if body is None:
            return {}
        if "$ref" in body:
            body = schema["$defs"][body["$ref"].rsplit("/", 1)[1]]
        return {snake(name): name for name in body.get("properties", {})}

    # -- methods --------------------------------------------------------------------

    def _signature(self, own: Arg | None, args: list[Arg], tail: list[str], options: str = OPTIONS) -> str:
        parts = ["self"]
        if own is not None:
            parts.append(f"{own.public}: {own.annotation}" + (" | None = None" if own.default else ""))
        keyword = list(args)
        if keyword or tail:
            parts.append("*")
        for a in keyword:
            parts.append(f"{a.public}: {a.annotation}" + (f" = {a.default}" if a.default else ""))
        parts += tail
        parts.append(options)
        return ", ".join(parts)

    def _call(
        self,
        op: Any,
        own: Arg | None,
        args: list[Arg],
        body_model: str,
        response: str,
        builder: str | None,
        extra_query: list[str],
        extra_body: list[str],
        extra_optional: tuple[str, ...] = (),
    ) -> tuple[list[str], str]:
        """The lines building the inputs and the ``self._call(...)`` expression."""
        every = ([own] if own is not None else []) + args
        lines: list[str] = []
        inputs = []
        if (own is not None and own.place == "workspace") or "{workspace_name}" in op.path:
            inputs.append("workspace=workspace")
        path = [a for a in every if a.place == "path"]
        if path:
            lines.append("path = {" + ", ".join(f'"{a.wire}": {a.value}' for a in path) + "}")
            inputs.append("path=path")
        query = [f'"{a.spec}": {a.value}' for a in every if a.place == "query"]
        query += extra_query
        if query:
            lines.append("query = {" + ", ".join(query) + "}")
            inputs.append("query=query")
        body = [a for a in every if a.place == "body"]
        if builder is not None:
            lines.append(f"body = {builder}(" + ", ".join(f"{a.public}={a.public}" for a in args) + ")")
            inputs.append("body=body")
        elif body or extra_body:
            required = [f"{a.spec}={a.value}" for a in body if a.default != "None"] + extra_body
            optional = [f"{a.spec}={a.value}" for a in body if a.default == "None"] + list(extra_optional)
            if not op.body_required:
                lines.append("fields = given(" + ", ".join(required + optional) + ")")
                lines.append(f"body = models.{body_model}(**fields) if fields else None")
            else:
                given_part = [f"**given({', '.join(optional)})"] if optional else []
                lines.append(f"body = models.{body_model}(" + ", ".join(required + given_part) + ")")
            inputs.append("body=body")
        return lines, f"self._call(models.{response}, options, " + ", ".join(inputs) + ")"

    def _result(self, response: str) -> str:
        return self.gen.models[response]["result"].annotation

    def _doc(self, op: Any, suffix: str = "", note: str = "") -> str:
        """The spec's summary (``suffix`` appended), then ``note``; wrapped to the line length."""
        text = f"{op.summary.rstrip('.')}{suffix}. {note}".strip()
        if len(text) <= DOC_WIDTH:
            return text
        return "\n        ".join([*textwrap.wrap(text, DOC_WIDTH), ""])

    def method(self, decl: Method) -> Rendered:
        own, args, op, body_model, response = self._args(decl)
        lines, call = self._call(op, own, args, body_model, response, decl.builder, [], [])
        if decl.returns == "none":
            returns = "None"
            lines.append(f"await {call}")
        else:
            result = self._result(response)
            returns = self.gen.public_type(result)[0] + (" | None" if result.endswith(" | None") else "")
            lines.append(f"return (await {call}).result")
        name = f"_{decl.name}" if decl.private else decl.name
        takes_workspace = "{workspace_name}" in op.path and (own is None or own.place != "workspace")
        tail = ["workspace: str | None = None"] if takes_workspace else []
        decorator = f'operation("{decl.op}")'
        note = decl.note
        if decl.by_post:
            # the POST twin of a DELETE with a body: same arguments, its own body and response models
            twin = Method(decl.name, decl.op + BY_POST, own=decl.own, args=decl.args)
            own2, args2, op2, body2, response2 = self._args(twin)
            lines2, call2 = self._call(op2, own2, args2, body2, response2, None, [], [])
            # its own name for the body: the two body models are different types
            lines2 = [line.replace("body = ", "post = ", 1) for line in lines2]
            call2 = call2.replace("body=body", "body=post")[:-1] + ", by_post=True)"
            lines = ["if use_post:", *(f"    {line}" for line in lines2), f"    return (await {call2}).result", *lines]
            tail.insert(0, "use_post: bool = False")
            decorator = f'operation("{decl.op}", by_post=True)'
            retried = "" if op2.retry_safe else "; retried only on HTTP 429 and pre-send connection errors"
            note = (
                f"{note} ``use_post=True`` sends the POST twin instead (``{twin.op}``, for proxies that drop"
                f" DELETE bodies{retried})."
            ).strip()
        signature = self._signature(own, args, tail)
        return Rendered(name, decorator, True, signature, returns, self._doc(op, note=note), lines)

    def listing(self, decl: Listing) -> list[Rendered]:
        own, args, op, body_model, response = self._args(decl)
        page_type = self._result(response)
        page_model = page_type.removesuffix(" | None")
        pagination = op.pagination
        tail_page: list[str] = []
        extra_query: list[str] = []
        extra_body: list[str] = []
        extra_optional: tuple[str, ...] = ()
        pass_on = ", ".join(f"{a.public}={a.public}" for a in args)
        own_first = f"{own.public}, " if own is not None else ""
        ws = "workspace" if "{workspace_name}" in op.path and (own is None or own.public != "workspace") else None
        ws_arg = ["workspace: str | None = None"] if ws else []
        ws_pass = "workspace=workspace, " if ws else ""
        pass_on = pass_on + ", " if pass_on else ""
        if pagination is not None:
            num, size = snake(pagination.page_param), snake(pagination.size_param)
            items = pagination.items_field
            default = str(pagination.first_page) if decl.first_page else "None"
            num_type = "int" if decl.first_page else "int | None"
            tail_page = [*ws_arg, f"page_num: {num_type} = {default}", "page_size: int | None = None"]
            if pagination.location == "body":
                extra_body, extra_optional = [f"{num}=page_num"], (f"{size}=page_size",)
            else:
                extra_query = [f'"{num}": page_num', f'"{size}": page_size']
            tail_list = [*ws_arg, "page_size: int | None = None", "start_page: int | None = None"]
            fetch = f"lambda n, s: self.{decl.page}({own_first}{pass_on}{ws_pass}page_num=n, page_size=s, **options)"
            list_body = [f"return self._paginate({fetch}, page_size, start_page)"]
            list_doc = self._doc(op, ": every item (``async for``), pages fetched lazily", decl.note)
        else:
            items = next(n for n, f in self.gen.models[page_model].items() if f.annotation.startswith("list["))
            tail_page = ws_arg
            tail_list = ws_arg
            fetch = f"lambda: self.{decl.page}({own_first}{pass_on}{ws_pass}**options)".replace(", **", ", **")
            list_body = [f'return self._unpaged({fetch}, "{items}")']
            list_doc = self._doc(op, ": every item (``async for``; one response, the API does not page it)", decl.note)
        item_model = self.gen.models[page_model][snake(items)].annotation
        item = self.gen.public_type(item_model.removesuffix(" | None"))[0].removeprefix("Sequence[")[:-1]
        page_args = [a for a in args]
        lines, call = self._call(
            op, own, page_args, body_model, response, None, extra_query, extra_body, extra_optional
        )
        page_note = "An empty page when the response has no result." if decl.empty else ""
        if decl.empty:
            lines += [
                f"page = (await {call}).result",
                f"return page if page is not None else models.{page_model}({snake(items)}=[])",
            ]
        else:
            lines.append(f"return (await {call}).result")
        list_sig = self._signature(own, args, tail_list)
        page_sig = self._signature(own, args, tail_page)
        return [
            Rendered(
                decl.list,
                f'operation("{decl.op}")',
                False,
                list_sig,
                f"AsyncPaginator[{item}, models.{page_model}]",
                list_doc,
                list_body,
            ),
            Rendered(
                decl.page,
                f'operation("{decl.op}")',
                True,
                page_sig,
                f"models.{page_model}",
                self._doc(op, ": one page", page_note) if pagination else self._doc(op, ": the page model (not paged)"),
                lines,
            ),
        ]

    def workflow(self, resource: str, decl: Workflow) -> tuple[list[Rendered], list[str]]:
        """A workflow's signature: the builder's arguments and the hand-written ``delegate``'s, in ``args`` order.

        Returns the method and the names it needs imported for type checking only (from the hand-written module).
        """
        builder = _builder_params(decl.builder)
        module = SOURCES / f"{snake(resource)}.py"
        delegate = _method_node(module, f"Async{resource}", decl.delegate)
        own = {a.arg: ast.unparse(a.annotation) for a in delegate.args.kwonlyargs if a.annotation}
        parts = ["self", "*"]
        for name in decl.args:
            if name in builder:
                parts.append(f"{name}: {self.gen.public_type(builder[name])[0]} | None = None")
            elif name in own:
                parts.append(f"{name}: {own[name]} = None")
            else:
                raise SystemExit(f"{decl.name}: {name!r} is neither {decl.builder}'s nor {decl.delegate}'s")
        kwarg = delegate.args.kwarg
        parts.append(f"**options: {ast.unparse(kwarg.annotation)}" if kwarg and kwarg.annotation else "**options: Any")
        returns = ast.unparse(delegate.returns) if delegate.returns else "None"
        built = ", ".join(f"{n}={n}" for n in decl.args if n in builder)
        passed = "".join(f"{n}={n}, " for n in decl.args if n in own)
        lines = [f"body = {decl.builder}({built})", f"return await self.{decl.delegate}(body, {passed}**options)"]
        ops = ", ".join(f'"{op}"' for op in decl.ops)
        doc = "\n        ".join([*decl.note.strip().splitlines(), ""])
        local = [n for n in re.findall(r"\b[A-Z]\w*", returns) if _defines(module, n)]
        rendered = Rendered(decl.name, f"operations({ops})", True, ", ".join(parts), returns, doc, lines)
        # the delegate's signature, for the type checker: the subclass written by hand defines it
        stub = Rendered(
            decl.delegate,
            "",
            isinstance(delegate, ast.AsyncFunctionDef),
            ast.unparse(delegate.args),
            returns,
            f"Defined by `Async{resource}`.",
            ["raise NotImplementedError"],
        )
        return [rendered, stub], [f"from .{snake(resource)} import {n}" for n in local]

    def render(self) -> str:
        classes = []
        type_only: list[str] = []
        for resource in RESOURCES:
            methods: list[Rendered] = []
            for decl in resource.methods:
                if isinstance(decl, Listing):
                    methods += self.listing(decl)
                elif isinstance(decl, Workflow):
                    rendered, names = self.workflow(resource.name, decl)
                    methods += rendered
                    type_only += names
                else:
                    methods.append(self.method(decl))
            classes.append({"name": resource.name, "methods": methods})
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
        )
        body = env.get_template("classes.py.jinja").render(classes=classes)
        used = {name: any(re.search(rf"\b{name}\b", line) for line in body.splitlines()) for name in IMPORTABLE}
        return env.get_template("module.py.jinja").render(body=body, imports=_imports(used), type_only=type_only)


#: The names the rendered methods may use, by module; the module imports those it uses.
IMPORTABLE = {
    "builtins": "builtins",
    "Sequence": "collections.abc",
    "AsyncPaginator": "..._pagination",
    "IdList": "..._workflows",
    "Timestamp": "..._workflows",
    "search_request": "..._workflows",
    "Id": ".._base",
    "given": ".._base",
    "operations": ".._base",
    "FileSource": "..._uploads",
    "WaitOptions": "..._waiters",
    "require_enum": ".._base",
    "to_enum": ".._base",
}


def _imports(used: dict[str, bool]) -> list[str]:
    """Import lines for the names used (ruff sorts them)."""
    lines = []
    for module in dict.fromkeys(IMPORTABLE.values()):
        names = [name for name, mod in IMPORTABLE.items() if mod == module and used[name]]
        if not names:
            continue
        lines.append(f"import {module}" if names == [module] else f"from {module} import {', '.join(names)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO, help="where to read the generated code and write")
    parser.add_argument("--ruff", default="ruff", help="the ruff executable")
    args = parser.parse_args(argv)
    target = args.root / TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_formatted(Renderer(args.root).render(), REPO / TARGET, args.ruff), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
