"""Write a copy of the OpenAPI document that openapi-python-client models well.

openapi.yaml states every documented rule, including rules that are pure
validation: "textQuery or imageQuery, not both" becomes
``oneOf: [{required: [textQuery]}, {required: [imageQuery]}]``, "not both
projectIds and assetIds" becomes ``not: {required: [...]}``. Such subschemas
carry no shape of their own, but the generator reads any object-level
``oneOf``/``anyOf`` as a union: the body becomes ``Any``, or is split into
``...Type0``/``...Type1`` classes.

A subschema is *validation-only* when it holds nothing but ``required``,
``not``, nested validation-only ``oneOf``/``anyOf``/``allOf``, key-count rules
and annotations, plus, at most, ``properties`` that narrow properties the
enclosing object already declares (``{required: [textQuery], properties:
{imageQuery: {type: "null"}}}``): the enclosing object still has the whole
shape, only the rule is gone. This script removes exactly those and nothing
else:

* ``oneOf``/``anyOf`` whose every branch is validation-only: removed whole
  (dropping only some branches would change what the union accepts);
* validation-only parts of an ``allOf``: removed (a conjunction only gets
  looser), and the ``allOf`` itself when it ends up empty;
* ``not`` whose subschema is validation-only: removed.

Everything else (types, properties, enums, bounds, patterns, ``x-`` keys,
examples) is copied unchanged. openapi.yaml itself is only read; the
emulator and the wrapper keep validating against the full rules.

Usage: python tools/relax_spec.py openapi.yaml build/openapi.relaxed.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

# Keywords that only constrain which keys an object has, and keywords that
# only annotate. A validation-only subschema has at least one of the former
# and nothing but these (plus ``x-`` extensions).
PRESENCE_KEYS = frozenset(
    {"required", "not", "oneOf", "anyOf", "allOf", "minProperties", "maxProperties", "dependentRequired"}
)
ANNOTATION_KEYS = frozenset({"description", "title", "$comment"})

# Schema keywords whose value is one subschema, a list of them, or a name -> subschema map.
SINGLE_SUBSCHEMA = (
    "not",
    "items",
    "contains",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "if",
    "then",
    "else",
)
LIST_SUBSCHEMAS = ("allOf", "anyOf", "oneOf", "prefixItems")
MAP_SUBSCHEMAS = ("properties", "patternProperties", "dependentSchemas", "$defs")


def is_validation_only(schema: Any, declared: frozenset[str] = frozenset()) -> bool:
    """True when ``schema`` only constrains which of the ``declared`` keys are present or how."""
    if not isinstance(schema, dict):
        return False
    keys = {key for key in schema if not (isinstance(key, str) and key.startswith("x-"))}
    if not keys & (PRESENCE_KEYS | {"properties"}):
        return False
    if not keys <= PRESENCE_KEYS | ANNOTATION_KEYS | {"properties"}:
        return False
    narrowed = schema.get("properties", {})
    if not isinstance(narrowed, dict) or not set(narrowed) <= declared:
        return False
    if "not" in schema and not is_validation_only(schema["not"], declared):
        return False
    return all(
        is_validation_only(part, declared) for key in ("oneOf", "anyOf", "allOf") for part in schema.get(key, [])
    )


def relax_schema(schema: Any, dropped: list[str], where: str) -> Any:
    """Return ``schema`` with validation-only combinators removed, recursively."""
    if not isinstance(schema, dict):
        return schema
    declared = frozenset(schema.get("properties") or ())
    out: dict[str, Any] = {}
    for key, value in schema.items():
        here = f"{where}/{key}"
        if key in ("oneOf", "anyOf") and isinstance(value, list):
            if value and all(is_validation_only(part, declared) for part in value):
                dropped.append(here)
                continue
            out[key] = [relax_schema(part, dropped, f"{here}/{i}") for i, part in enumerate(value)]
        elif key == "allOf" and isinstance(value, list):
            kept = []
            for i, part in enumerate(value):
                if is_validation_only(part, declared):
                    dropped.append(f"{here}/{i}")
                else:
                    kept.append(relax_schema(part, dropped, f"{here}/{i}"))
            if kept:
                out[key] = kept
        elif key == "not" and is_validation_only(value, declared):
            dropped.append(here)
        elif key in SINGLE_SUBSCHEMA:
            out[key] = relax_schema(value, dropped, here)
        elif key in LIST_SUBSCHEMAS and isinstance(value, list):
            out[key] = [relax_schema(part, dropped, f"{here}/{i}") for i, part in enumerate(value)]
        elif key in MAP_SUBSCHEMAS and isinstance(value, dict):
            out[key] = {name: relax_schema(sub, dropped, f"{here}/{name}") for name, sub in value.items()}
        else:
            # Data (enum, const, default, examples) and extensions: copied as is.
            out[key] = value
    return out


def relax_document(node: Any, dropped: list[str], where: str = "#") -> Any:
    """Walk the OpenAPI document and relax every schema found in it.

    Schemas live under a ``schema`` key (parameters, headers, media types)
    and in ``components/schemas``; examples and ``x-`` data are left alone.
    """
    if isinstance(node, list):
        return [relax_document(item, dropped, f"{where}/{i}") for i, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out: dict[Any, Any] = {}
    for key, value in node.items():
        here = f"{where}/{key}"
        if key == "schema":
            out[key] = relax_schema(value, dropped, here)
        elif key == "schemas" and where == "#/components" and isinstance(value, dict):
            out[key] = {name: relax_schema(sub, dropped, f"{here}/{name}") for name, sub in value.items()}
        elif key in ("example", "examples") or (isinstance(key, str) and key.startswith("x-")):
            out[key] = value
        else:
            out[key] = relax_document(value, dropped, here)
    return out


def relax(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Return the relaxed copy of ``spec`` and the JSON pointers of what was dropped."""
    dropped: list[str] = []
    return relax_document(spec, dropped), dropped


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: relax_spec.py SOURCE.yaml TARGET.yaml", file=sys.stderr)
        return 2
    source, target = (Path(arg) for arg in argv)
    relaxed, dropped = relax(yaml.safe_load(source.read_text(encoding="utf-8")))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        yaml.safe_dump(relaxed, sort_keys=False, allow_unicode=True, width=1000),
        encoding="utf-8",
    )
    print(f"relax_spec: {len(dropped)} validation-only combinators left out of {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
