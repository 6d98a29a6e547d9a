from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alter_search_lib_x_acs_action import AlterSearchLibXAcsAction
from ...models.alter_search_lib_x_acs_version import AlterSearchLibXAcsVersion
from ...models.error_body import ErrorBody
from ...models.search_lib_name_response import SearchLibNameResponse
from ...types import Response


def _get_kwargs(
    *,
    search_lib_name: str,
    search_lib_config: str | None = None,
    x_acs_action: AlterSearchLibXAcsAction = "AlterSearchLib",
    x_acs_version: AlterSearchLibXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["SearchLibName"] = search_lib_name

    params["SearchLibConfig"] = search_lib_config

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#AlterSearchLib",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SearchLibNameResponse | None:
    if response.status_code == 200:
        response_200 = SearchLibNameResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SearchLibNameResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_lib_name: str,
    search_lib_config: str | None = None,
    x_acs_action: AlterSearchLibXAcsAction = "AlterSearchLib",
    x_acs_version: AlterSearchLibXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchLibNameResponse]:
    """Change a search library's configuration

    Args:
        search_lib_name (str): A search library name.
        search_lib_config (str | None):
        x_acs_action (AlterSearchLibXAcsAction):  Default: 'AlterSearchLib'.
        x_acs_version (AlterSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchLibNameResponse]
    """

    kwargs = _get_kwargs(
        search_lib_name=search_lib_name,
        search_lib_config=search_lib_config,
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
    search_lib_name: str,
    search_lib_config: str | None = None,
    x_acs_action: AlterSearchLibXAcsAction = "AlterSearchLib",
    x_acs_version: AlterSearchLibXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchLibNameResponse | None:
    """Change a search library's configuration

    Args:
        search_lib_name (str): A search library name.
        search_lib_config (str | None):
        x_acs_action (AlterSearchLibXAcsAction):  Default: 'AlterSearchLib'.
        x_acs_version (AlterSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchLibNameResponse
    """

    return sync_detailed(
        client=client,
        search_lib_name=search_lib_name,
        search_lib_config=search_lib_config,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_lib_name: str,
    search_lib_config: str | None = None,
    x_acs_action: AlterSearchLibXAcsAction = "AlterSearchLib",
    x_acs_version: AlterSearchLibXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchLibNameResponse]:
    """Change a search library's configuration

    Args:
        search_lib_name (str): A search library name.
        search_lib_config (str | None):
        x_acs_action (AlterSearchLibXAcsAction):  Default: 'AlterSearchLib'.
        x_acs_version (AlterSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchLibNameResponse]
    """

    kwargs = _get_kwargs(
        search_lib_name=search_lib_name,
        search_lib_config=search_lib_config,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_lib_name: str,
    search_lib_config: str | None = None,
    x_acs_action: AlterSearchLibXAcsAction = "AlterSearchLib",
    x_acs_version: AlterSearchLibXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchLibNameResponse | None:
    """Change a search library's configuration

    Args:
        search_lib_name (str): A search library name.
        search_lib_config (str | None):
        x_acs_action (AlterSearchLibXAcsAction):  Default: 'AlterSearchLib'.
        x_acs_version (AlterSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchLibNameResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            search_lib_name=search_lib_name,
            search_lib_config=search_lib_config,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
