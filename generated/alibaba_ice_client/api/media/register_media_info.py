from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.register_media_info_media_type import RegisterMediaInfoMediaType
from ...models.register_media_info_response import RegisterMediaInfoResponse
from ...models.register_media_info_x_acs_action import (
    RegisterMediaInfoXAcsAction,
)
from ...models.register_media_info_x_acs_version import (
    RegisterMediaInfoXAcsVersion,
)
from ...models.wire_boolean import WireBoolean
from ...types import Response


def _get_kwargs(
    *,
    input_url: str,
    media_type: RegisterMediaInfoMediaType | None = None,
    business_type: str | None = None,
    title: str | None = None,
    description: str | None = None,
    media_tags: str | None = None,
    cover_url: str | None = None,
    cate_id: int | None = None,
    user_data: str | None = None,
    reference_id: str | None = None,
    overwrite: WireBoolean | None = None,
    client_token: str | None = None,
    register_config: str | None = None,
    smart_tag_template_id: str | None = None,
    workflow_id: str | None = None,
    x_acs_action: RegisterMediaInfoXAcsAction = "RegisterMediaInfo",
    x_acs_version: RegisterMediaInfoXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["InputURL"] = input_url

    json_media_type: str | None = None
    if media_type is not None:
        json_media_type = media_type

    params["MediaType"] = json_media_type

    params["BusinessType"] = business_type

    params["Title"] = title

    params["Description"] = description

    params["MediaTags"] = media_tags

    params["CoverURL"] = cover_url

    params["CateId"] = cate_id

    params["UserData"] = user_data

    params["ReferenceId"] = reference_id

    json_overwrite: str | None = None
    if overwrite is not None:
        json_overwrite = overwrite

    params["Overwrite"] = json_overwrite

    params["ClientToken"] = client_token

    params["RegisterConfig"] = register_config

    params["SmartTagTemplateId"] = smart_tag_template_id

    params["WorkflowId"] = workflow_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#RegisterMediaInfo",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RegisterMediaInfoResponse | None:
    if response.status_code == 200:
        response_200 = RegisterMediaInfoResponse.from_dict(response.json())

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
) -> Response[ErrorBody | RegisterMediaInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    input_url: str,
    media_type: RegisterMediaInfoMediaType | None = None,
    business_type: str | None = None,
    title: str | None = None,
    description: str | None = None,
    media_tags: str | None = None,
    cover_url: str | None = None,
    cate_id: int | None = None,
    user_data: str | None = None,
    reference_id: str | None = None,
    overwrite: WireBoolean | None = None,
    client_token: str | None = None,
    register_config: str | None = None,
    smart_tag_template_id: str | None = None,
    workflow_id: str | None = None,
    x_acs_action: RegisterMediaInfoXAcsAction = "RegisterMediaInfo",
    x_acs_version: RegisterMediaInfoXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | RegisterMediaInfoResponse]:
    """Register a media asset

     Registers a media file (an OSS object or a URL) as a media asset and returns its ID. With the same
    `InputURL` registered twice, the existing ID is returned unless `Overwrite` is True.

    Args:
        input_url (str):
        media_type (RegisterMediaInfoMediaType | None):
        business_type (str | None):
        title (str | None):
        description (str | None):
        media_tags (str | None):
        cover_url (str | None):
        cate_id (int | None):
        user_data (str | None):
        reference_id (str | None):
        overwrite (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        client_token (str | None):
        register_config (str | None):
        smart_tag_template_id (str | None):
        workflow_id (str | None):
        x_acs_action (RegisterMediaInfoXAcsAction):  Default: 'RegisterMediaInfo'.
        x_acs_version (RegisterMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RegisterMediaInfoResponse]
    """

    kwargs = _get_kwargs(
        input_url=input_url,
        media_type=media_type,
        business_type=business_type,
        title=title,
        description=description,
        media_tags=media_tags,
        cover_url=cover_url,
        cate_id=cate_id,
        user_data=user_data,
        reference_id=reference_id,
        overwrite=overwrite,
        client_token=client_token,
        register_config=register_config,
        smart_tag_template_id=smart_tag_template_id,
        workflow_id=workflow_id,
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
    input_url: str,
    media_type: RegisterMediaInfoMediaType | None = None,
    business_type: str | None = None,
    title: str | None = None,
    description: str | None = None,
    media_tags: str | None = None,
    cover_url: str | None = None,
    cate_id: int | None = None,
    user_data: str | None = None,
    reference_id: str | None = None,
    overwrite: WireBoolean | None = None,
    client_token: str | None = None,
    register_config: str | None = None,
    smart_tag_template_id: str | None = None,
    workflow_id: str | None = None,
    x_acs_action: RegisterMediaInfoXAcsAction = "RegisterMediaInfo",
    x_acs_version: RegisterMediaInfoXAcsVersion = "2020-11-09",
) -> ErrorBody | RegisterMediaInfoResponse | None:
    """Register a media asset

     Registers a media file (an OSS object or a URL) as a media asset and returns its ID. With the same
    `InputURL` registered twice, the existing ID is returned unless `Overwrite` is True.

    Args:
        input_url (str):
        media_type (RegisterMediaInfoMediaType | None):
        business_type (str | None):
        title (str | None):
        description (str | None):
        media_tags (str | None):
        cover_url (str | None):
        cate_id (int | None):
        user_data (str | None):
        reference_id (str | None):
        overwrite (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        client_token (str | None):
        register_config (str | None):
        smart_tag_template_id (str | None):
        workflow_id (str | None):
        x_acs_action (RegisterMediaInfoXAcsAction):  Default: 'RegisterMediaInfo'.
        x_acs_version (RegisterMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RegisterMediaInfoResponse
    """

    return sync_detailed(
        client=client,
        input_url=input_url,
        media_type=media_type,
        business_type=business_type,
        title=title,
        description=description,
        media_tags=media_tags,
        cover_url=cover_url,
        cate_id=cate_id,
        user_data=user_data,
        reference_id=reference_id,
        overwrite=overwrite,
        client_token=client_token,
        register_config=register_config,
        smart_tag_template_id=smart_tag_template_id,
        workflow_id=workflow_id,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    input_url: str,
    media_type: RegisterMediaInfoMediaType | None = None,
    business_type: str | None = None,
    title: str | None = None,
    description: str | None = None,
    media_tags: str | None = None,
    cover_url: str | None = None,
    cate_id: int | None = None,
    user_data: str | None = None,
    reference_id: str | None = None,
    overwrite: WireBoolean | None = None,
    client_token: str | None = None,
    register_config: str | None = None,
    smart_tag_template_id: str | None = None,
    workflow_id: str | None = None,
    x_acs_action: RegisterMediaInfoXAcsAction = "RegisterMediaInfo",
    x_acs_version: RegisterMediaInfoXAcsVersion = "2020-11-09",
) -> Response[ErrorBody | RegisterMediaInfoResponse]:
    """Register a media asset

     Registers a media file (an OSS object or a URL) as a media asset and returns its ID. With the same
    `InputURL` registered twice, the existing ID is returned unless `Overwrite` is True.

    Args:
        input_url (str):
        media_type (RegisterMediaInfoMediaType | None):
        business_type (str | None):
        title (str | None):
        description (str | None):
        media_tags (str | None):
        cover_url (str | None):
        cate_id (int | None):
        user_data (str | None):
        reference_id (str | None):
        overwrite (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        client_token (str | None):
        register_config (str | None):
        smart_tag_template_id (str | None):
        workflow_id (str | None):
        x_acs_action (RegisterMediaInfoXAcsAction):  Default: 'RegisterMediaInfo'.
        x_acs_version (RegisterMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RegisterMediaInfoResponse]
    """

    kwargs = _get_kwargs(
        input_url=input_url,
        media_type=media_type,
        business_type=business_type,
        title=title,
        description=description,
        media_tags=media_tags,
        cover_url=cover_url,
        cate_id=cate_id,
        user_data=user_data,
        reference_id=reference_id,
        overwrite=overwrite,
        client_token=client_token,
        register_config=register_config,
        smart_tag_template_id=smart_tag_template_id,
        workflow_id=workflow_id,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    input_url: str,
    media_type: RegisterMediaInfoMediaType | None = None,
    business_type: str | None = None,
    title: str | None = None,
    description: str | None = None,
    media_tags: str | None = None,
    cover_url: str | None = None,
    cate_id: int | None = None,
    user_data: str | None = None,
    reference_id: str | None = None,
    overwrite: WireBoolean | None = None,
    client_token: str | None = None,
    register_config: str | None = None,
    smart_tag_template_id: str | None = None,
    workflow_id: str | None = None,
    x_acs_action: RegisterMediaInfoXAcsAction = "RegisterMediaInfo",
    x_acs_version: RegisterMediaInfoXAcsVersion = "2020-11-09",
) -> ErrorBody | RegisterMediaInfoResponse | None:
    """Register a media asset

     Registers a media file (an OSS object or a URL) as a media asset and returns its ID. With the same
    `InputURL` registered twice, the existing ID is returned unless `Overwrite` is True.

    Args:
        input_url (str):
        media_type (RegisterMediaInfoMediaType | None):
        business_type (str | None):
        title (str | None):
        description (str | None):
        media_tags (str | None):
        cover_url (str | None):
        cate_id (int | None):
        user_data (str | None):
        reference_id (str | None):
        overwrite (WireBoolean | None): A boolean as the official SDK writes it on the wire
            (`True`/`False`).
        client_token (str | None):
        register_config (str | None):
        smart_tag_template_id (str | None):
        workflow_id (str | None):
        x_acs_action (RegisterMediaInfoXAcsAction):  Default: 'RegisterMediaInfo'.
        x_acs_version (RegisterMediaInfoXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RegisterMediaInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            input_url=input_url,
            media_type=media_type,
            business_type=business_type,
            title=title,
            description=description,
            media_tags=media_tags,
            cover_url=cover_url,
            cate_id=cate_id,
            user_data=user_data,
            reference_id=reference_id,
            overwrite=overwrite,
            client_token=client_token,
            register_config=register_config,
            smart_tag_template_id=smart_tag_template_id,
            workflow_id=workflow_id,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
