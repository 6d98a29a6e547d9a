from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.media_acknowledgement import MediaAcknowledgement
from ...models.update_media_to_search_lib_x_acs_action import (
    UpdateMediaToSearchLibXAcsAction,
)
from ...models.update_media_to_search_lib_x_acs_version import (
    UpdateMediaToSearchLibXAcsVersion,
)
from ...types import Response


def _get_kwargs(
    *,
    media_id: str,
    msg_body: str,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: UpdateMediaToSearchLibXAcsAction = "UpdateMediaToSearchLib",
    x_acs_version: UpdateMediaToSearchLibXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["MediaId"] = media_id

    params["MsgBody"] = msg_body

    params["Namespace"] = namespace

    params["SearchLibName"] = search_lib_name

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#UpdateMediaToSearchLib",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | MediaAcknowledgement | None:
    if response.status_code == 200:
        response_200 = MediaAcknowledgement.from_dict(response.json())

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
) -> Response[ErrorBody | MediaAcknowledgement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_id: str,
    msg_body: str,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: UpdateMediaToSearchLibXAcsAction = "UpdateMediaToSearchLib",
    x_acs_version: UpdateMediaToSearchLibXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | MediaAcknowledgement]:
    """Update a media of a search library

    Args:
        media_id (str): A media ID.
        msg_body (str):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (UpdateMediaToSearchLibXAcsAction):  Default: 'UpdateMediaToSearchLib'.
        x_acs_version (UpdateMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MediaAcknowledgement]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        msg_body=msg_body,
        namespace=namespace,
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
    media_id: str,
    msg_body: str,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: UpdateMediaToSearchLibXAcsAction = "UpdateMediaToSearchLib",
    x_acs_version: UpdateMediaToSearchLibXAcsVersion = "2020-11-09",
) -> ErrorBody | MediaAcknowledgement | None:
    """Update a media of a search library

    Args:
        media_id (str): A media ID.
        msg_body (str):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (UpdateMediaToSearchLibXAcsAction):  Default: 'UpdateMediaToSearchLib'.
        x_acs_version (UpdateMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MediaAcknowledgement
    """

    return sync_detailed(
        client=client,
        media_id=media_id,
        msg_body=msg_body,
        namespace=namespace,
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_id: str,
    msg_body: str,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: UpdateMediaToSearchLibXAcsAction = "UpdateMediaToSearchLib",
    x_acs_version: UpdateMediaToSearchLibXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | MediaAcknowledgement]:
    """Update a media of a search library

    Args:
        media_id (str): A media ID.
        msg_body (str):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (UpdateMediaToSearchLibXAcsAction):  Default: 'UpdateMediaToSearchLib'.
        x_acs_version (UpdateMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MediaAcknowledgement]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        msg_body=msg_body,
        namespace=namespace,
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    media_id: str,
    msg_body: str,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: UpdateMediaToSearchLibXAcsAction = "UpdateMediaToSearchLib",
    x_acs_version: UpdateMediaToSearchLibXAcsVersion = "2020-11-09",
) -> ErrorBody | MediaAcknowledgement | None:
    """Update a media of a search library

    Args:
        media_id (str): A media ID.
        msg_body (str):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (UpdateMediaToSearchLibXAcsAction):  Default: 'UpdateMediaToSearchLib'.
        x_acs_version (UpdateMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MediaAcknowledgement
    """

    return (
        await asyncio_detailed(
            client=client,
            media_id=media_id,
            msg_body=msg_body,
            namespace=namespace,
            search_lib_name=search_lib_name,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
