from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_person_thumbnail_upload_url_request import CreatePersonThumbnailUploadUrlRequest
from ...models.create_person_thumbnail_upload_url_response import CreatePersonThumbnailUploadUrlResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    *,
    body: CreatePersonThumbnailUploadUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/person-thumbnail/uploads/presigned-url".format(
            workspace_name=quote(str(workspace_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePersonThumbnailUploadUrlResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreatePersonThumbnailUploadUrlResponse.from_dict(response.json())

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
) -> Response[CreatePersonThumbnailUploadUrlResponse | ErrorResponse | GatewayErrorResponse]:
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
    body: CreatePersonThumbnailUploadUrlRequest,
) -> Response[CreatePersonThumbnailUploadUrlResponse | ErrorResponse | GatewayErrorResponse]:
    """Issue a presigned URL for a person thumbnail upload

     Issues a presigned Object Storage URL for uploading one face image (HTTP PUT of the raw bytes to
    `url`, the usual S3-compatible way; the page does not name the method).
    The URL is valid for 15 minutes and can be used once. Files: jpg, png or webp, at most 5 MB, at
    least 256 px. Then call getPersonThumbnailUploadStatus with the returned `thumbnailKey`.

    Pages disagree: the rate limit is 50 calls per second (ko, en) or per minute (ja) - the Korean page
    wins; every language's curl example uses `/person-thumbnail/presign` while the URI table says
    `/person-thumbnail/uploads/presigned-url` (the table is used here). The third response field is cut
    off on the page (`expir…`); `expirationSeconds` is taken from the sister API for search images
    (inferred). 10072 is inferred from the common table.

    Args:
        workspace_name (str):
        body (CreatePersonThumbnailUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonThumbnailUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
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
    body: CreatePersonThumbnailUploadUrlRequest,
) -> CreatePersonThumbnailUploadUrlResponse | ErrorResponse | GatewayErrorResponse | None:
    """Issue a presigned URL for a person thumbnail upload

     Issues a presigned Object Storage URL for uploading one face image (HTTP PUT of the raw bytes to
    `url`, the usual S3-compatible way; the page does not name the method).
    The URL is valid for 15 minutes and can be used once. Files: jpg, png or webp, at most 5 MB, at
    least 256 px. Then call getPersonThumbnailUploadStatus with the returned `thumbnailKey`.

    Pages disagree: the rate limit is 50 calls per second (ko, en) or per minute (ja) - the Korean page
    wins; every language's curl example uses `/person-thumbnail/presign` while the URI table says
    `/person-thumbnail/uploads/presigned-url` (the table is used here). The third response field is cut
    off on the page (`expir…`); `expirationSeconds` is taken from the sister API for search images
    (inferred). 10072 is inferred from the common table.

    Args:
        workspace_name (str):
        body (CreatePersonThumbnailUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonThumbnailUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
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
    body: CreatePersonThumbnailUploadUrlRequest,
) -> Response[CreatePersonThumbnailUploadUrlResponse | ErrorResponse | GatewayErrorResponse]:
    """Issue a presigned URL for a person thumbnail upload

     Issues a presigned Object Storage URL for uploading one face image (HTTP PUT of the raw bytes to
    `url`, the usual S3-compatible way; the page does not name the method).
    The URL is valid for 15 minutes and can be used once. Files: jpg, png or webp, at most 5 MB, at
    least 256 px. Then call getPersonThumbnailUploadStatus with the returned `thumbnailKey`.

    Pages disagree: the rate limit is 50 calls per second (ko, en) or per minute (ja) - the Korean page
    wins; every language's curl example uses `/person-thumbnail/presign` while the URI table says
    `/person-thumbnail/uploads/presigned-url` (the table is used here). The third response field is cut
    off on the page (`expir…`); `expirationSeconds` is taken from the sister API for search images
    (inferred). 10072 is inferred from the common table.

    Args:
        workspace_name (str):
        body (CreatePersonThumbnailUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonThumbnailUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
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
    body: CreatePersonThumbnailUploadUrlRequest,
) -> CreatePersonThumbnailUploadUrlResponse | ErrorResponse | GatewayErrorResponse | None:
    """Issue a presigned URL for a person thumbnail upload

     Issues a presigned Object Storage URL for uploading one face image (HTTP PUT of the raw bytes to
    `url`, the usual S3-compatible way; the page does not name the method).
    The URL is valid for 15 minutes and can be used once. Files: jpg, png or webp, at most 5 MB, at
    least 256 px. Then call getPersonThumbnailUploadStatus with the returned `thumbnailKey`.

    Pages disagree: the rate limit is 50 calls per second (ko, en) or per minute (ja) - the Korean page
    wins; every language's curl example uses `/person-thumbnail/presign` while the URI table says
    `/person-thumbnail/uploads/presigned-url` (the table is used here). The third response field is cut
    off on the page (`expir…`); `expirationSeconds` is taken from the sister API for search images
    (inferred). 10072 is inferred from the common table.

    Args:
        workspace_name (str):
        body (CreatePersonThumbnailUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonThumbnailUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            client=client,
            body=body,
        )
    ).parsed
