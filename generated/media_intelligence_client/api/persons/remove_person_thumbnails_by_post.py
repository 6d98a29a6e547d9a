from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.remove_person_thumbnails_by_post_request import RemovePersonThumbnailsByPostRequest
from ...models.remove_person_thumbnails_by_post_response import RemovePersonThumbnailsByPostResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    person_id: str,
    *,
    body: RemovePersonThumbnailsByPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/persons/{person_id}/person-thumbnail/remove".format(
            workspace_name=quote(str(workspace_name), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse | None:
    if response.status_code == 200:
        response_200 = RemovePersonThumbnailsByPostResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemovePersonThumbnailsByPostRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse]:
    """Remove thumbnails from a person (POST)

     Same as removePersonThumbnails, as a POST. It exists (since 2026-09-17) for HTTP clients that cannot
    send a body with DELETE; body and response are identical. A person must keep at least one thumbnail
    (10077). Only a Korean page exists (slug `mi-remove-person-thumbnails`; the DELETE pages link to the
    singular `mi-remove-person-thumbnail`). The item table of `thumbnailList` was cut off; it is assumed
    to be the same thumbnail object as elsewhere.

    Args:
        workspace_name (str):
        person_id (str):
        body (RemovePersonThumbnailsByPostRequest): Same body as removePersonThumbnails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        person_id=person_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemovePersonThumbnailsByPostRequest,
) -> ErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse | None:
    """Remove thumbnails from a person (POST)

     Same as removePersonThumbnails, as a POST. It exists (since 2026-09-17) for HTTP clients that cannot
    send a body with DELETE; body and response are identical. A person must keep at least one thumbnail
    (10077). Only a Korean page exists (slug `mi-remove-person-thumbnails`; the DELETE pages link to the
    singular `mi-remove-person-thumbnail`). The item table of `thumbnailList` was cut off; it is assumed
    to be the same thumbnail object as elsewhere.

    Args:
        workspace_name (str):
        person_id (str):
        body (RemovePersonThumbnailsByPostRequest): Same body as removePersonThumbnails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        person_id=person_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemovePersonThumbnailsByPostRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse]:
    """Remove thumbnails from a person (POST)

     Same as removePersonThumbnails, as a POST. It exists (since 2026-09-17) for HTTP clients that cannot
    send a body with DELETE; body and response are identical. A person must keep at least one thumbnail
    (10077). Only a Korean page exists (slug `mi-remove-person-thumbnails`; the DELETE pages link to the
    singular `mi-remove-person-thumbnail`). The item table of `thumbnailList` was cut off; it is assumed
    to be the same thumbnail object as elsewhere.

    Args:
        workspace_name (str):
        person_id (str):
        body (RemovePersonThumbnailsByPostRequest): Same body as removePersonThumbnails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        person_id=person_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemovePersonThumbnailsByPostRequest,
) -> ErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse | None:
    """Remove thumbnails from a person (POST)

     Same as removePersonThumbnails, as a POST. It exists (since 2026-09-17) for HTTP clients that cannot
    send a body with DELETE; body and response are identical. A person must keep at least one thumbnail
    (10077). Only a Korean page exists (slug `mi-remove-person-thumbnails`; the DELETE pages link to the
    singular `mi-remove-person-thumbnail`). The item table of `thumbnailList` was cut off; it is assumed
    to be the same thumbnail object as elsewhere.

    Args:
        workspace_name (str):
        person_id (str):
        body (RemovePersonThumbnailsByPostRequest): Same body as removePersonThumbnails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RemovePersonThumbnailsByPostResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
