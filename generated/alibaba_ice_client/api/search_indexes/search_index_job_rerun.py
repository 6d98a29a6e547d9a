from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.search_index_job_rerun_response import SearchIndexJobRerunResponse
from ...models.search_index_job_rerun_x_acs_action import (
    SearchIndexJobRerunXAcsAction,
)
from ...models.search_index_job_rerun_x_acs_version import (
    SearchIndexJobRerunXAcsVersion,
)
from ...types import Response


def _get_kwargs(
    *,
    media_ids: str,
    task: str | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    x_acs_action: SearchIndexJobRerunXAcsAction = "SearchIndexJobRerun",
    x_acs_version: SearchIndexJobRerunXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["MediaIds"] = media_ids

    params["Task"] = task

    params["SearchLibName"] = search_lib_name

    params["Namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#SearchIndexJobRerun",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SearchIndexJobRerunResponse | None:
    if response.status_code == 200:
        response_200 = SearchIndexJobRerunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | SearchIndexJobRerunResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_ids: str,
    task: str | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    x_acs_action: SearchIndexJobRerunXAcsAction = "SearchIndexJobRerun",
    x_acs_version: SearchIndexJobRerunXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchIndexJobRerunResponse]:
    """Run the index jobs of media again

    Args:
        media_ids (str):
        task (str | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        x_acs_action (SearchIndexJobRerunXAcsAction):  Default: 'SearchIndexJobRerun'.
        x_acs_version (SearchIndexJobRerunXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchIndexJobRerunResponse]
    """

    kwargs = _get_kwargs(
        media_ids=media_ids,
        task=task,
        search_lib_name=search_lib_name,
        namespace=namespace,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    media_ids: str,
    task: str | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    x_acs_action: SearchIndexJobRerunXAcsAction = "SearchIndexJobRerun",
    x_acs_version: SearchIndexJobRerunXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchIndexJobRerunResponse | None:
    """Run the index jobs of media again

    Args:
        media_ids (str):
        task (str | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        x_acs_action (SearchIndexJobRerunXAcsAction):  Default: 'SearchIndexJobRerun'.
        x_acs_version (SearchIndexJobRerunXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchIndexJobRerunResponse
    """

    return sync_detailed(
        client=client,
        media_ids=media_ids,
        task=task,
        search_lib_name=search_lib_name,
        namespace=namespace,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_ids: str,
    task: str | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    x_acs_action: SearchIndexJobRerunXAcsAction = "SearchIndexJobRerun",
    x_acs_version: SearchIndexJobRerunXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchIndexJobRerunResponse]:
    """Run the index jobs of media again

    Args:
        media_ids (str):
        task (str | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        x_acs_action (SearchIndexJobRerunXAcsAction):  Default: 'SearchIndexJobRerun'.
        x_acs_version (SearchIndexJobRerunXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchIndexJobRerunResponse]
    """

    kwargs = _get_kwargs(
        media_ids=media_ids,
        task=task,
        search_lib_name=search_lib_name,
        namespace=namespace,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    media_ids: str,
    task: str | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    x_acs_action: SearchIndexJobRerunXAcsAction = "SearchIndexJobRerun",
    x_acs_version: SearchIndexJobRerunXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchIndexJobRerunResponse | None:
    """Run the index jobs of media again

    Args:
        media_ids (str):
        task (str | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        x_acs_action (SearchIndexJobRerunXAcsAction):  Default: 'SearchIndexJobRerun'.
        x_acs_version (SearchIndexJobRerunXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchIndexJobRerunResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            media_ids=media_ids,
            task=task,
            search_lib_name=search_lib_name,
            namespace=namespace,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
