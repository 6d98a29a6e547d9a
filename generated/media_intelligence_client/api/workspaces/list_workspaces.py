from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.list_workspaces_response import ListWorkspacesResponse
from ...types import Response


def _get_kwargs(
    *,
    page_num: int,
    page_size: int | None = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workspaces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | ListWorkspacesResponse | None:
    if response.status_code == 200:
        response_200 = ListWorkspacesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | GatewayErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = GatewayErrorResponse.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorResponse | GatewayErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorResponse.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = GatewayErrorResponse.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GatewayErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GatewayErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GatewayErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = GatewayErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorResponse | GatewayErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorResponse.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = GatewayErrorResponse.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GatewayErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GatewayErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GatewayErrorResponse | ListWorkspacesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int | None = 1000,
) -> Response[ErrorResponse | GatewayErrorResponse | ListWorkspacesResponse]:
    """List workspaces

     Lists the account's workspaces, one page at a time. `pageNum` is required although `pageSize` has a
    default. The request parameter is `pageNum` but the response echoes it as `pageNo`. The docs don't
    say whether pages start at 0 or 1; the example uses 1 and the asset list (same paging) documents
    "1 or more", so pages are taken as 1-based (inferred). List items carry `workspaceUrl` but no
    `monthlyAnalysisCount`. Source: ko and ja pages (the en page was not retrieved).

    Args:
        page_num (int):
        page_size (int | None):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListWorkspacesResponse]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int | None = 1000,
) -> ErrorResponse | GatewayErrorResponse | ListWorkspacesResponse | None:
    """List workspaces

     Lists the account's workspaces, one page at a time. `pageNum` is required although `pageSize` has a
    default. The request parameter is `pageNum` but the response echoes it as `pageNo`. The docs don't
    say whether pages start at 0 or 1; the example uses 1 and the asset list (same paging) documents
    "1 or more", so pages are taken as 1-based (inferred). List items carry `workspaceUrl` but no
    `monthlyAnalysisCount`. Source: ko and ja pages (the en page was not retrieved).

    Args:
        page_num (int):
        page_size (int | None):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListWorkspacesResponse
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int | None = 1000,
) -> Response[ErrorResponse | GatewayErrorResponse | ListWorkspacesResponse]:
    """List workspaces

     Lists the account's workspaces, one page at a time. `pageNum` is required although `pageSize` has a
    default. The request parameter is `pageNum` but the response echoes it as `pageNo`. The docs don't
    say whether pages start at 0 or 1; the example uses 1 and the asset list (same paging) documents
    "1 or more", so pages are taken as 1-based (inferred). List items carry `workspaceUrl` but no
    `monthlyAnalysisCount`. Source: ko and ja pages (the en page was not retrieved).

    Args:
        page_num (int):
        page_size (int | None):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListWorkspacesResponse]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int | None = 1000,
) -> ErrorResponse | GatewayErrorResponse | ListWorkspacesResponse | None:
    """List workspaces

     Lists the account's workspaces, one page at a time. `pageNum` is required although `pageSize` has a
    default. The request parameter is `pageNum` but the response echoes it as `pageNo`. The docs don't
    say whether pages start at 0 or 1; the example uses 1 and the asset list (same paging) documents
    "1 or more", so pages are taken as 1-based (inferred). List items carry `workspaceUrl` but no
    `monthlyAnalysisCount`. Source: ko and ja pages (the en page was not retrieved).

    Args:
        page_num (int):
        page_size (int | None):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListWorkspacesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
