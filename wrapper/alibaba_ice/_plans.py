"""What ``IceSearch`` and ``AsyncIceSearch`` do, written once as plans that do no I/O.

A plan is a generator of steps: ``Send`` (run an action's generated function once), ``Sleep`` (wait) and
``Item`` (a result for the caller). The client runs each step and sends its outcome back into the plan: the
response of a ``Send``, or the transport error it met (the plan decides whether to retry or raise it). The two
clients differ only in how they run a step (``run`` or ``arun``), so retries, paging, scrolling and the
index-job waiter exist once, the way sans-I/O libraries such as h11 serve blocking and async code alike.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import httpx

import ice_spec
from alibaba_ice_client import Client
from alibaba_ice_client.types import Response

from ._operations import Action, action, snake
from .errors import IceApiError, IceValidationError, IceWaitTimeout, error_class

__all__ = ["Item", "Plan", "Send", "Sleep", "advance", "call", "index_jobs", "pages", "scroll"]

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_JOB_STATES = ice_spec.STATES["IndexJobStatus"]

#: What a ``Send`` comes back with: the generated function's response, or the transport error it raised.
Outcome = Response[Any] | httpx.TransportError


@dataclass(frozen=True)
class Send:
    """Run ``op``'s generated function once with ``kwargs``."""

    op: Action
    kwargs: dict[str, Any]

    def run(self, client: Client) -> Outcome:
        try:
            response: Response[Any] = self.op.module.sync_detailed(client=client, **self.kwargs)
        except httpx.TransportError as exc:
            return exc
        return response

    async def arun(self, client: Client) -> Outcome:
        try:
            response: Response[Any] = await self.op.module.asyncio_detailed(client=client, **self.kwargs)
        except httpx.TransportError as exc:
            return exc
        return response


@dataclass(frozen=True)
class Sleep:
    """Wait ``seconds`` before the next step."""

    seconds: float

    def run(self, client: Client) -> None:
        time.sleep(self.seconds)

    async def arun(self, client: Client) -> None:
        await asyncio.sleep(self.seconds)


@dataclass(frozen=True)
class Item:
    """A result for the caller: the client hands it out, then goes on with the plan (running it does nothing)."""

    value: Any

    def run(self, client: Client) -> None:
        return None

    async def arun(self, client: Client) -> None:
        return None


Step = Send | Sleep | Item
Plan = Generator[Step, Any, None]


def advance(plan: Plan, outcome: Any) -> Step | None:
    """The plan's next step once it has ``outcome`` (of its previous step); None when it is done."""
    try:
        return plan.send(outcome)
    except StopIteration:
        return None


# -- the plans ------------------------------------------------------------------------------------


def call(name: str, params: dict[str, Any], max_retries: int) -> Plan:
    """One action: its parsed answer, after the retries the action allows."""
    result = yield from _attempts(action(name), params, max_retries)
    yield Item(result)


def pages(name: str, params: dict[str, Any], max_retries: int) -> Plan:
    """Every item of a paged action, requesting page after page (``PageNo``/``PageSize`` per the spec)."""
    op = action(name)
    pagination = op.operation.pagination
    if pagination is None:
        raise IceValidationError("action", f"{name} is not paged", name)
    size_param, page_param = snake(pagination.size_param), snake(pagination.page_param)
    # the largest page the action allows (fewest requests), else the service's default (x-default)
    size = int(params.pop(size_param, None) or pagination.max_size or pagination.default_size or 0)
    if size < 1:
        raise IceValidationError(pagination.size_param, f"{name} states no page size; pass one", name)
    page = pagination.first_page
    while True:
        result = yield from _attempts(op, {**params, page_param: page, size_param: size}, max_retries)
        items = _items(result, op)
        yield from map(Item, items)
        total = getattr(result, snake(pagination.total_count_field)) if pagination.total_count_field else None
        if len(items) < size or (isinstance(total, int) and page * size >= total):
            return
        page += 1


