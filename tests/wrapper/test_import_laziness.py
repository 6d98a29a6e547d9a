"""``import media_intelligence`` stays cheap: the heavy modules load on first use (issue 8).

Structural checks, not timings (``python -m bench --only import`` measures
the time): each runs a fresh interpreter and looks at ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import media_intelligence
from media_intelligence import resources

#: Modules that ``import media_intelligence`` must not load, with what they cost.
LAZY_MODULES = (
    "media_intelligence_client",  # the generated client: attrs, ~175 model classes, the api modules
    "media_intelligence.resources.assets",  # every resource module imports generated api/model modules
    "media_intelligence.resources.search",
    "media_intelligence._workflows",
    "jsonschema",  # validation: loaded when the first validator is compiled
    "referencing",
    "jsonschema_rs",
    "media_intelligence._retry",  # tenacity
    "tenacity",
    "media_intelligence._ratelimit",  # asyncio
    "media_intelligence._waiters",
)


def _run(script: str) -> dict[str, object]:
    """Run ``script`` in a new interpreter; it ends with ``print(json.dumps(...))``."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _loaded(modules: object, name: str) -> bool:
    assert isinstance(modules, list)
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize(
    "statement",
    [
        "import media_intelligence",
        "from media_intelligence import MediaIntelligence, AsyncMediaIntelligence",
        "from media_intelligence.errors import ProjectNotFoundError",
        "import media_intelligence.resources",
    ],
)
def test_import_does_not_load_the_heavy_modules(statement: str) -> None:
    result = _run(
        f"""
        import json, sys
        {statement}
        print(json.dumps({{"modules": sorted(sys.modules)}}))
        """
    )
    loaded = [name for name in LAZY_MODULES if _loaded(result["modules"], name)]
    assert loaded == []


def test_every_public_name_resolves_in_a_fresh_interpreter() -> None:
    result = _run(
        """
        import importlib, json, sys
        import media_intelligence as mi

        # submodules that used to come with the package are still attributes
        submodules = mi.resources.assets.Assets.__name__ == "Assets" and mi._waiters.WAITERS is mi.core.WAITERS
        from media_intelligence import errors, resources

        missing = []
        for module in (mi, errors, resources, mi.core):
            for name in module.__all__:
                if not hasattr(module, name):
                    missing.append(f"{module.__name__}.{name}")
        star: dict = {}
        exec("from media_intelligence import *", star)
        exec("from media_intelligence.resources import *", star)
        same = (
            mi.RetryPolicy is importlib.import_module("media_intelligence._retry").RetryPolicy
            and mi.SearchResults is resources.SearchResults is resources.search.SearchResults
            and mi.Waiter is importlib.import_module("media_intelligence._waiters").Waiter
            and mi.ProjectNotFoundError is errors.ProjectNotFoundError
        )
        print(json.dumps({
            "missing": missing,
            "star_missing": sorted((set(mi.__all__) | set(resources.__all__)) - set(star)),
            "same": same,
            "in_dir": "SearchResults" in dir(mi) and "Assets" in dir(resources),
            "submodules": submodules,
        }))
        """
    )
    assert result == {"missing": [], "star_missing": [], "same": True, "in_dir": True, "submodules": True}


def test_first_use_loads_what_it_needs() -> None:
    result = _run(
        """
        import json, sys
        import httpx
        from media_intelligence import MediaIntelligence, RequestValidationError

        def api(request):
            body = {"code": "0", "message": "ok", "result": {"projectId": 7, "projectName": "news"}}
            return httpx.Response(200, json=body)

        client = MediaIntelligence(
            access_key="AK_TEST",
            secret_key="SK_TEST",
            base_url="https://mi.example",
            workspace="ws",
            http_client=httpx.Client(transport=httpx.MockTransport(api)),
        )
        before = sorted(sys.modules)
        projects = client.projects
        try:
            client.projects.create(name="x" * 1000)
            rejected = False
        except RequestValidationError:
            rejected = True
        with MediaIntelligence(access_key="AK_TEST", secret_key="SK_TEST", base_url="https://mi.example") as own:
            user_agent = own.http_client.headers["user-agent"]
        print(json.dumps({
            "before": before,
            "after": sorted(sys.modules),
            "namespace": type(projects).__module__,
            "rejected": rejected,
            "user_agent": user_agent,
        }))
        """
    )
    assert not _loaded(result["before"], "media_intelligence.resources.projects")
    assert _loaded(result["after"], "media_intelligence_client.models")
    assert _loaded(result["after"], "jsonschema")
    assert result["namespace"] == "media_intelligence.resources.projects"
    assert result["rejected"] is True
    assert str(result["user_agent"]).startswith("ncloud-media-intelligence/")


def test_unknown_names_still_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = media_intelligence.NoSuchName
    with pytest.raises(AttributeError):
        _ = resources.NoSuchName
    with pytest.raises(ImportError):
        from media_intelligence import NoSuchThing  # noqa: F401


def test_the_public_names_are_few_and_the_plumbing_lives_in_submodules() -> None:
    import media_intelligence.core

    names = set(media_intelligence.__all__)
    classes = [*media_intelligence.errors.ERROR_CODES.values(), *media_intelligence.errors.GATEWAY_ERROR_CODES.values()]
    per_code = {cls.__name__ for cls in classes}
    # one name per error code, no aliases
    assert per_code <= names
    assert not any(name.endswith("Error") and name[: -len("Error")] in names for name in per_code)
    # no plumbing at the top
    plumbing = {"SyncAPIClient", "AsyncAPIClient", "sign", "RequestValidator", "error_from_response", "setup_logging"}
    assert not plumbing & names
    assert plumbing - {"error_from_response"} <= set(media_intelligence.core.__all__)
    assert "error_from_response" in media_intelligence.errors.__all__
    # what remains besides the per-code classes is a short list
    assert len(names - per_code) <= 55, sorted(names - per_code)
