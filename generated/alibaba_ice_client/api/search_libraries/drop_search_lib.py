from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acknowledgement import Acknowledgement
from ...models.drop_search_lib_x_acs_action import DropSearchLibXAcsAction
from ...models.drop_search_lib_x_acs_version import DropSearchLibXAcsVersion
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    search_lib_name: str,
    x_acs_action: DropSearchLibXAcsAction = "DropSearchLib",
    x_acs_version: DropSearchLibXAcsVersion = "2020-11-09",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-acs-action"] = str(x_acs_action)

    headers["x-acs-version"] = str(x_acs_version)

    params: dict[str, Any] = {}

    params["SearchLibName"] = search_lib_name

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/#DropSearchLib",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Acknowledgement | ErrorBody | None:
    if response.status_code == 200:
        response_200 = Acknowledgement.from_dict(response.json())

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
) -> Response[Acknowledgement | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_lib_name: str,
    x_acs_action: DropSearchLibXAcsAction = "DropSearchLib",
    x_acs_version: DropSearchLibXAcsVersion = "2020-11-09",
) -> Response[Acknowledgement | ErrorBody]:
    """Delete a search library

     Deletes a library with its indexes and the media inserted into it (there is no DeleteSearchLib).

    Args:
        search_lib_name (str): A search library name.
        x_acs_action (DropSearchLibXAcsAction):  Default: 'DropSearchLib'.
        x_acs_version (DropSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | ErrorBody]
    """

    kwargs = _get_kwargs(
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
    search_lib_name: str,
    x_acs_action: DropSearchLibXAcsAction = "DropSearchLib",
    x_acs_version: DropSearchLibXAcsVersion = "2020-11-09",
) -> Acknowledgement | ErrorBody | None:
    """Delete a search library

     Deletes a library with its indexes and the media inserted into it (there is no DeleteSearchLib).

    Args:
        search_lib_name (str): A search library name.
        x_acs_action (DropSearchLibXAcsAction):  Default: 'DropSearchLib'.
        x_acs_version (DropSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement | ErrorBody
    """

    return sync_detailed(
        client=client,
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_lib_name: str,
    x_acs_action: DropSearchLibXAcsAction = "DropSearchLib",
    x_acs_version: DropSearchLibXAcsVersion = "2020-11-09",
) -> Response[Acknowledgement | ErrorBody]:
    """Delete a search library

     Deletes a library with its indexes and the media inserted into it (there is no DeleteSearchLib).

    Args:
        search_lib_name (str): A search library name.
        x_acs_action (DropSearchLibXAcsAction):  Default: 'DropSearchLib'.
        x_acs_version (DropSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | ErrorBody]
    """

    kwargs = _get_kwargs(
        search_lib_name=search_lib_name,
        x_acs_action=x_acs_action,
        x_acs_version=x_acs_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_lib_name: str,
    x_acs_action: DropSearchLibXAcsAction = "DropSearchLib",
    x_acs_version: DropSearchLibXAcsVersion = "2020-11-09",
) -> Acknowledgement | ErrorBody | None:
    """Delete a search library

     Deletes a library with its indexes and the media inserted into it (there is no DeleteSearchLib).

    Args:
        search_lib_name (str): A search library name.
        x_acs_action (DropSearchLibXAcsAction):  Default: 'DropSearchLib'.
        x_acs_version (DropSearchLibXAcsVersion):  Default: '2020-11-09'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            search_lib_name=search_lib_name,
            x_acs_action=x_acs_action,
            x_acs_version=x_acs_version,
        )
    ).parsed
