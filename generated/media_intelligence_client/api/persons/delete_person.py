from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_person_response import DeletePersonResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    person_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/workspaces/{workspace_name}/persons/{person_id}".format(
            workspace_name=quote(str(workspace_name), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletePersonResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletePersonResponse.from_dict(response.json())

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
) -> Response[DeletePersonResponse | ErrorResponse | GatewayErrorResponse]:
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
) -> Response[DeletePersonResponse | ErrorResponse | GatewayErrorResponse]:
    """Delete a person

     Deletes a person, irreversibly. Its face features are deleted (it no longer appears in
    listSimilarPersons or recommendPersonsByThumbnail) and its labels in indexes become anonymous.
    Pages disagree on the response: older renders return only `code` and `message`; the newest Korean
    page returns the person as it was when deleted (with person id and asset/scene counts per the
    release note). The newest page wins, but `result` is kept optional and its fields inferred.

    Args:
        workspace_name (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePersonResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        person_id=person_id,
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
) -> DeletePersonResponse | ErrorResponse | GatewayErrorResponse | None:
    """Delete a person

     Deletes a person, irreversibly. Its face features are deleted (it no longer appears in
    listSimilarPersons or recommendPersonsByThumbnail) and its labels in indexes become anonymous.
    Pages disagree on the response: older renders return only `code` and `message`; the newest Korean
    page returns the person as it was when deleted (with person id and asset/scene counts per the
    release note). The newest page wins, but `result` is kept optional and its fields inferred.

    Args:
        workspace_name (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletePersonResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        person_id=person_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeletePersonResponse | ErrorResponse | GatewayErrorResponse]:
    """Delete a person

     Deletes a person, irreversibly. Its face features are deleted (it no longer appears in
    listSimilarPersons or recommendPersonsByThumbnail) and its labels in indexes become anonymous.
    Pages disagree on the response: older renders return only `code` and `message`; the newest Korean
    page returns the person as it was when deleted (with person id and asset/scene counts per the
    release note). The newest page wins, but `result` is kept optional and its fields inferred.

    Args:
        workspace_name (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePersonResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        person_id=person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletePersonResponse | ErrorResponse | GatewayErrorResponse | None:
    """Delete a person

     Deletes a person, irreversibly. Its face features are deleted (it no longer appears in
    listSimilarPersons or recommendPersonsByThumbnail) and its labels in indexes become anonymous.
    Pages disagree on the response: older renders return only `code` and `message`; the newest Korean
    page returns the person as it was when deleted (with person id and asset/scene counts per the
    release note). The newest page wins, but `result` is kept optional and its fields inferred.

    Args:
        workspace_name (str):
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletePersonResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            person_id=person_id,
            client=client,
        )
    ).parsed
