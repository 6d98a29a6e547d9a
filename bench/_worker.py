"""A client process of the benchmarks, in one of the venvs of ``_venvs``: it runs batches on command.

    <venv>/bin/python -m bench._worker BASE_URL

Reads one JSON command per line on stdin and answers one JSON line on stdout:

* ``{"op": "variants"}`` -> the variant names this venv can run (and why the others cannot);
* ``{"op": "calls", "variant": V, "n": N}`` -> N calls one at a time: ``{"wall_us": [...], "cpu_us": C}``
  (every call's wall time, the client CPU time per call);
* ``{"op": "burst", "variant": V, "total": T, "concurrency": C}`` -> T calls by C workers after an
  untimed warm-up burst that opens the pool's C connections: ``{"rps": R, "cpu_us": C}``;
* ``{"op": "search", "base_url": U, "workspace": W, "project": P, "queries": [...]}`` -> one text search
  per query through the SDK (submit, wait, first page): ``{"ms": [...]}``.

Clients are made once per variant and kept (warm pools, as in a long-running program). Async variants
run in one event loop kept for the process. Only httpx and what the venv has are imported (in the
openai venv, httpx2: openai-python 3 sends through it instead of httpx; the raw variants then run on
httpx2 too: openai-python's own transport, bare).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

try:
    import httpx
except ImportError:  # openai-python 3 sends through httpx2 and does not install httpx
    import httpx2 as httpx  # type: ignore[import-not-found,no-redef]

from ._baseline import ACCESS_KEY, PROJECT_ID, SECRET_KEY, get_project_path, signed_headers

__all__ = ["main"]

POOL = 64  # connections of every fan-out client (the concurrency of the figure)
KEEP_ALIVE = 60.0  # as the minimal server: pools stay as each variant left them
PATH = get_project_path()
SECRET = SECRET_KEY.encode()
PERSON_IDS = list(range(1, 101))
LINES = [f"line number {i} of the dialogue" for i in range(100)]


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=POOL, max_keepalive_connections=POOL, keepalive_expiry=KEEP_ALIVE)


def _check(status: int, what: str) -> None:
    if status != 200:
        raise RuntimeError(f"{what} answered HTTP {status}")


class Worker:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.runner = asyncio.Runner()
        self.sync: dict[str, Callable[[], Any]] = {}
        self.aio: dict[str, Callable[[], Awaitable[Any]]] = {}
        self.missing: dict[str, str] = {}
        self._build()

    # -- variants --------------------------------------------------------------------------------

    def _try(self, names: tuple[str, ...], build: Callable[[], None]) -> None:
        try:
            build()
        except Exception as exc:  # a layer this venv does not have
            for name in names:
                self.missing[name] = f"{type(exc).__name__}: {exc}"

    def _build(self) -> None:
        self._try(("raw_sync", "raw_async", "raw_httpx"), self._raw)
        self._try(("raw_sync_sdk_transport", "raw_async_sdk_transport"), self._raw_sdk_transport)
        self._try(("generated_sync", "generated_async"), self._generated)
        self._try(("wrapper_sync", "wrapper_sync_noval", "wrapper_async", "wrapper_async_noval"), self._wrapper)
        self._try(("search_val", "search_noval"), self._search_body)
        self._try(("wrapper_httpx",), self._wrapper_fanout)
        self._try(("wrapper_sharded",), self._wrapper_sharded)
        self._try(("raw_aiohttp", "wrapper_aiohttp"), self._aiohttp)
        self._try(("openai_sync", "openai_async", "openai_httpx"), self._openai)

    def _raw(self) -> None:
        client = httpx.Client(base_url=self.base_url)
        aclient = self.runner.run(self._make(lambda: httpx.AsyncClient(base_url=self.base_url)))
        fan = self.runner.run(self._make(lambda: httpx.AsyncClient(base_url=self.base_url, limits=_limits())))

        def raw_sync() -> None:
            r = client.get(PATH, headers=signed_headers("GET", PATH, ACCESS_KEY, SECRET))
            _check(r.status_code, "raw")
            r.json()["result"]

        def raw_on(c: httpx.AsyncClient) -> Callable[[], Awaitable[None]]:
            async def call() -> None:
                r = await c.get(PATH, headers=signed_headers("GET", PATH, ACCESS_KEY, SECRET))
                _check(r.status_code, "raw")
                r.json()["result"]

            return call

        self.sync["raw_sync"] = raw_sync
        self.aio["raw_async"] = raw_on(aclient)
        self.aio["raw_httpx"] = raw_on(fan)
        self._raw_on = raw_on

    def _raw_sdk_transport(self) -> None:
        # raw httpx as above, on the transports the SDK's clients build (the wrapper's own transport)
        from media_intelligence._http_clients import default_transport, default_transport_async

        client = httpx.Client(base_url=self.base_url, transport=default_transport())
        aclient = self.runner.run(
            self._make(lambda: httpx.AsyncClient(base_url=self.base_url, transport=default_transport_async()))
        )

        def raw_sync() -> None:
            r = client.get(PATH, headers=signed_headers("GET", PATH, ACCESS_KEY, SECRET))
            _check(r.status_code, "raw")
            r.json()["result"]

        self.sync["raw_sync_sdk_transport"] = raw_sync
        self.aio["raw_async_sdk_transport"] = self._raw_on(aclient)

    async def _make(self, factory: Callable[[], Any]) -> Any:
        return factory()  # made inside the loop that will use it

    def _generated(self) -> None:
        from . import _layers

        get_project = _layers.generated_get_project()
        sync_kwargs = _layers.generated_call_kwargs(_layers.generated_client(self.base_url))
        async_kwargs = _layers.generated_call_kwargs(_layers.generated_client(self.base_url))

        def generated_sync() -> None:
            resp = get_project.sync_detailed(**sync_kwargs)
            _check(int(resp.status_code), "generated")

        async def generated_async() -> None:
            resp = await get_project.asyncio_detailed(**async_kwargs)
            _check(int(resp.status_code), "generated")

        self.sync["generated_sync"] = generated_sync
        self.aio["generated_async"] = generated_async

    def _wrapper(self) -> None:
        from . import _layers

        for validate, suffix in ((True, ""), (False, "_noval")):
            client = _layers.wrapper_client(self.base_url, validate=validate)
            aclient = self.runner.run(
                self._make(lambda v=validate: _layers.wrapper_client(self.base_url, asynchronous=True, validate=v))
            )
            self.sync[f"wrapper_sync{suffix}"] = lambda c=client: _layers.wrapper_get_project(c)
            self.aio[f"wrapper_async{suffix}"] = lambda c=aclient: _layers.wrapper_get_project(c)
        self._try(("wrapper_async_anyio",), self._wrapper_anyio)

    def _wrapper_anyio(self) -> None:
        # the wrapper with its default transport on httpcore's own (anyio) backend instead of AsyncioBackend
        # (the client otherwise as made by default: only its transport is swapped, before any call)
        import httpcore

        from media_intelligence._http_clients import default_transport_async

        from . import _layers

        async def make() -> Any:
            client = _layers.wrapper_client(self.base_url, asynchronous=True)
            client.http_client._transport = default_transport_async(network_backend=httpcore.AnyIOBackend())
            return client

        client = self.runner.run(make())
        self.aio["wrapper_async_anyio"] = lambda: _layers.wrapper_get_project(client)

    def _search_body(self) -> None:
        from . import _layers

        # searchAssets allows 1000 calls a minute (x-rate-limit): the client would pace a batch of
        # thousands, and the figure would time its waits instead of the validation.
        for validate, key in ((True, "search_val"), (False, "search_noval")):
            client = _layers.wrapper_client(self.base_url, validate=validate, rate_limits=False)

            def call(c: Any = client) -> None:
                c.search.submit(text="car", person_ids=PERSON_IDS, dialogues=LINES, project_ids=[PROJECT_ID])

            self.sync[key] = call

    def _wrapper_fanout(self) -> None:
        from . import _layers

        async def make() -> Any:
            http = httpx.AsyncClient(limits=_limits())
            return _layers.wrapper_client(self.base_url, asynchronous=True, http_client=http)

        client = self.runner.run(make())
        self.aio["wrapper_httpx"] = lambda: _layers.wrapper_get_project(client)

    def _wrapper_sharded(self) -> None:
        from . import _layers

        async def make() -> Any:
            from media_intelligence import DefaultAsyncHttpxClient

            http = DefaultAsyncHttpxClient(limits=_limits())
            return _layers.wrapper_client(self.base_url, asynchronous=True, http_client=http)

        client = self.runner.run(make())
        self.aio["wrapper_sharded"] = lambda: _layers.wrapper_get_project(client)

    def _aiohttp(self) -> None:
        from httpx_aiohttp import HttpxAiohttpClient

        from . import _layers

        async def make() -> tuple[Any, Any]:
            from media_intelligence import DefaultAioHttpClient

            raw = HttpxAiohttpClient(base_url=self.base_url, limits=_limits())
            http = DefaultAioHttpClient(limits=_limits())
            return raw, _layers.wrapper_client(self.base_url, asynchronous=True, http_client=http)

        raw, wrapped = self.runner.run(make())
        self.aio["raw_aiohttp"] = self._raw_on(raw)
        self.aio["wrapper_aiohttp"] = lambda: _layers.wrapper_get_project(wrapped)

    def _openai(self) -> None:
        import openai

        client = openai.OpenAI(api_key="bench", base_url=self.base_url, max_retries=0)

        async def make() -> Any:
            return (
                openai.AsyncOpenAI(api_key="bench", base_url=self.base_url, max_retries=0),
                openai.AsyncOpenAI(
                    api_key="bench",
                    base_url=self.base_url,
                    max_retries=0,
                    http_client=openai.DefaultAsyncHttpxClient(limits=_limits()),
                ),
            )

        aclient, fan = self.runner.run(make())

        def openai_sync() -> None:
            body = client.get(
                PATH, cast_to=object, options={"headers": signed_headers("GET", PATH, ACCESS_KEY, SECRET)}
            )
            body["result"]  # type: ignore[index]

        def openai_on(c: Any) -> Callable[[], Awaitable[None]]:
            async def call() -> None:
                headers = signed_headers("GET", PATH, ACCESS_KEY, SECRET)
                body = await c.get(PATH, cast_to=object, options={"headers": headers})
                body["result"]

            return call

        self.sync["openai_sync"] = openai_sync
        self.aio["openai_async"] = openai_on(aclient)
        self.aio["openai_httpx"] = openai_on(fan)

    # -- commands --------------------------------------------------------------------------------

    def calls(self, variant: str, n: int) -> dict[str, Any]:
        walls: list[float] = []
        clock, cpu = time.perf_counter, time.process_time
        if variant in self.sync:
            call = self.sync[variant]
            c0 = cpu()
            for _ in range(n):
                t0 = clock()
                call()
                walls.append((clock() - t0) * 1e6)
            used = cpu() - c0
        else:
            acall = self.aio[variant]

            async def run() -> float:
                c0 = cpu()
                for _ in range(n):
                    t0 = clock()
                    await acall()
                    walls.append((clock() - t0) * 1e6)
                return cpu() - c0

            used = self.runner.run(run())
        return {"wall_us": walls, "cpu_us": used / n * 1e6}

    def burst(self, variant: str, total: int, concurrency: int) -> dict[str, Any]:
        call = self.aio[variant]

        async def run(count: int) -> tuple[float, float]:
            remaining = count

            async def worker() -> None:
                nonlocal remaining
                while remaining > 0:
                    remaining -= 1
                    await call()

            c0, t0 = time.process_time(), time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return time.perf_counter() - t0, time.process_time() - c0

        self.runner.run(run(concurrency * 2))  # the pool holds `concurrency` open connections before timing
        seconds, used = self.runner.run(run(total))
        return {"rps": total / seconds, "cpu_us": used / total * 1e6}

    def search(self, base_url: str, workspace: str, project: int, queries: list[str]) -> dict[str, Any]:
        from media_intelligence import MediaIntelligence

        key = (base_url, workspace)
        clients: dict[tuple[str, str], Any] = self.__dict__.setdefault("_search_clients", {})
        if key not in clients:
            clients[key] = MediaIntelligence(
                access_key=ACCESS_KEY,
                secret_key=SECRET_KEY,
                base_url=base_url,
                workspace=workspace,
                rate_limits=False,
            )
        client = clients[key]
        out = []
        for text in queries:
            t0 = time.perf_counter()
            client.search.run(text=text, project_ids=[project], poll_interval=0.001)  # the first page comes with it
            out.append((time.perf_counter() - t0) * 1e3)
        return {"ms": out}

    def handle(self, command: dict[str, Any]) -> dict[str, Any]:
        op = command["op"]
        if op == "variants":
            return {"variants": sorted([*self.sync, *self.aio]), "missing": self.missing}
        if op == "calls":
            return self.calls(command["variant"], int(command["n"]))
        if op == "burst":
            return self.burst(command["variant"], int(command["total"]), int(command["concurrency"]))
        if op == "search":
            return self.search(command["base_url"], command["workspace"], int(command["project"]), command["queries"])
        raise ValueError(f"unknown op {op!r}")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    worker = Worker(args[0])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = worker.handle(json.loads(line))
        except Exception as exc:
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
