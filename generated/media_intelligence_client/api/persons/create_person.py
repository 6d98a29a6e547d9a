from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_person_request import CreatePersonRequest
from ...models.create_person_response import CreatePersonResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    *,
    body: CreatePersonRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/persons".format(
            workspace_name=quote(str(workspace_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePersonResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreatePersonResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GatewayErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[CreatePersonResponse | ErrorResponse | GatewayErrorResponse]:
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
    body: CreatePersonRequest,
) -> Response[CreatePersonResponse | ErrorResponse | GatewayErrorResponse]:
    """Register a person

     Registers a person with one or more face thumbnails (at most 100, at most one of them primary).
    Upload each image first (createPersonThumbnailUploadUrl, upload, getPersonThumbnailUploadStatus
    until COMPLETED) and pass its `thumbnailKey`. Check for an existing match first with
    recommendPersonsByThumbnail.

    Pages disagree on `name`: older renders (ko/en/ja) mark it required; the newest Korean page
    (2026-09-17) makes it optional - omitted or `null` registers an anonymous person, named later with
    updatePerson. The newest Korean page wins. Older renders also say `isPrimaryThumbnail` defaults to
    `true` while marking it required; it is modelled as required.

    The page lists no error codes; the codes below are inferred from the meanings in the common table.
    The fields of `result` are not visible on the page; it is modelled as the Person object (inferred).

    Args:
        workspace_name (str):
        body (CreatePersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> CreatePersonResponse | ErrorResponse | GatewayErrorResponse | None:
    """Register a person

     Registers a person with one or more face thumbnails (at most 100, at most one of them primary).
    Upload each image first (createPersonThumbnailUploadUrl, upload, getPersonThumbnailUploadStatus
    until COMPLETED) and pass its `thumbnailKey`. Check for an existing match first with
    recommendPersonsByThumbnail.

    Pages disagree on `name`: older renders (ko/en/ja) mark it required; the newest Korean page
    (2026-09-17) makes it optional - omitted or `null` registers an anonymous person, named later with
    updatePerson. The newest Korean page wins. Older renders also say `isPrimaryThumbnail` defaults to
    `true` while marking it required; it is modelled as required.

    The page lists no error codes; the codes below are inferred from the meanings in the common table.
    The fields of `result` are not visible on the page; it is modelled as the Person object (inferred).

    Args:
        workspace_name (str):
        body (CreatePersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> Response[CreatePersonResponse | ErrorResponse | GatewayErrorResponse]:
    """Register a person

     Registers a person with one or more face thumbnails (at most 100, at most one of them primary).
    Upload each image first (createPersonThumbnailUploadUrl, upload, getPersonThumbnailUploadStatus
    until COMPLETED) and pass its `thumbnailKey`. Check for an existing match first with
    recommendPersonsByThumbnail.

    Pages disagree on `name`: older renders (ko/en/ja) mark it required; the newest Korean page
    (2026-09-17) makes it optional - omitted or `null` registers an anonymous person, named later with
    updatePerson. The newest Korean page wins. Older renders also say `isPrimaryThumbnail` defaults to
    `true` while marking it required; it is modelled as required.

    The page lists no error codes; the codes below are inferred from the meanings in the common table.
    The fields of `result` are not visible on the page; it is modelled as the Person object (inferred).

    Args:
        workspace_name (str):
        body (CreatePersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> CreatePersonResponse | ErrorResponse | GatewayErrorResponse | None:
    """Register a person

     Registers a person with one or more face thumbnails (at most 100, at most one of them primary).
    Upload each image first (createPersonThumbnailUploadUrl, upload, getPersonThumbnailUploadStatus
    until COMPLETED) and pass its `thumbnailKey`. Check for an existing match first with
    recommendPersonsByThumbnail.

    Pages disagree on `name`: older renders (ko/en/ja) mark it required; the newest Korean page
    (2026-09-17) makes it optional - omitted or `null` registers an anonymous person, named later with
    updatePerson. The newest Korean page wins. Older renders also say `isPrimaryThumbnail` defaults to
    `true` while marking it required; it is modelled as required.

    The page lists no error codes; the codes below are inferred from the meanings in the common table.
    The fields of `result` are not visible on the page; it is modelled as the Person object (inferred).

    Args:
        workspace_name (str):
        body (CreatePersonRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            client=client,
            body=body,
        )
    ).parsed
