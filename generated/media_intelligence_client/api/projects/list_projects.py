from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.list_projects_response import ListProjectsResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workspaces/{workspace_name}/projects".format(
            workspace_name=quote(str(workspace_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | ListProjectsResponse | None:
    if response.status_code == 200:
        response_200 = ListProjectsResponse.from_dict(response.json())

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

        def _parse_response_404(data: object) -> ErrorResponse | GatewayErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorResponse.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = GatewayErrorResponse.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | ListProjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GatewayErrorResponse | ListProjectsResponse]:
    """List projects

     Lists every project of the workspace, including its base project. Not paged: there are no query
    parameters. Every edition prints `totalCount` without the `result.` prefix and the response example
    is
    cut off, so its placement is unconfirmed. Following the reference, it is modelled as
    `result.totalCount` (most likely) and also accepted at the top level of the body; both are optional
    (`x-inferred`). Clients should fall back to `len(result.projects)`.

    Args:
        workspace_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListProjectsResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GatewayErrorResponse | ListProjectsResponse | None:
    """List projects

     Lists every project of the workspace, including its base project. Not paged: there are no query
    parameters. Every edition prints `totalCount` without the `result.` prefix and the response example
    is
    cut off, so its placement is unconfirmed. Following the reference, it is modelled as
    `result.totalCount` (most likely) and also accepted at the top level of the body; both are optional
    (`x-inferred`). Clients should fall back to `len(result.projects)`.

    Args:
        workspace_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListProjectsResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GatewayErrorResponse | ListProjectsResponse]:
    """List projects

     Lists every project of the workspace, including its base project. Not paged: there are no query
    parameters. Every edition prints `totalCount` without the `result.` prefix and the response example
    is
    cut off, so its placement is unconfirmed. Following the reference, it is modelled as
    `result.totalCount` (most likely) and also accepted at the top level of the body; both are optional
    (`x-inferred`). Clients should fall back to `len(result.projects)`.

    Args:
        workspace_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListProjectsResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GatewayErrorResponse | ListProjectsResponse | None:
    """List projects

     Lists every project of the workspace, including its base project. Not paged: there are no query
    parameters. Every edition prints `totalCount` without the `result.` prefix and the response example
    is
    cut off, so its placement is unconfirmed. Following the reference, it is modelled as
    `result.totalCount` (most likely) and also accepted at the top level of the body; both are optional
    (`x-inferred`). Clients should fall back to `len(result.projects)`.

    Args:
        workspace_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ListProjectsResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            client=client,
        )
    ).parsed
