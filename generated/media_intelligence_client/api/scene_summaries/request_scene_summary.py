from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.request_scene_summary_request import RequestSceneSummaryRequest
from ...models.request_scene_summary_response import RequestSceneSummaryResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    body: RequestSceneSummaryRequest | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/projects/{project_id}/assets/{asset_id}/scene-summary".format(
            workspace_name=quote(str(workspace_name), safe=""),
            project_id=quote(str(project_id), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse | None:
    if response.status_code == 200:
        response_200 = RequestSceneSummaryResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse]:
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
    body: RequestSceneSummaryRequest | None = None,
) -> Response[ErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse]:
    """Request scene summaries of a media asset

     Starts a VLM pass over the asset's latest index that writes one natural-language summary per scene.
    The index must be complete. The run is queued in a workspace-wide queue and runs asynchronously:
    poll `getSceneSummaryStatus` until a terminal state of `SceneSummaryStatus`, then read
    `getSceneSummary`. While it runs, metadata edits (person labelling, script edits) are locked.

    The first run must cover every scene (omit `sceneIds`). Later runs may re-summarise only the scenes
    listed in `sceneIds`; other scenes keep their summaries. The summary language (`locale`) can be set
    only on a full run and is then kept by partial runs. A request while a summary is waiting or running
    fails (the HTTP status and error code of that failure are not documented).

    The newest Korean page (2026-10-20) documents `locale`; older renders show only `sceneIds`. The body
    table and the response could not be read to their end: `locale` values and the response are
    inferred.

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        body (RequestSceneSummaryRequest | None): Options of a scene summary run. Omit `sceneIds`
            for a full run (required for the first run); list
            scene ids to re-summarise only those scenes. `locale` (summary language) can be set only
            on a full
            run, hence never together with `sceneIds`. The table was cut: the values and default of
            `locale` are
            not known (inferred as a language code string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        body=body,
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
    body: RequestSceneSummaryRequest | None = None,
) -> ErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse | None:
    """Request scene summaries of a media asset

     Starts a VLM pass over the asset's latest index that writes one natural-language summary per scene.
    The index must be complete. The run is queued in a workspace-wide queue and runs asynchronously:
    poll `getSceneSummaryStatus` until a terminal state of `SceneSummaryStatus`, then read
    `getSceneSummary`. While it runs, metadata edits (person labelling, script edits) are locked.

    The first run must cover every scene (omit `sceneIds`). Later runs may re-summarise only the scenes
    listed in `sceneIds`; other scenes keep their summaries. The summary language (`locale`) can be set
    only on a full run and is then kept by partial runs. A request while a summary is waiting or running
    fails (the HTTP status and error code of that failure are not documented).

    The newest Korean page (2026-10-20) documents `locale`; older renders show only `sceneIds`. The body
    table and the response could not be read to their end: `locale` values and the response are
    inferred.

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        body (RequestSceneSummaryRequest | None): Options of a scene summary run. Omit `sceneIds`
            for a full run (required for the first run); list
            scene ids to re-summarise only those scenes. `locale` (summary language) can be set only
            on a full
            run, hence never together with `sceneIds`. The table was cut: the values and default of
            `locale` are
            not known (inferred as a language code string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestSceneSummaryRequest | None = None,
) -> Response[ErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse]:
    """Request scene summaries of a media asset

     Starts a VLM pass over the asset's latest index that writes one natural-language summary per scene.
    The index must be complete. The run is queued in a workspace-wide queue and runs asynchronously:
    poll `getSceneSummaryStatus` until a terminal state of `SceneSummaryStatus`, then read
    `getSceneSummary`. While it runs, metadata edits (person labelling, script edits) are locked.

    The first run must cover every scene (omit `sceneIds`). Later runs may re-summarise only the scenes
    listed in `sceneIds`; other scenes keep their summaries. The summary language (`locale`) can be set
    only on a full run and is then kept by partial runs. A request while a summary is waiting or running
    fails (the HTTP status and error code of that failure are not documented).

    The newest Korean page (2026-10-20) documents `locale`; older renders show only `sceneIds`. The body
    table and the response could not be read to their end: `locale` values and the response are
    inferred.

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        body (RequestSceneSummaryRequest | None): Options of a scene summary run. Omit `sceneIds`
            for a full run (required for the first run); list
            scene ids to re-summarise only those scenes. `locale` (summary language) can be set only
            on a full
            run, hence never together with `sceneIds`. The table was cut: the values and default of
            `locale` are
            not known (inferred as a language code string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        asset_id=asset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestSceneSummaryRequest | None = None,
) -> ErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse | None:
    """Request scene summaries of a media asset

     Starts a VLM pass over the asset's latest index that writes one natural-language summary per scene.
    The index must be complete. The run is queued in a workspace-wide queue and runs asynchronously:
    poll `getSceneSummaryStatus` until a terminal state of `SceneSummaryStatus`, then read
    `getSceneSummary`. While it runs, metadata edits (person labelling, script edits) are locked.

    The first run must cover every scene (omit `sceneIds`). Later runs may re-summarise only the scenes
    listed in `sceneIds`; other scenes keep their summaries. The summary language (`locale`) can be set
    only on a full run and is then kept by partial runs. A request while a summary is waiting or running
    fails (the HTTP status and error code of that failure are not documented).

    The newest Korean page (2026-10-20) documents `locale`; older renders show only `sceneIds`. The body
    table and the response could not be read to their end: `locale` values and the response are
    inferred.

    Args:
        workspace_name (str):
        project_id (str):
        asset_id (str):
        body (RequestSceneSummaryRequest | None): Options of a scene summary run. Omit `sceneIds`
            for a full run (required for the first run); list
            scene ids to re-summarise only those scenes. `locale` (summary language) can be set only
            on a full
            run, hence never together with `sceneIds`. The table was cut: the values and default of
            `locale` are
            not known (inferred as a language code string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | RequestSceneSummaryResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            project_id=project_id,
            asset_id=asset_id,
            client=client,
            body=body,
        )
    ).parsed
