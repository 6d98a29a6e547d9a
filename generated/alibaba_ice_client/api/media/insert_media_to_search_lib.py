from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.insert_media_to_search_lib_media_type import (
    InsertMediaToSearchLibMediaType,
)
from ...models.insert_media_to_search_lib_x_acs_action import (
    InsertMediaToSearchLibXAcsAction,
)
from ...models.insert_media_to_search_lib_x_acs_version import (
    InsertMediaToSearchLibXAcsVersion,
)
from ...models.media_acknowledgement import MediaAcknowledgement
from ...types import Response


def _get_kwargs(
    *,
    input_: str,
    media_id: str | None = None,
    media_type: InsertMediaToSearchLibMediaType | None = None,
    images_input: str | None = None,
    msg_body: str | None = None,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: InsertMediaToSearchLibXAcsAction = "InsertMediaToSearchLib",
    x_acs_version: InsertMediaToSearchLibXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["Input"] = input_

    params["MediaId"] = media_id

    json_media_type: str | None = None
    if media_type is not None:
        json_media_type = media_type

    params["MediaType"] = json_media_type

    params["ImagesInput"] = images_input

    params["MsgBody"] = msg_body

    params["Namespace"] = namespace

    params["SearchLibName"] = search_lib_name

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#InsertMediaToSearchLib",
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
    input_: str,
    media_id: str | None = None,
    media_type: InsertMediaToSearchLibMediaType | None = None,
    images_input: str | None = None,
    msg_body: str | None = None,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: InsertMediaToSearchLibXAcsAction = "InsertMediaToSearchLib",
    x_acs_version: InsertMediaToSearchLibXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | MediaAcknowledgement]:
    """Insert media into a search library

     Adds a media file to a library and starts its index jobs (one per index of the library).

    Args:
        input_ (str):
        media_id (str | None): A media ID.
        media_type (InsertMediaToSearchLibMediaType | None):
        images_input (str | None):
        msg_body (str | None):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (InsertMediaToSearchLibXAcsAction):  Default: 'InsertMediaToSearchLib'.
        x_acs_version (InsertMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MediaAcknowledgement]
    """

    kwargs = _get_kwargs(
        input_=input_,
        media_id=media_id,
        media_type=media_type,
        images_input=images_input,
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
    input_: str,
    media_id: str | None = None,
    media_type: InsertMediaToSearchLibMediaType | None = None,
    images_input: str | None = None,
    msg_body: str | None = None,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: InsertMediaToSearchLibXAcsAction = "InsertMediaToSearchLib",
    x_acs_version: InsertMediaToSearchLibXAcsVersion = "2020-11-09",
) -> ErrorBody | MediaAcknowledgement | None:
    """Insert media into a search library

     Adds a media file to a library and starts its index jobs (one per index of the library).

    Args:
        input_ (str):
        media_id (str | None): A media ID.
        media_type (InsertMediaToSearchLibMediaType | None):
        images_input (str | None):
        msg_body (str | None):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (InsertMediaToSearchLibXAcsAction):  Default: 'InsertMediaToSearchLib'.
        x_acs_version (InsertMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MediaAcknowledgement
    """

    return sync_detailed(
        client=client,
        input_=input_,
        media_id=media_id,
        media_type=media_type,
        images_input=images_input,
        msg_body=msg_body,
        namespace=namespace,
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    input_: str,
    media_id: str | None = None,
    media_type: InsertMediaToSearchLibMediaType | None = None,
    images_input: str | None = None,
    msg_body: str | None = None,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: InsertMediaToSearchLibXAcsAction = "InsertMediaToSearchLib",
    x_acs_version: InsertMediaToSearchLibXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | MediaAcknowledgement]:
    """Insert media into a search library

     Adds a media file to a library and starts its index jobs (one per index of the library).

    Args:
        input_ (str):
        media_id (str | None): A media ID.
        media_type (InsertMediaToSearchLibMediaType | None):
        images_input (str | None):
        msg_body (str | None):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (InsertMediaToSearchLibXAcsAction):  Default: 'InsertMediaToSearchLib'.
        x_acs_version (InsertMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MediaAcknowledgement]
    """

    kwargs = _get_kwargs(
        input_=input_,
        media_id=media_id,
        media_type=media_type,
        images_input=images_input,
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
    input_: str,
    media_id: str | None = None,
    media_type: InsertMediaToSearchLibMediaType | None = None,
    images_input: str | None = None,
    msg_body: str | None = None,
    namespace: str | None = None,
    search_lib_name: str | None = None,
    x_acs_action: InsertMediaToSearchLibXAcsAction = "InsertMediaToSearchLib",
    x_acs_version: InsertMediaToSearchLibXAcsVersion = "2020-11-09",
) -> ErrorBody | MediaAcknowledgement | None:
    """Insert media into a search library

     Adds a media file to a library and starts its index jobs (one per index of the library).

    Args:
        input_ (str):
        media_id (str | None): A media ID.
        media_type (InsertMediaToSearchLibMediaType | None):
        images_input (str | None):
        msg_body (str | None):
        namespace (str | None):
        search_lib_name (str | None): A search library name.
        x_acs_action (InsertMediaToSearchLibXAcsAction):  Default: 'InsertMediaToSearchLib'.
        x_acs_version (InsertMediaToSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MediaAcknowledgement
    """

    return (
        await asyncio_detailed(
            client=client,
            input_=input_,
            media_id=media_id,
            media_type=media_type,
            images_input=images_input,
            msg_body=msg_body,
            namespace=namespace,
            search_lib_name=search_lib_name,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
