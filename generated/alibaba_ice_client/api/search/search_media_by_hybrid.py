from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clip_search_response import ClipSearchResponse
from ...models.error_body import ErrorBody
from ...models.search_media_by_hybrid_media_type import (
    SearchMediaByHybridMediaType,
)
from ...models.search_media_by_hybrid_x_acs_action import (
    SearchMediaByHybridXAcsAction,
)
from ...models.search_media_by_hybrid_x_acs_version import (
    SearchMediaByHybridXAcsVersion,
)
from ...types import Response


def _get_kwargs(
    *,
    text: str | None = None,
    media_id: str | None = None,
    media_type: SearchMediaByHybridMediaType | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByHybridXAcsAction = "SearchMediaByHybrid",
    x_acs_version: SearchMediaByHybridXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["Text"] = text

    params["MediaId"] = media_id

    json_media_type: str | None = None
    if media_type is not None:
        json_media_type = media_type

    params["MediaType"] = json_media_type

    params["PageNo"] = page_no

    params["PageSize"] = page_size

    params["SearchLibName"] = search_lib_name

    params["Namespace"] = namespace

    params["CustomFilters"] = custom_filters

    params["UtcCreate"] = utc_create

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#SearchMediaByHybrid",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClipSearchResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ClipSearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClipSearchResponse | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    text: str | None = None,
    media_id: str | None = None,
    media_type: SearchMediaByHybridMediaType | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByHybridXAcsAction = "SearchMediaByHybrid",
    x_acs_version: SearchMediaByHybridXAcsVersion = "2020-11-09",
) -> Response[ClipSearchResponse | ErrorBody]:
    """Search media by hybrid recall

     Multi-channel recall (smart-tag text search and large-model search) for a natural-language text.
    With `MediaId`, returns the hits of that media only.

    Args:
        text (str | None):
        media_id (str | None): A media ID.
        media_type (SearchMediaByHybridMediaType | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByHybridXAcsAction):  Default: 'SearchMediaByHybrid'.
        x_acs_version (SearchMediaByHybridXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClipSearchResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        text=text,
        media_id=media_id,
        media_type=media_type,
        page_no=page_no,
        page_size=page_size,
        search_lib_name=search_lib_name,
        namespace=namespace,
        custom_filters=custom_filters,
        utc_create=utc_create,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    text: str | None = None,
    media_id: str | None = None,
    media_type: SearchMediaByHybridMediaType | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByHybridXAcsAction = "SearchMediaByHybrid",
    x_acs_version: SearchMediaByHybridXAcsVersion = "2020-11-09",
) -> ClipSearchResponse | ErrorBody | None:
    """Search media by hybrid recall

     Multi-channel recall (smart-tag text search and large-model search) for a natural-language text.
    With `MediaId`, returns the hits of that media only.

    Args:
        text (str | None):
        media_id (str | None): A media ID.
        media_type (SearchMediaByHybridMediaType | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByHybridXAcsAction):  Default: 'SearchMediaByHybrid'.
        x_acs_version (SearchMediaByHybridXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClipSearchResponse | ErrorBody
    """

    return sync_detailed(
        client=client,
        text=text,
        media_id=media_id,
        media_type=media_type,
        page_no=page_no,
        page_size=page_size,
        search_lib_name=search_lib_name,
        namespace=namespace,
        custom_filters=custom_filters,
        utc_create=utc_create,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    text: str | None = None,
    media_id: str | None = None,
    media_type: SearchMediaByHybridMediaType | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByHybridXAcsAction = "SearchMediaByHybrid",
    x_acs_version: SearchMediaByHybridXAcsVersion = "2020-11-09",
) -> Response[ClipSearchResponse | ErrorBody]:
    """Search media by hybrid recall

     Multi-channel recall (smart-tag text search and large-model search) for a natural-language text.
    With `MediaId`, returns the hits of that media only.

    Args:
        text (str | None):
        media_id (str | None): A media ID.
        media_type (SearchMediaByHybridMediaType | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByHybridXAcsAction):  Default: 'SearchMediaByHybrid'.
        x_acs_version (SearchMediaByHybridXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClipSearchResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        text=text,
        media_id=media_id,
        media_type=media_type,
        page_no=page_no,
        page_size=page_size,
        search_lib_name=search_lib_name,
        namespace=namespace,
        custom_filters=custom_filters,
        utc_create=utc_create,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    text: str | None = None,
    media_id: str | None = None,
    media_type: SearchMediaByHybridMediaType | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByHybridXAcsAction = "SearchMediaByHybrid",
    x_acs_version: SearchMediaByHybridXAcsVersion = "2020-11-09",
) -> ClipSearchResponse | ErrorBody | None:
    """Search media by hybrid recall

     Multi-channel recall (smart-tag text search and large-model search) for a natural-language text.
    With `MediaId`, returns the hits of that media only.

    Args:
        text (str | None):
        media_id (str | None): A media ID.
        media_type (SearchMediaByHybridMediaType | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByHybridXAcsAction):  Default: 'SearchMediaByHybrid'.
        x_acs_version (SearchMediaByHybridXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClipSearchResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            text=text,
            media_id=media_id,
            media_type=media_type,
            page_no=page_no,
            page_size=page_size,
            search_lib_name=search_lib_name,
            namespace=namespace,
            custom_filters=custom_filters,
            utc_create=utc_create,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
