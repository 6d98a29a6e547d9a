from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workspace_request import CreateWorkspaceRequest
from ...models.create_workspace_response import CreateWorkspaceResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWorkspaceResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateWorkspaceResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[CreateWorkspaceResponse | ErrorResponse | GatewayErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> Response[CreateWorkspaceResponse | ErrorResponse | GatewayErrorResponse]:
    """Create a workspace

     Creates a workspace, optionally linking an Object Storage bucket to it. The workspace name is unique
    (duplicate → 20012) and can't be changed later; no update operation is documented. Exceeding the
    account's workspace allowance returns an error whose code the provider does not document.
    The success `result` is the short form of the workspace (no `workspaceUrl`, `bucketName` or
    `monthlyAnalysisCount`; read those with getWorkspace). Only HTTP 200 is documented for success.
    Error 10041 (invalid bucket integration) is not listed on this page; it is included because
    `bucketName` links a bucket (inferred).

    Args:
        body (CreateWorkspaceRequest): Body of createWorkspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkspaceResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> CreateWorkspaceResponse | ErrorResponse | GatewayErrorResponse | None:
    """Create a workspace

     Creates a workspace, optionally linking an Object Storage bucket to it. The workspace name is unique
    (duplicate → 20012) and can't be changed later; no update operation is documented. Exceeding the
    account's workspace allowance returns an error whose code the provider does not document.
    The success `result` is the short form of the workspace (no `workspaceUrl`, `bucketName` or
    `monthlyAnalysisCount`; read those with getWorkspace). Only HTTP 200 is documented for success.
    Error 10041 (invalid bucket integration) is not listed on this page; it is included because
    `bucketName` links a bucket (inferred).

    Args:
        body (CreateWorkspaceRequest): Body of createWorkspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkspaceResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> Response[CreateWorkspaceResponse | ErrorResponse | GatewayErrorResponse]:
    """Create a workspace

     Creates a workspace, optionally linking an Object Storage bucket to it. The workspace name is unique
    (duplicate → 20012) and can't be changed later; no update operation is documented. Exceeding the
    account's workspace allowance returns an error whose code the provider does not document.
    The success `result` is the short form of the workspace (no `workspaceUrl`, `bucketName` or
    `monthlyAnalysisCount`; read those with getWorkspace). Only HTTP 200 is documented for success.
    Error 10041 (invalid bucket integration) is not listed on this page; it is included because
    `bucketName` links a bucket (inferred).

    Args:
        body (CreateWorkspaceRequest): Body of createWorkspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkspaceResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> CreateWorkspaceResponse | ErrorResponse | GatewayErrorResponse | None:
    """Create a workspace

     Creates a workspace, optionally linking an Object Storage bucket to it. The workspace name is unique
    (duplicate → 20012) and can't be changed later; no update operation is documented. Exceeding the
    account's workspace allowance returns an error whose code the provider does not document.
    The success `result` is the short form of the workspace (no `workspaceUrl`, `bucketName` or
    `monthlyAnalysisCount`; read those with getWorkspace). Only HTTP 200 is documented for success.
    Error 10041 (invalid bucket integration) is not listed on this page; it is included because
    `bucketName` links a bucket (inferred).

    Args:
        body (CreateWorkspaceRequest): Body of createWorkspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkspaceResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
