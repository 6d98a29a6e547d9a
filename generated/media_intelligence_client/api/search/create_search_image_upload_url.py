from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_search_image_upload_url_request import CreateSearchImageUploadUrlRequest
from ...models.create_search_image_upload_url_response import CreateSearchImageUploadUrlResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSearchImageUploadUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/query-assets/uploads/presigned-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSearchImageUploadUrlResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateSearchImageUploadUrlResponse.from_dict(response.json())

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
) -> Response[CreateSearchImageUploadUrlResponse | ErrorResponse | GatewayErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSearchImageUploadUrlRequest,
) -> Response[CreateSearchImageUploadUrlResponse | ErrorResponse | GatewayErrorResponse]:
    """Issue a presigned URL for uploading a search (query) image

     Issues a presigned Object Storage URL to which one query image is uploaded (HTTP `PUT` of the raw
    bytes is the usual S3-compatible way; the provider's page does not name the method). The URL is
    valid
    for 15 minutes (900 s) and can be used once; only one image can be uploaded per URL. File rules:
    jpg, png, webp or heic, at most 5 MB, at least 224 px. After the upload, call
    `getSearchImageUploadStatus` with `result.assetFileKey`, then search with the returned `assetKey` as
    `query.imageQuery`.

    Not workspace-scoped: the path has no `workspace_name`.

    Pages disagree on the rate limit: the Korean and English pages state 50 calls per second, the
    Japanese
    page 50 calls per minute; the Korean page wins (50 per second). The stale English page still shows
    the
    old host `maiu.apigw.ntruss.com` in its example.

    Args:
        body (CreateSearchImageUploadUrlRequest): Body of `createSearchImageUploadUrl`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSearchImageUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
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
    body: CreateSearchImageUploadUrlRequest,
) -> CreateSearchImageUploadUrlResponse | ErrorResponse | GatewayErrorResponse | None:
    """Issue a presigned URL for uploading a search (query) image

     Issues a presigned Object Storage URL to which one query image is uploaded (HTTP `PUT` of the raw
    bytes is the usual S3-compatible way; the provider's page does not name the method). The URL is
    valid
    for 15 minutes (900 s) and can be used once; only one image can be uploaded per URL. File rules:
    jpg, png, webp or heic, at most 5 MB, at least 224 px. After the upload, call
    `getSearchImageUploadStatus` with `result.assetFileKey`, then search with the returned `assetKey` as
    `query.imageQuery`.

    Not workspace-scoped: the path has no `workspace_name`.

    Pages disagree on the rate limit: the Korean and English pages state 50 calls per second, the
    Japanese
    page 50 calls per minute; the Korean page wins (50 per second). The stale English page still shows
    the
    old host `maiu.apigw.ntruss.com` in its example.

    Args:
        body (CreateSearchImageUploadUrlRequest): Body of `createSearchImageUploadUrl`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSearchImageUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSearchImageUploadUrlRequest,
) -> Response[CreateSearchImageUploadUrlResponse | ErrorResponse | GatewayErrorResponse]:
    """Issue a presigned URL for uploading a search (query) image

     Issues a presigned Object Storage URL to which one query image is uploaded (HTTP `PUT` of the raw
    bytes is the usual S3-compatible way; the provider's page does not name the method). The URL is
    valid
    for 15 minutes (900 s) and can be used once; only one image can be uploaded per URL. File rules:
    jpg, png, webp or heic, at most 5 MB, at least 224 px. After the upload, call
    `getSearchImageUploadStatus` with `result.assetFileKey`, then search with the returned `assetKey` as
    `query.imageQuery`.

    Not workspace-scoped: the path has no `workspace_name`.

    Pages disagree on the rate limit: the Korean and English pages state 50 calls per second, the
    Japanese
    page 50 calls per minute; the Korean page wins (50 per second). The stale English page still shows
    the
    old host `maiu.apigw.ntruss.com` in its example.

    Args:
        body (CreateSearchImageUploadUrlRequest): Body of `createSearchImageUploadUrl`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSearchImageUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSearchImageUploadUrlRequest,
) -> CreateSearchImageUploadUrlResponse | ErrorResponse | GatewayErrorResponse | None:
    """Issue a presigned URL for uploading a search (query) image

     Issues a presigned Object Storage URL to which one query image is uploaded (HTTP `PUT` of the raw
    bytes is the usual S3-compatible way; the provider's page does not name the method). The URL is
    valid
    for 15 minutes (900 s) and can be used once; only one image can be uploaded per URL. File rules:
    jpg, png, webp or heic, at most 5 MB, at least 224 px. After the upload, call
    `getSearchImageUploadStatus` with `result.assetFileKey`, then search with the returned `assetKey` as
    `query.imageQuery`.

    Not workspace-scoped: the path has no `workspace_name`.

    Pages disagree on the rate limit: the Korean and English pages state 50 calls per second, the
    Japanese
    page 50 calls per minute; the Korean page wins (50 per second). The stale English page still shows
    the
    old host `maiu.apigw.ntruss.com` in its example.

    Args:
        body (CreateSearchImageUploadUrlRequest): Body of `createSearchImageUploadUrl`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSearchImageUploadUrlResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
