from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.get_search_result_response import GetSearchResultResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    search_id: str,
    *,
    page_size: int | None = 50,
    page_num: int | None = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workspaces/{workspace_name}/assets/search/{search_id}".format(
            workspace_name=quote(str(workspace_name), safe=""),
            search_id=quote(str(search_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | GetSearchResultResponse | None:
    if response.status_code == 200:
        response_200 = GetSearchResultResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | GetSearchResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_name: str,
    search_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = 50,
    page_num: int | None = 1,
) -> Response[ErrorResponse | GatewayErrorResponse | GetSearchResultResponse]:
    """Get the status and the (paged) result of an asset search

     Returns the status of a search started by `searchAssets` and, once `status` is `COMPLETED`, one page
    of
    its matches (`totalCount`, `totalPage`, `pageNo`, `results`), ordered by query score and then by
    index
    creation order. Poll while `status` is `RUNNING`; `COMPLETED` and `FAILED` are terminal. Pages are
    numbered from 1; the request parameter is `pageNum`, the response echoes it as `pageNo`.

    Where pages disagree: the URI table of the current pages (ko/en/ja, 2026-09-17) gives
    `/assets/search/{search_id}` (used here) while the curl example on the same pages still calls the
    legacy
    path `/api/v1/workspaces/{workspace_name}/scene-search/{searchId}`. The item schema of `results`
    could not
    be read from the provider's page; see `SearchResultItem` (`x-inferred`). No rate limit, poll
    interval
    or lifetime of a `searchId` is documented.

    Args:
        workspace_name (str):
        search_id (str):
        page_size (int | None):  Default: 50.
        page_num (int | None):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchResultResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        search_id=search_id,
        page_size=page_size,
        page_num=page_num,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    search_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = 50,
    page_num: int | None = 1,
) -> ErrorResponse | GatewayErrorResponse | GetSearchResultResponse | None:
    """Get the status and the (paged) result of an asset search

     Returns the status of a search started by `searchAssets` and, once `status` is `COMPLETED`, one page
    of
    its matches (`totalCount`, `totalPage`, `pageNo`, `results`), ordered by query score and then by
    index
    creation order. Poll while `status` is `RUNNING`; `COMPLETED` and `FAILED` are terminal. Pages are
    numbered from 1; the request parameter is `pageNum`, the response echoes it as `pageNo`.

    Where pages disagree: the URI table of the current pages (ko/en/ja, 2026-09-17) gives
    `/assets/search/{search_id}` (used here) while the curl example on the same pages still calls the
    legacy
    path `/api/v1/workspaces/{workspace_name}/scene-search/{searchId}`. The item schema of `results`
    could not
    be read from the provider's page; see `SearchResultItem` (`x-inferred`). No rate limit, poll
    interval
    or lifetime of a `searchId` is documented.

    Args:
        workspace_name (str):
        search_id (str):
        page_size (int | None):  Default: 50.
        page_num (int | None):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchResultResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        search_id=search_id,
        client=client,
        page_size=page_size,
        page_num=page_num,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    search_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = 50,
    page_num: int | None = 1,
) -> Response[ErrorResponse | GatewayErrorResponse | GetSearchResultResponse]:
    """Get the status and the (paged) result of an asset search

     Returns the status of a search started by `searchAssets` and, once `status` is `COMPLETED`, one page
    of
    its matches (`totalCount`, `totalPage`, `pageNo`, `results`), ordered by query score and then by
    index
    creation order. Poll while `status` is `RUNNING`; `COMPLETED` and `FAILED` are terminal. Pages are
    numbered from 1; the request parameter is `pageNum`, the response echoes it as `pageNo`.

    Where pages disagree: the URI table of the current pages (ko/en/ja, 2026-09-17) gives
    `/assets/search/{search_id}` (used here) while the curl example on the same pages still calls the
    legacy
    path `/api/v1/workspaces/{workspace_name}/scene-search/{searchId}`. The item schema of `results`
    could not
    be read from the provider's page; see `SearchResultItem` (`x-inferred`). No rate limit, poll
    interval
    or lifetime of a `searchId` is documented.

    Args:
        workspace_name (str):
        search_id (str):
        page_size (int | None):  Default: 50.
        page_num (int | None):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchResultResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        search_id=search_id,
        page_size=page_size,
        page_num=page_num,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    search_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = 50,
    page_num: int | None = 1,
) -> ErrorResponse | GatewayErrorResponse | GetSearchResultResponse | None:
    """Get the status and the (paged) result of an asset search

     Returns the status of a search started by `searchAssets` and, once `status` is `COMPLETED`, one page
    of
    its matches (`totalCount`, `totalPage`, `pageNo`, `results`), ordered by query score and then by
    index
    creation order. Poll while `status` is `RUNNING`; `COMPLETED` and `FAILED` are terminal. Pages are
    numbered from 1; the request parameter is `pageNum`, the response echoes it as `pageNo`.

    Where pages disagree: the URI table of the current pages (ko/en/ja, 2026-09-17) gives
    `/assets/search/{search_id}` (used here) while the curl example on the same pages still calls the
    legacy
    path `/api/v1/workspaces/{workspace_name}/scene-search/{searchId}`. The item schema of `results`
    could not
    be read from the provider's page; see `SearchResultItem` (`x-inferred`). No rate limit, poll
    interval
    or lifetime of a `searchId` is documented.

    Args:
        workspace_name (str):
        search_id (str):
        page_size (int | None):  Default: 50.
        page_num (int | None):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetSearchResultResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            search_id=search_id,
            client=client,
            page_size=page_size,
            page_num=page_num,
        )
    ).parsed
