from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.get_search_image_upload_status_request import GetSearchImageUploadStatusRequest
from ...models.get_search_image_upload_status_response import GetSearchImageUploadStatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetSearchImageUploadStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/query-assets/uploads/complete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse | None:
    if response.status_code == 200:
        response_200 = GetSearchImageUploadStatusResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSearchImageUploadStatusRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse]:
    """Get the upload status of a search (query) image

     Checks whether the query image uploaded through the presigned URL of `createSearchImageUploadUrl`
    has
    arrived and is usable. Although named "get", it is a `POST` with a JSON body. Send the
    `assetFileKey`
    of the presigned-URL response as `assetKey`.

    Use the `assetKey` RETURNED here as `query.imageQuery` of `searchAssets`: for a HEIC upload the
    server converts the image to JPG and returns the key of the converted file.

    Both documented values of `uploadStatus` are final (`COMPLETED`, `FAILED`); an upload that has not
    arrived yet is reported as `FAILED` with `uploadMessage` `FILE_NOT_EXIST`. Not workspace-scoped.
    Rate limit: 1,000 calls per minute.

    Args:
        body (GetSearchImageUploadStatusRequest): Body of `getSearchImageUploadStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse]
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
    body: GetSearchImageUploadStatusRequest,
) -> ErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse | None:
    """Get the upload status of a search (query) image

     Checks whether the query image uploaded through the presigned URL of `createSearchImageUploadUrl`
    has
    arrived and is usable. Although named "get", it is a `POST` with a JSON body. Send the
    `assetFileKey`
    of the presigned-URL response as `assetKey`.

    Use the `assetKey` RETURNED here as `query.imageQuery` of `searchAssets`: for a HEIC upload the
    server converts the image to JPG and returns the key of the converted file.

    Both documented values of `uploadStatus` are final (`COMPLETED`, `FAILED`); an upload that has not
    arrived yet is reported as `FAILED` with `uploadMessage` `FILE_NOT_EXIST`. Not workspace-scoped.
    Rate limit: 1,000 calls per minute.

    Args:
        body (GetSearchImageUploadStatusRequest): Body of `getSearchImageUploadStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSearchImageUploadStatusRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse]:
    """Get the upload status of a search (query) image

     Checks whether the query image uploaded through the presigned URL of `createSearchImageUploadUrl`
    has
    arrived and is usable. Although named "get", it is a `POST` with a JSON body. Send the
    `assetFileKey`
    of the presigned-URL response as `assetKey`.

    Use the `assetKey` RETURNED here as `query.imageQuery` of `searchAssets`: for a HEIC upload the
    server converts the image to JPG and returns the key of the converted file.

    Both documented values of `uploadStatus` are final (`COMPLETED`, `FAILED`); an upload that has not
    arrived yet is reported as `FAILED` with `uploadMessage` `FILE_NOT_EXIST`. Not workspace-scoped.
    Rate limit: 1,000 calls per minute.

    Args:
        body (GetSearchImageUploadStatusRequest): Body of `getSearchImageUploadStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSearchImageUploadStatusRequest,
) -> ErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse | None:
    """Get the upload status of a search (query) image

     Checks whether the query image uploaded through the presigned URL of `createSearchImageUploadUrl`
    has
    arrived and is usable. Although named "get", it is a `POST` with a JSON body. Send the
    `assetFileKey`
    of the presigned-URL response as `assetKey`.

    Use the `assetKey` RETURNED here as `query.imageQuery` of `searchAssets`: for a HEIC upload the
    server converts the image to JPG and returns the key of the converted file.

    Both documented values of `uploadStatus` are final (`COMPLETED`, `FAILED`); an upload that has not
    arrived yet is reported as `FAILED` with `uploadMessage` `FILE_NOT_EXIST`. Not workspace-scoped.
    Rate limit: 1,000 calls per minute.

    Args:
        body (GetSearchImageUploadStatusRequest): Body of `getSearchImageUploadStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchImageUploadStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
