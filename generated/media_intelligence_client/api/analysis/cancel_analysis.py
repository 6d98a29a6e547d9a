from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_analysis_response import CancelAnalysisResponse
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    project_id: str,
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/workspaces/{workspace_name}/projects/{project_id}/assets/{asset_id}/analyze".format(
            workspace_name=quote(str(workspace_name), safe=""),
            project_id=quote(str(project_id), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = CancelAnalysisResponse.from_dict(response.json())

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
) -> Response[CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse]:
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
) -> Response[CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse]:
    """Cancel the analysis of a media asset (deprecated)

     Cancels the asset's analysis while it is `WAIT_ANALYZE` or `ANALYZING`; its status becomes
    `ANALYZE_CANCEL`. An asset that is not being analysed cannot be cancelled (10038).

    **Deprecated**: removal announced for January 2027. Use `cancelIndex`
    (`POST .../assets/{asset_id}/index/cancel`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
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
) -> CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | None:
    """Cancel the analysis of a media asset (deprecated)

     Cancels the asset's analysis while it is `WAIT_ANALYZE` or `ANALYZING`; its status becomes
    `ANALYZE_CANCEL`. An asset that is not being analysed cannot be cancelled (10038).

    **Deprecated**: removal announced for January 2027. Use `cancelIndex`
    (`POST .../assets/{asset_id}/index/cancel`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse]:
    """Cancel the analysis of a media asset (deprecated)

     Cancels the asset's analysis while it is `WAIT_ANALYZE` or `ANALYZING`; its status becomes
    `ANALYZE_CANCEL`. An asset that is not being analysed cannot be cancelled (10038).

    **Deprecated**: removal announced for January 2027. Use `cancelIndex`
    (`POST .../assets/{asset_id}/index/cancel`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | None:
    """Cancel the analysis of a media asset (deprecated)

     Cancels the asset's analysis while it is `WAIT_ANALYZE` or `ANALYZING`; its status becomes
    `ANALYZE_CANCEL`. An asset that is not being analysed cannot be cancelled (10038).

    **Deprecated**: removal announced for January 2027. Use `cancelIndex`
    (`POST .../assets/{asset_id}/index/cancel`).

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAnalysisResponse | ErrorResponse | GatewayErrorResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            project_id=project_id,
            asset_id=asset_id,
            client=client,
        )
    ).parsed
