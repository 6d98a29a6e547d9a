from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.search_assets_request import SearchAssetsRequest
from ...models.search_assets_response import SearchAssetsResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    *,
    body: SearchAssetsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/assets/search".format(
            workspace_name=quote(str(workspace_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | SearchAssetsResponse | None:
    if response.status_code == 200:
        response_200 = SearchAssetsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | SearchAssetsResponse]:
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
    body: SearchAssetsRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | SearchAssetsResponse]:
    """Request an asset (scene and image) search

     Starts an asynchronous search over the indexed media assets of a workspace and returns a `searchId`;
    poll `getSearchResult` until `status` is no longer `RUNNING`.

    The query is either a text (`textQuery`) or an uploaded image (`imageQuery`, the `assetKey` returned
    by
    `getSearchImageUploadStatus`) - exactly one of them (50011 when both are given). Person
    (`personQuery`) and dialogue (`dialogQuery`) conditions with must/any/not lists narrow the result.
    The search is restricted by `filter` to either projects (`projectIds`) or assets (`assetIds`) -
    exactly
    one of them (50010 when both are given) - and optionally by asset type and index modification time.
    At most 100 person ids (50012) and 100 dialogue lines (50013) per request.

    Where pages disagree: this operation replaces the legacy scene search `POST /api/v1/scene-search`
    (renamed "asset search" on 2026-02-12); the English page spells the filter field `asseTypes`, the
    newest Korean page `assetTypes` (used here).
    Rate limit: 1,000 calls per minute.

    Args:
        workspace_name (str):
        body (SearchAssetsRequest): Body of `searchAssets`. `filter` is required here: the page
            marks it optional but requires one of
            its `projectIds` and `assetIds`, which cannot be sent without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | SearchAssetsResponse]
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
    body: SearchAssetsRequest,
) -> ErrorResponse | GatewayErrorResponse | SearchAssetsResponse | None:
    """Request an asset (scene and image) search

     Starts an asynchronous search over the indexed media assets of a workspace and returns a `searchId`;
    poll `getSearchResult` until `status` is no longer `RUNNING`.

    The query is either a text (`textQuery`) or an uploaded image (`imageQuery`, the `assetKey` returned
    by
    `getSearchImageUploadStatus`) - exactly one of them (50011 when both are given). Person
    (`personQuery`) and dialogue (`dialogQuery`) conditions with must/any/not lists narrow the result.
    The search is restricted by `filter` to either projects (`projectIds`) or assets (`assetIds`) -
    exactly
    one of them (50010 when both are given) - and optionally by asset type and index modification time.
    At most 100 person ids (50012) and 100 dialogue lines (50013) per request.

    Where pages disagree: this operation replaces the legacy scene search `POST /api/v1/scene-search`
    (renamed "asset search" on 2026-02-12); the English page spells the filter field `asseTypes`, the
    newest Korean page `assetTypes` (used here).
    Rate limit: 1,000 calls per minute.

    Args:
        workspace_name (str):
        body (SearchAssetsRequest): Body of `searchAssets`. `filter` is required here: the page
            marks it optional but requires one of
            its `projectIds` and `assetIds`, which cannot be sent without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | SearchAssetsResponse
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
    body: SearchAssetsRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | SearchAssetsResponse]:
    """Request an asset (scene and image) search

     Starts an asynchronous search over the indexed media assets of a workspace and returns a `searchId`;
    poll `getSearchResult` until `status` is no longer `RUNNING`.

    The query is either a text (`textQuery`) or an uploaded image (`imageQuery`, the `assetKey` returned
    by
    `getSearchImageUploadStatus`) - exactly one of them (50011 when both are given). Person
    (`personQuery`) and dialogue (`dialogQuery`) conditions with must/any/not lists narrow the result.
    The search is restricted by `filter` to either projects (`projectIds`) or assets (`assetIds`) -
    exactly
    one of them (50010 when both are given) - and optionally by asset type and index modification time.
    At most 100 person ids (50012) and 100 dialogue lines (50013) per request.

    Where pages disagree: this operation replaces the legacy scene search `POST /api/v1/scene-search`
    (renamed "asset search" on 2026-02-12); the English page spells the filter field `asseTypes`, the
    newest Korean page `assetTypes` (used here).
    Rate limit: 1,000 calls per minute.

    Args:
        workspace_name (str):
        body (SearchAssetsRequest): Body of `searchAssets`. `filter` is required here: the page
            marks it optional but requires one of
            its `projectIds` and `assetIds`, which cannot be sent without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | SearchAssetsResponse]
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
    body: SearchAssetsRequest,
) -> ErrorResponse | GatewayErrorResponse | SearchAssetsResponse | None:
    """Request an asset (scene and image) search

     Starts an asynchronous search over the indexed media assets of a workspace and returns a `searchId`;
    poll `getSearchResult` until `status` is no longer `RUNNING`.

    The query is either a text (`textQuery`) or an uploaded image (`imageQuery`, the `assetKey` returned
    by
    `getSearchImageUploadStatus`) - exactly one of them (50011 when both are given). Person
    (`personQuery`) and dialogue (`dialogQuery`) conditions with must/any/not lists narrow the result.
    The search is restricted by `filter` to either projects (`projectIds`) or assets (`assetIds`) -
    exactly
    one of them (50010 when both are given) - and optionally by asset type and index modification time.
    At most 100 person ids (50012) and 100 dialogue lines (50013) per request.

    Where pages disagree: this operation replaces the legacy scene search `POST /api/v1/scene-search`
    (renamed "asset search" on 2026-02-12); the English page spells the filter field `asseTypes`, the
    newest Korean page `assetTypes` (used here).
    Rate limit: 1,000 calls per minute.

    Args:
        workspace_name (str):
        body (SearchAssetsRequest): Body of `searchAssets`. `filter` is required here: the page
            marks it optional but requires one of
            its `projectIds` and `assetIds`, which cannot be sent without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | SearchAssetsResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            client=client,
            body=body,
        )
    ).parsed
