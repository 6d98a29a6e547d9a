"""The generated clients speak None for "absent", never a sentinel.

openapi-python-client marks an absent optional value with its own ``Unset``
object; our templates (templates/openapi-python-client, used by
``make generate`` for both contracts) make it ``None``. These tests walk every
generated model and API function of both clients (``media_intelligence_client``
from openapi.yaml, ``alibaba_ice_client`` from alibaba-ice.yaml), so a template
or generator change that brings a sentinel back fails here, naming the class
and field.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import sys
import types
import typing
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / "templates" / "openapi-python-client"

#: Each generated client, with how many models and API functions it has at least (a walk that finds
#: nothing must not pass).
CLIENTS = {"media_intelligence_client": (100, 100), "alibaba_ice_client": (40, 22 * 5)}


def models_of(package: str) -> list[type]:
    generated_models = importlib.import_module(f"{package}.models")
    return sorted(
        (cls for name in generated_models.__all__ if attrs.has(cls := getattr(generated_models, name))),
        key=lambda cls: cls.__name__,
    )


MODELS = {package: models_of(package) for package in CLIENTS}
ALL_MODELS = [cls for models in MODELS.values() for cls in models]


def namespace(cls: type) -> dict[str, Any]:
    """Model annotations name other models that the generated modules import only for type checking."""
    generated_models = sys.modules[cls.__module__.split(".")[0] + ".models"]
    return {name: getattr(generated_models, name) for name in generated_models.__all__}


def api_functions(package: str) -> Iterator[tuple[str, Any]]:
    generated_api = importlib.import_module(f"{package}.api")
    for info in pkgutil.walk_packages(generated_api.__path__, generated_api.__name__ + "."):
        module = importlib.import_module(info.name)
        for name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio", "_get_kwargs"):
            fn = getattr(module, name, None)
            if fn is not None:
                yield f"{info.name}.{name}", fn


def mentions_sentinel(value: Any) -> bool:
    return "unset" in repr(value).lower() or "unset" in type(value).__name__.lower()


@pytest.mark.parametrize("package", CLIENTS)
def test_no_model_field_mentions_unset(package: str) -> None:
    assert len(MODELS[package]) > CLIENTS[package][0]
    bad = [
        f"{cls.__name__}.{field.name}: {field.type} = {field.default!r}"
        for cls in MODELS[package]
        for field in attrs.fields(cls)
        if "Unset" in str(field.type) or mentions_sentinel(field.default)
    ]
    assert not bad, "generated model fields that still use the Unset sentinel:\n" + "\n".join(bad)


@pytest.mark.parametrize("package", CLIENTS)
def test_optional_model_fields_are_none_by_default_and_typed_so(package: str) -> None:
    checked = 0
    for cls in MODELS[package]:
        hints = typing.get_type_hints(cls, localns=namespace(cls))
        for field in attrs.fields(cls):
            if field.default is None:
                checked += 1
                assert type(None) in typing.get_args(hints[field.name]), f"{cls.__name__}.{field.name}"
    assert checked > CLIENTS[package][0]


@pytest.mark.parametrize("package", CLIENTS)
def test_no_api_parameter_mentions_unset(package: str) -> None:
    bad = []
    found = 0
    for name, fn in api_functions(package):
        found += 1
        for param in inspect.signature(fn).parameters.values():
            if "Unset" in str(param.annotation) or mentions_sentinel(param.default):
                bad.append(f"{name}({param.name}: {param.annotation} = {param.default!r})")
    assert found >= CLIENTS[package][1]
    assert not bad, "generated API parameters that still use the Unset sentinel:\n" + "\n".join(bad)


@pytest.mark.parametrize("package", CLIENTS)
def test_the_types_module_has_no_sentinel(package: str) -> None:
    types_module = importlib.import_module(f"{package}.types")
    assert not hasattr(types_module, "Unset")
    assert not hasattr(types_module, "UNSET")


def minimal(cls: type, depth: int = 0) -> Any:
    """An instance of ``cls`` with its required fields filled with simple values, the optional ones None."""
    hints = typing.get_type_hints(cls, localns=namespace(cls))
    kwargs = {
        field.name: value_of(hints[field.name], depth) if field.default is attrs.NOTHING else None
        for field in attrs.fields(cls)
        if field.init and field.name != "explicit_nulls"
    }
    return cls(**kwargs)


def value_of(tp: Any, depth: int) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return value_of(next(arg for arg in typing.get_args(tp) if arg is not type(None)), depth)
    if origin is typing.Literal:  # the ICE client's enums (literal_enums)
        return typing.get_args(tp)[0]
    if origin is list:
        return []
    if origin is dict:
        return {}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    if attrs.has(tp):
        assert depth < 10, f"required fields nest too deep at {tp}"
        return minimal(tp, depth + 1)
    return {bool: True, int: 1, float: 1.5, str: "x"}.get(tp, "x")


@pytest.mark.parametrize("cls", ALL_MODELS, ids=lambda cls: f"{cls.__module__.split('.')[0]}.{cls.__name__}")
def test_absent_fields_read_as_none_and_stay_absent(cls: type) -> None:
    wire = minimal(cls).to_dict()
    parsed = cls.from_dict(wire)
    optional = [f.name for f in attrs.fields(cls) if f.init and f.default is not attrs.NOTHING]
    # A field with a spec default still reads as None when the body leaves it out.
    assert {name: getattr(parsed, name) for name in optional if name != "explicit_nulls"} == dict.fromkeys(
        (name for name in optional if name != "explicit_nulls"), None
    )
    assert parsed.to_dict() == wire
    assert all(value is not None for value in wire.values()), f"{cls.__name__}.to_dict() sent null: {wire}"


def nullable_fields() -> list[tuple[type, str]]:
    """(model, attribute) of the fields for which the model sends an explicit null when asked to."""
    found = []
    for cls in ALL_MODELS:
        if "explicit_nulls" not in attrs.fields_dict(cls):
            continue
        absent = minimal(cls).to_dict()
        for field in attrs.fields(cls):
            probe = minimal(cls)
            probe.explicit_nulls.add(field.name)
            if probe.to_dict() != absent:
                found.append((cls, field.name))
    return found


NULLABLE = nullable_fields()


def test_nullable_fields_are_found() -> None:
    # openapi.yaml has optional fields typed [X, 'null'] (SearchQuery.imageQuery, Person.name, ...).
    assert {(cls.__name__, name) for cls, name in NULLABLE} >= {
        ("SearchQuery", "image_query"),
        ("SearchQuery", "text_query"),
        ("SceneSummaryInfo", "analyzed_scene_ids"),
    }


@pytest.mark.parametrize("cls, name", NULLABLE, ids=lambda v: v if isinstance(v, str) else v.__name__)
def test_explicit_null_is_kept_apart_from_absent(cls: type, name: str) -> None:
    absent = minimal(cls)
    null = minimal(cls)
    null.explicit_nulls.add(name)
    (key,) = null.to_dict().keys() - absent.to_dict().keys()
    assert null.to_dict()[key] is None

    parsed = cls.from_dict(null.to_dict())
    assert getattr(parsed, name) is None
    assert parsed.explicit_nulls == {name}
    assert parsed.to_dict() == null.to_dict()
    assert parsed != cls.from_dict(absent.to_dict())
    assert cls.from_dict(absent.to_dict()).explicit_nulls == set()


def test_template_overrides_are_only_changed_files() -> None:
    """templates/openapi-python-client holds only templates that differ from the generator's own."""
    upstream = Path(str(files("openapi_python_client") / "templates"))
    overrides = sorted(p for p in TEMPLATES.rglob("*.jinja"))
    assert overrides
    for path in overrides:
        relative = path.relative_to(TEMPLATES)
        original = upstream / relative
        assert original.is_file(), f"{relative} overrides no template of openapi-python-client"
        assert path.read_text() != original.read_text(), f"{relative} is an unchanged copy; delete it"
