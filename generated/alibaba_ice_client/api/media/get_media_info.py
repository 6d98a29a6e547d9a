from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_media_info_output_type import GetMediaInfoOutputType
from ...models.get_media_info_response import GetMediaInfoResponse
from ...models.get_media_info_x_acs_action import GetMediaInfoXAcsAction
from ...models.get_media_info_x_acs_version import GetMediaInfoXAcsVersion
from ...types import Response


def _get_kwargs(
    *,
    media_id: str | None = None,
    input_url: str | None = None,
    output_type: GetMediaInfoOutputType | None = None,
    auth_timeout: int | None = None,
    return_detailed_info: str | None = None,
    x_acs_action: GetMediaInfoXAcsAction = "GetMediaInfo",
    x_acs_version: GetMediaInfoXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["MediaId"] = media_id

    params["InputURL"] = input_url

    json_output_type: str | None = None
    if output_type is not None:
        json_output_type = output_type

    params["OutputType"] = json_output_type

    params["AuthTimeout"] = auth_timeout

    params["ReturnDetailedInfo"] = return_detailed_info

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#GetMediaInfo",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | GetMediaInfoResponse | None:
    if response.status_code == 200:
        response_200 = GetMediaInfoResponse.from_dict(response.json())

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
) -> Response[ErrorBody | GetMediaInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_id: str | None = None,
    input_url: str | None = None,
    output_type: GetMediaInfoOutputType | None = None,
    auth_timeout: int | None = None,
    return_detailed_info: str | None = None,
    x_acs_action: GetMediaInfoXAcsAction = "GetMediaInfo",
    x_acs_version: GetMediaInfoXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | GetMediaInfoResponse]:
    """Get a media asset

     Returns a media asset by `MediaId` or by `InputURL` (one of the two is required).

    Args:
        media_id (str | None): A media ID.
        input_url (str | None):
        output_type (GetMediaInfoOutputType | None):
        auth_timeout (int | None):
        return_detailed_info (str | None):
        x_acs_action (GetMediaInfoXAcsAction):  Default: 'GetMediaInfo'.
        x_acs_version (GetMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | GetMediaInfoResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        input_url=input_url,
        output_type=output_type,
        auth_timeout=auth_timeout,
        return_detailed_info=return_detailed_info,
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
    media_id: str | None = None,
    input_url: str | None = None,
    output_type: GetMediaInfoOutputType | None = None,
    auth_timeout: int | None = None,
    return_detailed_info: str | None = None,
    x_acs_action: GetMediaInfoXAcsAction = "GetMediaInfo",
    x_acs_version: GetMediaInfoXAcsVersion = "2020-11-09",
) -> ErrorBody | GetMediaInfoResponse | None:
    """Get a media asset

     Returns a media asset by `MediaId` or by `InputURL` (one of the two is required).

    Args:
        media_id (str | None): A media ID.
        input_url (str | None):
        output_type (GetMediaInfoOutputType | None):
        auth_timeout (int | None):
        return_detailed_info (str | None):
        x_acs_action (GetMediaInfoXAcsAction):  Default: 'GetMediaInfo'.
        x_acs_version (GetMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | GetMediaInfoResponse
    """

    return sync_detailed(
        client=client,
        media_id=media_id,
        input_url=input_url,
        output_type=output_type,
        auth_timeout=auth_timeout,
        return_detailed_info=return_detailed_info,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_id: str | None = None,
    input_url: str | None = None,
    output_type: GetMediaInfoOutputType | None = None,
    auth_timeout: int | None = None,
    return_detailed_info: str | None = None,
    x_acs_action: GetMediaInfoXAcsAction = "GetMediaInfo",
    x_acs_version: GetMediaInfoXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | GetMediaInfoResponse]:
    """Get a media asset

     Returns a media asset by `MediaId` or by `InputURL` (one of the two is required).

    Args:
        media_id (str | None): A media ID.
        input_url (str | None):
        output_type (GetMediaInfoOutputType | None):
        auth_timeout (int | None):
        return_detailed_info (str | None):
        x_acs_action (GetMediaInfoXAcsAction):  Default: 'GetMediaInfo'.
        x_acs_version (GetMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | GetMediaInfoResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        input_url=input_url,
        output_type=output_type,
        auth_timeout=auth_timeout,
        return_detailed_info=return_detailed_info,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    media_id: str | None = None,
    input_url: str | None = None,
    output_type: GetMediaInfoOutputType | None = None,
    auth_timeout: int | None = None,
    return_detailed_info: str | None = None,
    x_acs_action: GetMediaInfoXAcsAction = "GetMediaInfo",
    x_acs_version: GetMediaInfoXAcsVersion = "2020-11-09",
) -> ErrorBody | GetMediaInfoResponse | None:
    """Get a media asset

     Returns a media asset by `MediaId` or by `InputURL` (one of the two is required).

    Args:
        media_id (str | None): A media ID.
        input_url (str | None):
        output_type (GetMediaInfoOutputType | None):
        auth_timeout (int | None):
        return_detailed_info (str | None):
        x_acs_action (GetMediaInfoXAcsAction):  Default: 'GetMediaInfo'.
        x_acs_version (GetMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | GetMediaInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            media_id=media_id,
            input_url=input_url,
            output_type=output_type,
            auth_timeout=auth_timeout,
            return_detailed_info=return_detailed_info,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
