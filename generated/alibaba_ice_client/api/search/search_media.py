from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.search_media_response import SearchMediaResponse
from ...models.search_media_x_acs_action import SearchMediaXAcsAction
from ...models.search_media_x_acs_version import SearchMediaXAcsVersion
from ...types import Response


def _get_kwargs(
    *,
    match: str | None = None,
    sort_by: str | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    scroll_token: str | None = None,
    search_lib_name: str | None = None,
    custom_filters: str | None = None,
    x_acs_action: SearchMediaXAcsAction = "SearchMedia",
    x_acs_version: SearchMediaXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["Match"] = match

    params["SortBy"] = sort_by

    params["PageNo"] = page_no

    params["PageSize"] = page_size

    params["EntityId"] = entity_id

    params["ScrollToken"] = scroll_token

    params["SearchLibName"] = search_lib_name

    params["CustomFilters"] = custom_filters

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#SearchMedia",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SearchMediaResponse | None:
    if response.status_code == 200:
        response_200 = SearchMediaResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SearchMediaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    match: str | None = None,
    sort_by: str | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    scroll_token: str | None = None,
    search_lib_name: str | None = None,
    custom_filters: str | None = None,
    x_acs_action: SearchMediaXAcsAction = "SearchMedia",
    x_acs_version: SearchMediaXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchMediaResponse]:
    """Search media by filter expression

     Returns the media of a search library that match `Match`, sorted by `SortBy`, paged by
    `PageNo`/`PageSize` or scrolled forward with `ScrollToken` (at most 1,000 media; recommended past
    page 200).

    Args:
        match (str | None): A filter expression over the media of a library (the whole expression
            is URL-encoded on the wire; ASCII
            `=`, `'`, `"`, `(`, `)`). Conditions are joined with `and` and `or`; `or` groups are
            parenthesised.

            | construct | syntax |
            | --- | --- |
            | exact | `field == 'value'` |
            | fuzzy (contains) | `field = 'value'` (value at most 60 characters) |
            | any of | `field in ('v1', 'v2')` |
            | range, exclusive | `field = ('lo', 'hi')` |
            | range, inclusive | `field = ['lo', 'hi']` |

            Fields and the match kinds they allow: `title`, `description`, `ocrInfo.tracks.content`
            fuzzy;
            `tagList` any-of; `mediaId`, `cateId`, `aiLabelInfo.category`, `aiLabelInfo.label_id`
            exact; `status`,
            `mediaType`, `fileInfo.storageLocation` exact and any-of; `utcCreate`, `utcModified` range
            (epoch
            milliseconds, quoted). `mediaType` is `video`, `image` or `audio` (default `video`; images
            are not
            searched together with audio or video). `status` values: 0 initializing, 1 preparing, 2
            preparation
            failed, 3 normal, 10 uploading, 12 uploaded, 13 transcoding, 14 transcoding failed, 15
            under review, 16
            review rejected, 17 deleted, 18 upload failed. Values are single-quoted; a quote inside a
            value is
            written `\\'`.
        sort_by (str | None): `field:Desc` or `field:Asc`, several separated by commas (seen
            fields: `utcCreate`, `utcModified`).
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        scroll_token (str | None):
        search_lib_name (str | None): A search library name.
        custom_filters (str | None): A JSON object as a string (see the parameter).
        x_acs_action (SearchMediaXAcsAction):  Default: 'SearchMedia'.
        x_acs_version (SearchMediaXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchMediaResponse]
    """

    kwargs = _get_kwargs(
        match=match,
        sort_by=sort_by,
        page_no=page_no,
        page_size=page_size,
        entity_id=entity_id,
        scroll_token=scroll_token,
        search_lib_name=search_lib_name,
        custom_filters=custom_filters,
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
    match: str | None = None,
    sort_by: str | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    scroll_token: str | None = None,
    search_lib_name: str | None = None,
    custom_filters: str | None = None,
    x_acs_action: SearchMediaXAcsAction = "SearchMedia",
    x_acs_version: SearchMediaXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchMediaResponse | None:
    """Search media by filter expression

     Returns the media of a search library that match `Match`, sorted by `SortBy`, paged by
    `PageNo`/`PageSize` or scrolled forward with `ScrollToken` (at most 1,000 media; recommended past
    page 200).

    Args:
        match (str | None): A filter expression over the media of a library (the whole expression
            is URL-encoded on the wire; ASCII
            `=`, `'`, `"`, `(`, `)`). Conditions are joined with `and` and `or`; `or` groups are
            parenthesised.

            | construct | syntax |
            | --- | --- |
            | exact | `field == 'value'` |
            | fuzzy (contains) | `field = 'value'` (value at most 60 characters) |
            | any of | `field in ('v1', 'v2')` |
            | range, exclusive | `field = ('lo', 'hi')` |
            | range, inclusive | `field = ['lo', 'hi']` |

            Fields and the match kinds they allow: `title`, `description`, `ocrInfo.tracks.content`
            fuzzy;
            `tagList` any-of; `mediaId`, `cateId`, `aiLabelInfo.category`, `aiLabelInfo.label_id`
            exact; `status`,
            `mediaType`, `fileInfo.storageLocation` exact and any-of; `utcCreate`, `utcModified` range
            (epoch
            milliseconds, quoted). `mediaType` is `video`, `image` or `audio` (default `video`; images
            are not
            searched together with audio or video). `status` values: 0 initializing, 1 preparing, 2
            preparation
            failed, 3 normal, 10 uploading, 12 uploaded, 13 transcoding, 14 transcoding failed, 15
            under review, 16
            review rejected, 17 deleted, 18 upload failed. Values are single-quoted; a quote inside a
            value is
            written `\\'`.
        sort_by (str | None): `field:Desc` or `field:Asc`, several separated by commas (seen
            fields: `utcCreate`, `utcModified`).
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        scroll_token (str | None):
        search_lib_name (str | None): A search library name.
        custom_filters (str | None): A JSON object as a string (see the parameter).
        x_acs_action (SearchMediaXAcsAction):  Default: 'SearchMedia'.
        x_acs_version (SearchMediaXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchMediaResponse
    """

    return sync_detailed(
        client=client,
        match=match,
        sort_by=sort_by,
        page_no=page_no,
        page_size=page_size,
        entity_id=entity_id,
        scroll_token=scroll_token,
        search_lib_name=search_lib_name,
        custom_filters=custom_filters,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    match: str | None = None,
    sort_by: str | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    scroll_token: str | None = None,
    search_lib_name: str | None = None,
    custom_filters: str | None = None,
    x_acs_action: SearchMediaXAcsAction = "SearchMedia",
    x_acs_version: SearchMediaXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchMediaResponse]:
    """Search media by filter expression

     Returns the media of a search library that match `Match`, sorted by `SortBy`, paged by
    `PageNo`/`PageSize` or scrolled forward with `ScrollToken` (at most 1,000 media; recommended past
    page 200).

    Args:
        match (str | None): A filter expression over the media of a library (the whole expression
            is URL-encoded on the wire; ASCII
            `=`, `'`, `"`, `(`, `)`). Conditions are joined with `and` and `or`; `or` groups are
            parenthesised.

            | construct | syntax |
            | --- | --- |
            | exact | `field == 'value'` |
            | fuzzy (contains) | `field = 'value'` (value at most 60 characters) |
            | any of | `field in ('v1', 'v2')` |
            | range, exclusive | `field = ('lo', 'hi')` |
            | range, inclusive | `field = ['lo', 'hi']` |

            Fields and the match kinds they allow: `title`, `description`, `ocrInfo.tracks.content`
            fuzzy;
            `tagList` any-of; `mediaId`, `cateId`, `aiLabelInfo.category`, `aiLabelInfo.label_id`
            exact; `status`,
            `mediaType`, `fileInfo.storageLocation` exact and any-of; `utcCreate`, `utcModified` range
            (epoch
            milliseconds, quoted). `mediaType` is `video`, `image` or `audio` (default `video`; images
            are not
            searched together with audio or video). `status` values: 0 initializing, 1 preparing, 2
            preparation
            failed, 3 normal, 10 uploading, 12 uploaded, 13 transcoding, 14 transcoding failed, 15
            under review, 16
            review rejected, 17 deleted, 18 upload failed. Values are single-quoted; a quote inside a
            value is
            written `\\'`.
        sort_by (str | None): `field:Desc` or `field:Asc`, several separated by commas (seen
            fields: `utcCreate`, `utcModified`).
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        scroll_token (str | None):
        search_lib_name (str | None): A search library name.
        custom_filters (str | None): A JSON object as a string (see the parameter).
        x_acs_action (SearchMediaXAcsAction):  Default: 'SearchMedia'.
        x_acs_version (SearchMediaXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchMediaResponse]
    """

    kwargs = _get_kwargs(
        match=match,
        sort_by=sort_by,
        page_no=page_no,
        page_size=page_size,
        entity_id=entity_id,
        scroll_token=scroll_token,
        search_lib_name=search_lib_name,
        custom_filters=custom_filters,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    match: str | None = None,
    sort_by: str | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    scroll_token: str | None = None,
    search_lib_name: str | None = None,
    custom_filters: str | None = None,
    x_acs_action: SearchMediaXAcsAction = "SearchMedia",
    x_acs_version: SearchMediaXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchMediaResponse | None:
    """Search media by filter expression

     Returns the media of a search library that match `Match`, sorted by `SortBy`, paged by
    `PageNo`/`PageSize` or scrolled forward with `ScrollToken` (at most 1,000 media; recommended past
    page 200).

    Args:
        match (str | None): A filter expression over the media of a library (the whole expression
            is URL-encoded on the wire; ASCII
            `=`, `'`, `"`, `(`, `)`). Conditions are joined with `and` and `or`; `or` groups are
            parenthesised.

            | construct | syntax |
            | --- | --- |
            | exact | `field == 'value'` |
            | fuzzy (contains) | `field = 'value'` (value at most 60 characters) |
            | any of | `field in ('v1', 'v2')` |
            | range, exclusive | `field = ('lo', 'hi')` |
            | range, inclusive | `field = ['lo', 'hi']` |

            Fields and the match kinds they allow: `title`, `description`, `ocrInfo.tracks.content`
            fuzzy;
            `tagList` any-of; `mediaId`, `cateId`, `aiLabelInfo.category`, `aiLabelInfo.label_id`
            exact; `status`,
            `mediaType`, `fileInfo.storageLocation` exact and any-of; `utcCreate`, `utcModified` range
            (epoch
            milliseconds, quoted). `mediaType` is `video`, `image` or `audio` (default `video`; images
            are not
            searched together with audio or video). `status` values: 0 initializing, 1 preparing, 2
            preparation
            failed, 3 normal, 10 uploading, 12 uploaded, 13 transcoding, 14 transcoding failed, 15
            under review, 16
            review rejected, 17 deleted, 18 upload failed. Values are single-quoted; a quote inside a
            value is
            written `\\'`.
        sort_by (str | None): `field:Desc` or `field:Asc`, several separated by commas (seen
            fields: `utcCreate`, `utcModified`).
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        scroll_token (str | None):
        search_lib_name (str | None): A search library name.
        custom_filters (str | None): A JSON object as a string (see the parameter).
        x_acs_action (SearchMediaXAcsAction):  Default: 'SearchMedia'.
        x_acs_version (SearchMediaXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchMediaResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            match=match,
            sort_by=sort_by,
            page_no=page_no,
            page_size=page_size,
            entity_id=entity_id,
            scroll_token=scroll_token,
            search_lib_name=search_lib_name,
            custom_filters=custom_filters,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