def scroll(params: dict[str, Any], max_retries: int) -> Plan:
    """Every SearchMedia result, forward with ``ScrollToken`` (at most what the service lets scroll)."""
    op = action("SearchMedia")
    paging = op.operation.pagination
    if paging is None or paging.scroll_token_param is None or paging.scroll_token_field is None:
        raise IceValidationError("action", "SearchMedia does not scroll in this contract", "SearchMedia")
    token_param, token_field = snake(paging.scroll_token_param), snake(paging.scroll_token_field)
    token: str | None = None
    while True:
        result = yield from _attempts(op, {**params, token_param: token}, max_retries)
        items = _items(result, op)
        yield from map(Item, items)
        token = getattr(result, token_field)
        if not items or not token:
            return


def index_jobs(media_id: str, search_lib_name: str | None, timeout: float, interval: float, max_retries: int) -> Plan:
    """QueryMediaIndexJob until every job of the media is terminal (``x-terminal-states`` of IndexJobStatus)."""
    op = action("QueryMediaIndexJob")
    deadline = time.monotonic() + timeout
    while True:
        result = yield from _attempts(op, {"media_id": media_id, "search_lib_name": search_lib_name}, max_retries)
        jobs = list(result.index_job_info_list or ())
        if jobs and all(str(job.status) in _JOB_STATES.terminal for job in jobs):
            yield Item(jobs)
            return
        if time.monotonic() > deadline:
            raise IceWaitTimeout(f"index jobs of {media_id} not finished after {timeout} s")
        yield Sleep(interval)


def _attempts(op: Action, params: dict[str, Any], max_retries: int) -> Generator[Step, Any, Any]:
    """Send the action until it succeeds (its parsed answer) or may not be retried (its error raised).

    Only actions that change nothing are retried: after a transport error, a 5xx or throttling.
    """
    kwargs = op.prepare(params)
    attempt = 0
    while True:
        outcome: Outcome = yield Send(op, kwargs)
        if not isinstance(outcome, httpx.TransportError) and outcome.status_code == 200:
            return outcome.parsed
        failure = outcome if isinstance(outcome, httpx.TransportError) else _error(outcome)
        if not (op.retry_safe and attempt < max_retries and _retryable(failure)):
            raise failure
        yield Sleep(_backoff(attempt, failure))
        attempt += 1


Failure = IceApiError | httpx.TransportError


def _retryable(failure: Failure) -> bool:
    """A transport error, a 5xx or throttling (an answer with a retry-after) may pass when tried again."""
    if isinstance(failure, httpx.TransportError):
        return True
    return failure.status in _RETRY_STATUSES or failure.retry_after is not None


def _error(response: Response[Any]) -> IceApiError:
    """The typed error of a 4xx/5xx answer ``{RequestId, Code, Message}`` (status class for an odd body)."""
    headers = httpx.Headers(response.headers)
    retry_after = headers.get("x-acs-retry-after")
    seconds = int(retry_after) / 1000 if retry_after and retry_after.isdigit() else None
    status = int(response.status_code)
    answer = httpx.Response(status, headers=headers, content=response.content)
    try:
        body = answer.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or "Code" not in body:
        return error_class("Unknown", status)(status, "Unknown", answer.text[:200], None, seconds)
    code = str(body["Code"])
    return error_class(code, status)(status, code, str(body.get("Message", "")), body.get("RequestId"), seconds)


def _backoff(attempt: int, failure: Failure) -> float:
    if isinstance(failure, IceApiError) and failure.retry_after is not None:
        return min(failure.retry_after, 30.0)
    return float(min(0.2 * 2**attempt, 5.0))


def _items(result: Any, op: Action) -> list[Any]:
    pagination = op.operation.pagination
    assert pagination is not None, f"{op.name} is not paged"
    return list(getattr(result, snake(pagination.items_field)) or ())
