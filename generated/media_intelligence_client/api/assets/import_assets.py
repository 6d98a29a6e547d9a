from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.import_assets_request import ImportAssetsRequest
from ...models.import_assets_response import ImportAssetsResponse
from ...types import Response


def _get_kwargs(
    workspace_name: str,
    project_id: str,
    *,
    body: ImportAssetsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workspaces/{workspace_name}/projects/{project_id}/assets/import/object-storage".format(
            workspace_name=quote(str(workspace_name), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | ImportAssetsResponse | None:
    if response.status_code == 200:
        response_200 = ImportAssetsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GatewayErrorResponse | ImportAssetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportAssetsRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | ImportAssetsResponse]:
    """Register (import) a media asset from Object Storage

     Registers a video or image already uploaded to an Object Storage bucket as a media asset of the
    project. The import continues in the background: poll getAssetImportStatus until `uploadStatus` is
    terminal (`COMPLETED`; failures `FAILED`, `FILE_NOT_EXIST`, `INVALID_METADATA`) before requesting an
    analysis.

    Media limits (from the page, also in `x-media-limits`): video 360p-1080p (720p recommended), at most
    6 hours and 10 GB, MP4/MKV/MOV/WebM; image 360p-1080p, at most 10 MB, JPG/PNG/HEIC (HEIC is
    converted
    to JPG, which slows analysis). A folder key is refused (10016). The bucket must be the one
    integrated
    with the workspace (10041); MI sets an ACL on the object (10046 on failure); a missing object gives
    10048.

    Disagreements: the body documents one `key`/`bucketName` pair, yet error 10023 says at most 10
    assets
    per request (the console adds up to 10 files at once). No array form is documented, so the body is a
    single object and 10023 is listed for completeness. The ko/en curl examples post to
    `/video-assets/import/object-storage` (the deprecated video API) while the URI table says
    `/assets/import/object-storage`; the table is followed. The response's `createUserName` is spelled
    without "d", unlike `createdUserName` elsewhere.

    Args:
        workspace_name (str):
        project_id (str):
        body (ImportAssetsRequest): Body of importAssets: one object of the workspace's linked
            bucket. The provider documents a single
            `key`/`bucketName` pair (no array), although error 10023 mentions a limit of 10 assets per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ImportAssetsResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportAssetsRequest,
) -> ErrorResponse | GatewayErrorResponse | ImportAssetsResponse | None:
    """Register (import) a media asset from Object Storage

     Registers a video or image already uploaded to an Object Storage bucket as a media asset of the
    project. The import continues in the background: poll getAssetImportStatus until `uploadStatus` is
    terminal (`COMPLETED`; failures `FAILED`, `FILE_NOT_EXIST`, `INVALID_METADATA`) before requesting an
    analysis.

    Media limits (from the page, also in `x-media-limits`): video 360p-1080p (720p recommended), at most
    6 hours and 10 GB, MP4/MKV/MOV/WebM; image 360p-1080p, at most 10 MB, JPG/PNG/HEIC (HEIC is
    converted
    to JPG, which slows analysis). A folder key is refused (10016). The bucket must be the one
    integrated
    with the workspace (10041); MI sets an ACL on the object (10046 on failure); a missing object gives
    10048.

    Disagreements: the body documents one `key`/`bucketName` pair, yet error 10023 says at most 10
    assets
    per request (the console adds up to 10 files at once). No array form is documented, so the body is a
    single object and 10023 is listed for completeness. The ko/en curl examples post to
    `/video-assets/import/object-storage` (the deprecated video API) while the URI table says
    `/assets/import/object-storage`; the table is followed. The response's `createUserName` is spelled
    without "d", unlike `createdUserName` elsewhere.

    Args:
        workspace_name (str):
        project_id (str):
        body (ImportAssetsRequest): Body of importAssets: one object of the workspace's linked
            bucket. The provider documents a single
            `key`/`bucketName` pair (no array), although error 10023 mentions a limit of 10 assets per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ImportAssetsResponse
    """

    return sync_detailed(
        workspace_name=workspace_name,
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportAssetsRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | ImportAssetsResponse]:
    """Register (import) a media asset from Object Storage

     Registers a video or image already uploaded to an Object Storage bucket as a media asset of the
    project. The import continues in the background: poll getAssetImportStatus until `uploadStatus` is
    terminal (`COMPLETED`; failures `FAILED`, `FILE_NOT_EXIST`, `INVALID_METADATA`) before requesting an
    analysis.

    Media limits (from the page, also in `x-media-limits`): video 360p-1080p (720p recommended), at most
    6 hours and 10 GB, MP4/MKV/MOV/WebM; image 360p-1080p, at most 10 MB, JPG/PNG/HEIC (HEIC is
    converted
    to JPG, which slows analysis). A folder key is refused (10016). The bucket must be the one
    integrated
    with the workspace (10041); MI sets an ACL on the object (10046 on failure); a missing object gives
    10048.

    Disagreements: the body documents one `key`/`bucketName` pair, yet error 10023 says at most 10
    assets
    per request (the console adds up to 10 files at once). No array form is documented, so the body is a
    single object and 10023 is listed for completeness. The ko/en curl examples post to
    `/video-assets/import/object-storage` (the deprecated video API) while the URI table says
    `/assets/import/object-storage`; the table is followed. The response's `createUserName` is spelled
    without "d", unlike `createdUserName` elsewhere.

    Args:
        workspace_name (str):
        project_id (str):
        body (ImportAssetsRequest): Body of importAssets: one object of the workspace's linked
            bucket. The provider documents a single
            `key`/`bucketName` pair (no array), although error 10023 mentions a limit of 10 assets per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ImportAssetsResponse]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportAssetsRequest,
) -> ErrorResponse | GatewayErrorResponse | ImportAssetsResponse | None:
    """Register (import) a media asset from Object Storage

     Registers a video or image already uploaded to an Object Storage bucket as a media asset of the
    project. The import continues in the background: poll getAssetImportStatus until `uploadStatus` is
    terminal (`COMPLETED`; failures `FAILED`, `FILE_NOT_EXIST`, `INVALID_METADATA`) before requesting an
    analysis.

    Media limits (from the page, also in `x-media-limits`): video 360p-1080p (720p recommended), at most
    6 hours and 10 GB, MP4/MKV/MOV/WebM; image 360p-1080p, at most 10 MB, JPG/PNG/HEIC (HEIC is
    converted
    to JPG, which slows analysis). A folder key is refused (10016). The bucket must be the one
    integrated
    with the workspace (10041); MI sets an ACL on the object (10046 on failure); a missing object gives
    10048.

    Disagreements: the body documents one `key`/`bucketName` pair, yet error 10023 says at most 10
    assets
    per request (the console adds up to 10 files at once). No array form is documented, so the body is a
    single object and 10023 is listed for completeness. The ko/en curl examples post to
    `/video-assets/import/object-storage` (the deprecated video API) while the URI table says
    `/assets/import/object-storage`; the table is followed. The response's `createUserName` is spelled
    without "d", unlike `createdUserName` elsewhere.

    Args:
        workspace_name (str):
        project_id (str):
        body (ImportAssetsRequest): Body of importAssets: one object of the workspace's linked
            bucket. The provider documents a single
            `key`/`bucketName` pair (no array), although error 10023 mentions a limit of 10 assets per
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | GatewayErrorResponse | ImportAssetsResponse
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
