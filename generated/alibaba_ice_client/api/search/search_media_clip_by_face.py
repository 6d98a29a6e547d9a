from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.search_media_clip_by_face_response import SearchMediaClipByFaceResponse
from ...models.search_media_clip_by_face_x_acs_action import (
    SearchMediaClipByFaceXAcsAction,
)
from ...models.search_media_clip_by_face_x_acs_version import (
    SearchMediaClipByFaceXAcsVersion,
)
from ...types import Response


def _get_kwargs(
    *,
    face_search_token: str,
    media_id: str,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: SearchMediaClipByFaceXAcsAction = "SearchMediaClipByFace",
    x_acs_version: SearchMediaClipByFaceXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["FaceSearchToken"] = face_search_token

    params["MediaId"] = media_id

    params["PageNo"] = page_no

    params["PageSize"] = page_size

    params["EntityId"] = entity_id

    params["SearchLibName"] = search_lib_name

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#SearchMediaClipByFace",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SearchMediaClipByFaceResponse | None:
    if response.status_code == 200:
        response_200 = SearchMediaClipByFaceResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SearchMediaClipByFaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    face_search_token: str,
    media_id: str,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: SearchMediaClipByFaceXAcsAction = "SearchMediaClipByFace",
    x_acs_version: SearchMediaClipByFaceXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchMediaClipByFaceResponse]:
    """Search the clips of one media by face (fine)

     Returns the clips of one media where the face of a SearchMediaByFace session appears.

    Args:
        face_search_token (str):
        media_id (str): A media ID.
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (SearchMediaClipByFaceXAcsAction):  Default: 'SearchMediaClipByFace'.
        x_acs_version (SearchMediaClipByFaceXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchMediaClipByFaceResponse]
    """

    kwargs = _get_kwargs(
        face_search_token=face_search_token,
        media_id=media_id,
        page_no=page_no,
        page_size=page_size,
        entity_id=entity_id,
        search_lib_name=search_lib_name,
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
    face_search_token: str,
    media_id: str,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: SearchMediaClipByFaceXAcsAction = "SearchMediaClipByFace",
    x_acs_version: SearchMediaClipByFaceXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchMediaClipByFaceResponse | None:
    """Search the clips of one media by face (fine)

     Returns the clips of one media where the face of a SearchMediaByFace session appears.

    Args:
        face_search_token (str):
        media_id (str): A media ID.
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (SearchMediaClipByFaceXAcsAction):  Default: 'SearchMediaClipByFace'.
        x_acs_version (SearchMediaClipByFaceXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchMediaClipByFaceResponse
    """

    return sync_detailed(
        client=client,
        face_search_token=face_search_token,
        media_id=media_id,
        page_no=page_no,
        page_size=page_size,
        entity_id=entity_id,
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    face_search_token: str,
    media_id: str,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: SearchMediaClipByFaceXAcsAction = "SearchMediaClipByFace",
    x_acs_version: SearchMediaClipByFaceXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | SearchMediaClipByFaceResponse]:
    """Search the clips of one media by face (fine)

     Returns the clips of one media where the face of a SearchMediaByFace session appears.

    Args:
        face_search_token (str):
        media_id (str): A media ID.
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (SearchMediaClipByFaceXAcsAction):  Default: 'SearchMediaClipByFace'.
        x_acs_version (SearchMediaClipByFaceXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchMediaClipByFaceResponse]
    """

    kwargs = _get_kwargs(
        face_search_token=face_search_token,
        media_id=media_id,
        page_no=page_no,
        page_size=page_size,
        entity_id=entity_id,
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    face_search_token: str,
    media_id: str,
    page_no: int | None = None,
    page_size: int | None = None,
    entity_id: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: SearchMediaClipByFaceXAcsAction = "SearchMediaClipByFace",
    x_acs_version: SearchMediaClipByFaceXAcsVersion = "2020-11-09",
) -> ErrorBody | SearchMediaClipByFaceResponse | None:
    """Search the clips of one media by face (fine)

     Returns the clips of one media where the face of a SearchMediaByFace session appears.

    Args:
        face_search_token (str):
        media_id (str): A media ID.
        page_no (int | None):
        page_size (int | None):
        entity_id (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (SearchMediaClipByFaceXAcsAction):  Default: 'SearchMediaClipByFace'.
        x_acs_version (SearchMediaClipByFaceXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchMediaClipByFaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            face_search_token=face_search_token,
            media_id=media_id,
            page_no=page_no,
            page_size=page_size,
            entity_id=entity_id,
            search_lib_name=search_lib_name,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
