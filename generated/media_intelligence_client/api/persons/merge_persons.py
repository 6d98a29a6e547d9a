from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.merge_persons_request import MergePersonsRequest
from ...models.merge_persons_response import MergePersonsResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    person_id: str,
    *,
    body: MergePersonsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/persons/{person_id}/merge".format(
            workspace_name=quote(str(workspace_name), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | MergePersonsResponse | None:
    if response.status_code == 200:
        response_200 = MergePersonsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | MergePersonsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergePersonsRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | MergePersonsResponse]:
    """Merge persons into one

     Merges up to 10 persons into the person of the path, which survives (ko "인물 통합"; added
    2026-09-17). Assets, scenes and thumbnails of the absorbed persons move to it, and the absorbed
    persons are no longer returned. Irreversible. `personIds` must not contain the path's person or an
    already merged person. No specific error code is documented; violations are expected as 10001.

    Args:
        workspace_name (str):
        person_id (str):
        body (MergePersonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | MergePersonsResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        person_id=person_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergePersonsRequest,
) -> ErrorResponse | GatewayErrorResponse | MergePersonsResponse | None:
    """Merge persons into one

     Merges up to 10 persons into the person of the path, which survives (ko "인물 통합"; added
    2026-09-17). Assets, scenes and thumbnails of the absorbed persons move to it, and the absorbed
    persons are no longer returned. Irreversible. `personIds` must not contain the path's person or an
    already merged person. No specific error code is documented; violations are expected as 10001.

    Args:
        workspace_name (str):
        person_id (str):
        body (MergePersonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | MergePersonsResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        person_id=person_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergePersonsRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | MergePersonsResponse]:
    """Merge persons into one

     Merges up to 10 persons into the person of the path, which survives (ko "인물 통합"; added
    2026-09-17). Assets, scenes and thumbnails of the absorbed persons move to it, and the absorbed
    persons are no longer returned. Irreversible. `personIds` must not contain the path's person or an
    already merged person. No specific error code is documented; violations are expected as 10001.

    Args:
        workspace_name (str):
        person_id (str):
        body (MergePersonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | MergePersonsResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        person_id=person_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergePersonsRequest,
) -> ErrorResponse | GatewayErrorResponse | MergePersonsResponse | None:
    """Merge persons into one

     Merges up to 10 persons into the person of the path, which survives (ko "인물 통합"; added
    2026-09-17). Assets, scenes and thumbnails of the absorbed persons move to it, and the absorbed
    persons are no longer returned. Irreversible. `personIds` must not contain the path's person or an
    already merged person. No specific error code is documented; violations are expected as 10001.

    Args:
        workspace_name (str):
        person_id (str):
        body (MergePersonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | MergePersonsResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
