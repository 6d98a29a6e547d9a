from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.get_index_response import GetIndexResponse
from ...models.index_confidence_level import IndexConfidenceLevel
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    confidence_level: IndexConfidenceLevel | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_confidence_level: str | None = None
    if confidence_level is not None:
        json_confidence_level = confidence_level.value

    params["confidence_level"] = json_confidence_level

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workspaces/{workspace_name}/projects/{project_id}/assets/{asset_id}/index".format(
            workspace_name=quote(str(workspace_name), safe=""),
            project_id=quote(str(project_id), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | GetIndexResponse | None:
    if response.status_code == 200:
        response_200 = GetIndexResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | GetIndexResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    confidence_level: IndexConfidenceLevel | None = None,
) -> Response[ErrorResponse | GatewayErrorResponse | GetIndexResponse]:
    """Get the latest index of a media asset

     Returns the asset's latest index (analysis result). Available only once an analysis has completed
    (check `getIndexStatus`); otherwise the call fails (the page does not name the code; 50003
    "analysis result does not exist" is the matching entry of the error table). Replaces the deprecated
    `listIndexes` and `getIndexById`.

    The provider's response table could not be read; the result is assumed to mirror `getIndexById`
    and every field of it is optional here (see `Index`, `x-inferred`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        confidence_level (IndexConfidenceLevel | None): Confidence threshold for the keywords of
            an index. `LOW`: more keywords, less precise; `MEDIUM`
            (default); `HIGH`: fewer, more precise keywords.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetIndexResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        confidence_level=confidence_level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    confidence_level: IndexConfidenceLevel | None = None,
) -> ErrorResponse | GatewayErrorResponse | GetIndexResponse | None:
    """Get the latest index of a media asset

     Returns the asset's latest index (analysis result). Available only once an analysis has completed
    (check `getIndexStatus`); otherwise the call fails (the page does not name the code; 50003
    "analysis result does not exist" is the matching entry of the error table). Replaces the deprecated
    `listIndexes` and `getIndexById`.

    The provider's response table could not be read; the result is assumed to mirror `getIndexById`
    and every field of it is optional here (see `Index`, `x-inferred`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        confidence_level (IndexConfidenceLevel | None): Confidence threshold for the keywords of
            an index. `LOW`: more keywords, less precise; `MEDIUM`
            (default); `HIGH`: fewer, more precise keywords.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetIndexResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        client=client,
        confidence_level=confidence_level,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    confidence_level: IndexConfidenceLevel | None = None,
) -> Response[ErrorResponse | GatewayErrorResponse | GetIndexResponse]:
    """Get the latest index of a media asset

     Returns the asset's latest index (analysis result). Available only once an analysis has completed
    (check `getIndexStatus`); otherwise the call fails (the page does not name the code; 50003
    "analysis result does not exist" is the matching entry of the error table). Replaces the deprecated
    `listIndexes` and `getIndexById`.

    The provider's response table could not be read; the result is assumed to mirror `getIndexById`
    and every field of it is optional here (see `Index`, `x-inferred`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        confidence_level (IndexConfidenceLevel | None): Confidence threshold for the keywords of
            an index. `LOW`: more keywords, less precise; `MEDIUM`
            (default); `HIGH`: fewer, more precise keywords.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetIndexResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        confidence_level=confidence_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    confidence_level: IndexConfidenceLevel | None = None,
) -> ErrorResponse | GatewayErrorResponse | GetIndexResponse | None:
    """Get the latest index of a media asset

     Returns the asset's latest index (analysis result). Available only once an analysis has completed
    (check `getIndexStatus`); otherwise the call fails (the page does not name the code; 50003
    "analysis result does not exist" is the matching entry of the error table). Replaces the deprecated
    `listIndexes` and `getIndexById`.

    The provider's response table could not be read; the result is assumed to mirror `getIndexById`
    and every field of it is optional here (see `Index`, `x-inferred`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        confidence_level (IndexConfidenceLevel | None): Confidence threshold for the keywords of
            an index. `LOW`: more keywords, less precise; `MEDIUM`
            (default); `HIGH`: fewer, more precise keywords.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | GetIndexResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            project_id=project_id,
            asset_id=asset_id,
            client=client,
            confidence_level=confidence_level,
        )
    ).parsed
