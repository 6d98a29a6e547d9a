from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_person_thumbnails_request import AddPersonThumbnailsRequest
from ...models.add_person_thumbnails_response import AddPersonThumbnailsResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    person_id: str,
    *,
    body: AddPersonThumbnailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/persons/{person_id}/person-thumbnail".format(
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
) -> AddPersonThumbnailsResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddPersonThumbnailsResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[AddPersonThumbnailsResponse | ErrorResponse | GatewayErrorResponse]:
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
    body: AddPersonThumbnailsRequest,
) -> Response[AddPersonThumbnailsResponse | ErrorResponse | GatewayErrorResponse]:
    """Add thumbnails to a person

     Adds uploaded face images to a person (at most one may be primary). Returns all thumbnails of the
    person (existing and new). No count limit is stated on this page (createPerson allows 100).
    Error codes are inferred from the common table.

    Args:
        workspace_name (str):
        person_id (str):
        body (AddPersonThumbnailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddPersonThumbnailsResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
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
    body: AddPersonThumbnailsRequest,
) -> AddPersonThumbnailsResponse | ErrorResponse | GatewayErrorResponse | None:
    """Add thumbnails to a person

     Adds uploaded face images to a person (at most one may be primary). Returns all thumbnails of the
    person (existing and new). No count limit is stated on this page (createPerson allows 100).
    Error codes are inferred from the common table.

    Args:
        workspace_name (str):
        person_id (str):
        body (AddPersonThumbnailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddPersonThumbnailsResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
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
    body: AddPersonThumbnailsRequest,
) -> Response[AddPersonThumbnailsResponse | ErrorResponse | GatewayErrorResponse]:
    """Add thumbnails to a person

     Adds uploaded face images to a person (at most one may be primary). Returns all thumbnails of the
    person (existing and new). No count limit is stated on this page (createPerson allows 100).
    Error codes are inferred from the common table.

    Args:
        workspace_name (str):
        person_id (str):
        body (AddPersonThumbnailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddPersonThumbnailsResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
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
    body: AddPersonThumbnailsRequest,
) -> AddPersonThumbnailsResponse | ErrorResponse | GatewayErrorResponse | None:
    """Add thumbnails to a person

     Adds uploaded face images to a person (at most one may be primary). Returns all thumbnails of the
    person (existing and new). No count limit is stated on this page (createPerson allows 100).
    Error codes are inferred from the common table.

    Args:
        workspace_name (str):
        person_id (str):
        body (AddPersonThumbnailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddPersonThumbnailsResponse | ErrorResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
