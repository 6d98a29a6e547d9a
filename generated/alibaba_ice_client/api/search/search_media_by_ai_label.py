from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.search_media_by_ai_label_matching_mode import (
    SearchMediaByAiLabelMatchingMode,
)
from ...models.search_media_by_ai_label_media_type import (
    SearchMediaByAiLabelMediaType,
)
from ...models.search_media_by_ai_label_multimodal_search_type import (
    SearchMediaByAiLabelMultimodalSearchType,
)
from ...models.search_media_by_ai_label_response import SearchMediaByAILabelResponse
from ...models.search_media_by_ai_label_sort_by import (
    SearchMediaByAiLabelSortBy,
)
from ...models.search_media_by_ai_label_x_acs_action import (
    SearchMediaByAiLabelXAcsAction,
)
from ...models.search_media_by_ai_label_x_acs_version import (
    SearchMediaByAiLabelXAcsVersion,
)
from ...models.wire_boolean import WireBoolean
from ...types import Response


def _get_kwargs(
    *,
    text: str | None = None,
    multimodal_search_type: SearchMediaByAiLabelMultimodalSearchType | None = None,
    specific_search: WireBoolean | None = None,
    media_id: str | None = None,
    matching_mode: SearchMediaByAiLabelMatchingMode | None = None,
    media_type: SearchMediaByAiLabelMediaType | None = None,
    sort_by: SearchMediaByAiLabelSortBy | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByAiLabelXAcsAction = "SearchMediaByAILabel",
    x_acs_version: SearchMediaByAiLabelXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["Text"] = text

    json_multimodal_search_type: str | None = None
    if multimodal_search_type is not None:
        json_multimodal_search_type = multimodal_search_type

    params["MultimodalSearchType"] = json_multimodal_search_type

    json_specific_search: str | None = None
    if specific_search is not None:
        json_specific_search = specific_search

    params["SpecificSearch"] = json_specific_search

    params["MediaId"] = media_id

    json_matching_mode: str | None = None
    if matching_mode is not None:
        json_matching_mode = matching_mode

    params["MatchingMode"] = json_matching_mode

    json_media_type: str | None = None
    if media_type is not None:
        json_media_type = media_type

    params["MediaType"] = json_media_type

    json_sort_by: str | None = None
    if sort_by is not None:
        json_sort_by = sort_by

    params["SortBy"] = json_sort_by

    params["PageNo"] = page_no

    params["PageSize"] = page_size

    params["SearchLibName"] = search_lib_name

    params["Namespace"] = namespace

    params["CustomFilters"] = custom_filters

    params["UtcCreate"] = utc_create

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#SearchMediaByAILabel",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SearchMediaByAILabelResponse | None:
    if response.status_code == 200:
        response_200 = SearchMediaByAILabelResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SearchMediaByAILabelResponse]:
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
    multimodal_search_type: SearchMediaByAiLabelMultimodalSearchType | None = None,
    specific_search: WireBoolean | None = None,
    media_id: str | None = None,
    matching_mode: SearchMediaByAiLabelMatchingMode | None = None,
    media_type: SearchMediaByAiLabelMediaType | None = None,
    sort_by: SearchMediaByAiLabelSortBy | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByAiLabelXAcsAction = "SearchMediaByAILabel",
    x_acs_version: SearchMediaByAiLabelXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchMediaByAILabelResponse]:
    """Search media by AI label

     Smart-tag text search by person name, OCR subtitle or AI category. Coarse (media level) by default;
    with `SpecificSearch` True and a `MediaId`, fine (the segments of that media).

    Args:
        text (str | None):
        multimodal_search_type (SearchMediaByAiLabelMultimodalSearchType | None):
        specific_search (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        media_id (str | None): A media ID.
        matching_mode (SearchMediaByAiLabelMatchingMode | None):
        media_type (SearchMediaByAiLabelMediaType | None):
        sort_by (SearchMediaByAiLabelSortBy | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByAiLabelXAcsAction):  Default: 'SearchMediaByAILabel'.
        x_acs_version (SearchMediaByAiLabelXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchMediaByAILabelResponse]
    """

    kwargs = _get_kwargs(
        text=text,
        multimodal_search_type=multimodal_search_type,
        specific_search=specific_search,
        media_id=media_id,
        matching_mode=matching_mode,
        media_type=media_type,
        sort_by=sort_by,
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
    multimodal_search_type: SearchMediaByAiLabelMultimodalSearchType | None = None,
    specific_search: WireBoolean | None = None,
    media_id: str | None = None,
    matching_mode: SearchMediaByAiLabelMatchingMode | None = None,
    media_type: SearchMediaByAiLabelMediaType | None = None,
    sort_by: SearchMediaByAiLabelSortBy | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByAiLabelXAcsAction = "SearchMediaByAILabel",
    x_acs_version: SearchMediaByAiLabelXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchMediaByAILabelResponse | None:
    """Search media by AI label

     Smart-tag text search by person name, OCR subtitle or AI category. Coarse (media level) by default;
    with `SpecificSearch` True and a `MediaId`, fine (the segments of that media).

    Args:
        text (str | None):
        multimodal_search_type (SearchMediaByAiLabelMultimodalSearchType | None):
        specific_search (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        media_id (str | None): A media ID.
        matching_mode (SearchMediaByAiLabelMatchingMode | None):
        media_type (SearchMediaByAiLabelMediaType | None):
        sort_by (SearchMediaByAiLabelSortBy | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByAiLabelXAcsAction):  Default: 'SearchMediaByAILabel'.
        x_acs_version (SearchMediaByAiLabelXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchMediaByAILabelResponse
    """

    return sync_detailed(
        client=client,
        text=text,
        multimodal_search_type=multimodal_search_type,
        specific_search=specific_search,
        media_id=media_id,
        matching_mode=matching_mode,
        media_type=media_type,
        sort_by=sort_by,
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
    multimodal_search_type: SearchMediaByAiLabelMultimodalSearchType | None = None,
    specific_search: WireBoolean | None = None,
    media_id: str | None = None,
    matching_mode: SearchMediaByAiLabelMatchingMode | None = None,
    media_type: SearchMediaByAiLabelMediaType | None = None,
    sort_by: SearchMediaByAiLabelSortBy | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByAiLabelXAcsAction = "SearchMediaByAILabel",
    x_acs_version: SearchMediaByAiLabelXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchMediaByAILabelResponse]:
    """Search media by AI label

     Smart-tag text search by person name, OCR subtitle or AI category. Coarse (media level) by default;
    with `SpecificSearch` True and a `MediaId`, fine (the segments of that media).

    Args:
        text (str | None):
        multimodal_search_type (SearchMediaByAiLabelMultimodalSearchType | None):
        specific_search (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        media_id (str | None): A media ID.
        matching_mode (SearchMediaByAiLabelMatchingMode | None):
        media_type (SearchMediaByAiLabelMediaType | None):
        sort_by (SearchMediaByAiLabelSortBy | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByAiLabelXAcsAction):  Default: 'SearchMediaByAILabel'.
        x_acs_version (SearchMediaByAiLabelXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchMediaByAILabelResponse]
    """

    kwargs = _get_kwargs(
        text=text,
        multimodal_search_type=multimodal_search_type,
        specific_search=specific_search,
        media_id=media_id,
        matching_mode=matching_mode,
        media_type=media_type,
        sort_by=sort_by,
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
    multimodal_search_type: SearchMediaByAiLabelMultimodalSearchType | None = None,
    specific_search: WireBoolean | None = None,
    media_id: str | None = None,
    matching_mode: SearchMediaByAiLabelMatchingMode | None = None,
    media_type: SearchMediaByAiLabelMediaType | None = None,
    sort_by: SearchMediaByAiLabelSortBy | None = None,
    page_no: int | None = None,
    page_size: int | None = None,
    search_lib_name: str | None = None,
    namespace: str | None = None,
    custom_filters: str | None = None,
    utc_create: str | None = None,
    x_acs_action: SearchMediaByAiLabelXAcsAction = "SearchMediaByAILabel",
    x_acs_version: SearchMediaByAiLabelXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchMediaByAILabelResponse | None:
    """Search media by AI label

     Smart-tag text search by person name, OCR subtitle or AI category. Coarse (media level) by default;
    with `SpecificSearch` True and a `MediaId`, fine (the segments of that media).

    Args:
        text (str | None):
        multimodal_search_type (SearchMediaByAiLabelMultimodalSearchType | None):
        specific_search (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        media_id (str | None): A media ID.
        matching_mode (SearchMediaByAiLabelMatchingMode | None):
        media_type (SearchMediaByAiLabelMediaType | None):
        sort_by (SearchMediaByAiLabelSortBy | None):
        page_no (int | None):
        page_size (int | None):
        search_lib_name (str | None): A search library name.
        namespace (str | None):
        custom_filters (str | None): A JSON object as a string (see the parameter).
        utc_create (str | None):
        x_acs_action (SearchMediaByAiLabelXAcsAction):  Default: 'SearchMediaByAILabel'.
        x_acs_version (SearchMediaByAiLabelXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchMediaByAILabelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            text=text,
            multimodal_search_type=multimodal_search_type,
            specific_search=specific_search,
            media_id=media_id,
            matching_mode=matching_mode,
            media_type=media_type,
            sort_by=sort_by,
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
