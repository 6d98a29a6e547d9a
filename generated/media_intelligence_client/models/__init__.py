"""Contains all the data models used in inputs/outputs (each model's module is imported on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_person_tags_request import AddPersonTagsRequest
    from .add_person_tags_response import AddPersonTagsResponse
    from .add_person_thumbnails_request import AddPersonThumbnailsRequest
    from .add_person_thumbnails_response import AddPersonThumbnailsResponse
    from .analysis_request_result import AnalysisRequestResult
    from .analysis_status import AnalysisStatus
    from .analysis_status_result import AnalysisStatusResult
    from .asset import Asset
    from .asset_import_status import AssetImportStatus
    from .asset_page import AssetPage
    from .cancel_analysis_response import CancelAnalysisResponse
    from .cancel_index_response import CancelIndexResponse
    from .cancel_scene_summary_response import CancelSceneSummaryResponse
    from .confidence import Confidence
    from .create_person_request import CreatePersonRequest
    from .create_person_response import CreatePersonResponse
    from .create_person_tag_request import CreatePersonTagRequest
    from .create_person_tag_response import CreatePersonTagResponse
    from .create_person_thumbnail_upload_url_request import CreatePersonThumbnailUploadUrlRequest
    from .create_person_thumbnail_upload_url_response import CreatePersonThumbnailUploadUrlResponse
    from .create_project_request import CreateProjectRequest
    from .create_project_response import CreateProjectResponse
    from .create_search_image_upload_url_request import CreateSearchImageUploadUrlRequest
    from .create_search_image_upload_url_response import CreateSearchImageUploadUrlResponse
    from .create_workspace_request import CreateWorkspaceRequest
    from .create_workspace_response import CreateWorkspaceResponse
    from .delete_index_by_id_response import DeleteIndexByIdResponse
    from .delete_index_response import DeleteIndexResponse
    from .delete_person_response import DeletePersonResponse
    from .delete_workspace_response import DeleteWorkspaceResponse
    from .envelope import Envelope
    from .error_response import ErrorResponse
    from .gateway_error import GatewayError
    from .gateway_error_response import GatewayErrorResponse
    from .get_analysis_status_response import GetAnalysisStatusResponse
    from .get_asset_import_status_response import GetAssetImportStatusResponse
    from .get_asset_response import GetAssetResponse
    from .get_index_by_id_response import GetIndexByIdResponse
    from .get_index_response import GetIndexResponse
    from .get_index_status_response import GetIndexStatusResponse
    from .get_person_response import GetPersonResponse
    from .get_person_thumbnail_upload_status_request import GetPersonThumbnailUploadStatusRequest
    from .get_person_thumbnail_upload_status_response import GetPersonThumbnailUploadStatusResponse
    from .get_project_response import GetProjectResponse
    from .get_scene_summary_response import GetSceneSummaryResponse
    from .get_scene_summary_status_response import GetSceneSummaryStatusResponse
    from .get_search_image_upload_status_request import GetSearchImageUploadStatusRequest
    from .get_search_image_upload_status_response import GetSearchImageUploadStatusResponse
    from .get_search_result_response import GetSearchResultResponse
    from .get_workspace_response import GetWorkspaceResponse
    from .import_assets_request import ImportAssetsRequest
    from .import_assets_response import ImportAssetsResponse
    from .import_status import ImportStatus
    from .imported_asset import ImportedAsset
    from .index import Index
    from .index_analysis_setting import IndexAnalysisSetting
    from .index_confidence_level import IndexConfidenceLevel
    from .index_details import IndexDetails
    from .index_keyword import IndexKeyword
    from .index_list import IndexList
    from .index_list_item import IndexListItem
    from .index_person import IndexPerson
    from .index_request_result import IndexRequestResult
    from .index_scene import IndexScene
    from .index_scene_person import IndexScenePerson
    from .index_script_line import IndexScriptLine
    from .index_status import IndexStatus
    from .index_status_result import IndexStatusResult
    from .index_time_range import IndexTimeRange
    from .index_type import IndexType
    from .list_assets_response import ListAssetsResponse
    from .list_indexes_response import ListIndexesResponse
    from .list_person_tags_response import ListPersonTagsResponse
    from .list_persons_response import ListPersonsResponse
    from .list_projects_response import ListProjectsResponse
    from .list_similar_persons_response import ListSimilarPersonsResponse
    from .list_workspaces_response import ListWorkspacesResponse
    from .media_meta_data import MediaMetaData
    from .merge_persons_request import MergePersonsRequest
    from .merge_persons_response import MergePersonsResponse
    from .move_asset_response import MoveAssetResponse
    from .person import Person
    from .person_merge_result import PersonMergeResult
    from .person_name_type import PersonNameType
    from .person_page import PersonPage
    from .person_sort_column import PersonSortColumn
    from .person_sort_type import PersonSortType
    from .person_summary import PersonSummary
    from .person_tag import PersonTag
    from .person_tag_list import PersonTagList
    from .person_tag_page import PersonTagPage
    from .person_tag_ref import PersonTagRef
    from .person_tag_summary import PersonTagSummary
    from .person_thumbnail import PersonThumbnail
    from .person_thumbnail_input import PersonThumbnailInput
    from .person_thumbnail_list import PersonThumbnailList
    from .person_thumbnail_upload_result import PersonThumbnailUploadResult
    from .person_thumbnail_upload_status import PersonThumbnailUploadStatus
    from .person_thumbnail_upload_url import PersonThumbnailUploadUrl
    from .project import Project
    from .project_list import ProjectList
    from .query_asset_type import QueryAssetType
    from .query_asset_upload_message import QueryAssetUploadMessage
    from .query_asset_upload_status import QueryAssetUploadStatus
    from .recommend_persons_by_thumbnail_request import RecommendPersonsByThumbnailRequest
    from .recommend_persons_by_thumbnail_response import RecommendPersonsByThumbnailResponse
    from .recommended_persons import RecommendedPersons
    from .remove_person_tags_by_post_request import RemovePersonTagsByPostRequest
    from .remove_person_tags_by_post_response import RemovePersonTagsByPostResponse
    from .remove_person_tags_request import RemovePersonTagsRequest
    from .remove_person_tags_response import RemovePersonTagsResponse
    from .remove_person_thumbnails_by_post_request import RemovePersonThumbnailsByPostRequest
    from .remove_person_thumbnails_by_post_response import RemovePersonThumbnailsByPostResponse
    from .remove_person_thumbnails_request import RemovePersonThumbnailsRequest
    from .remove_person_thumbnails_response import RemovePersonThumbnailsResponse
    from .request_analysis_request import RequestAnalysisRequest
    from .request_analysis_response import RequestAnalysisResponse
    from .request_index_request import RequestIndexRequest
    from .request_index_response import RequestIndexResponse
    from .request_scene_summary_request import RequestSceneSummaryRequest
    from .request_scene_summary_response import RequestSceneSummaryResponse
    from .scene_range import SceneRange
    from .scene_summary import SceneSummary
    from .scene_summary_info import SceneSummaryInfo
    from .scene_summary_request_result import SceneSummaryRequestResult
    from .scene_summary_result import SceneSummaryResult
    from .scene_summary_status import SceneSummaryStatus
    from .scene_summary_status_result import SceneSummaryStatusResult
    from .search_asset_type import SearchAssetType
    from .search_assets_request import SearchAssetsRequest
    from .search_assets_response import SearchAssetsResponse
    from .search_assets_result import SearchAssetsResult
    from .search_dialog_query import SearchDialogQuery
    from .search_filter import SearchFilter
    from .search_image_upload_status import SearchImageUploadStatus
    from .search_image_upload_url import SearchImageUploadUrl
    from .search_person_query import SearchPersonQuery
    from .search_persons_request import SearchPersonsRequest
    from .search_persons_response import SearchPersonsResponse
    from .search_query import SearchQuery
    from .search_query_option import SearchQueryOption
    from .search_result import SearchResult
    from .search_result_item import SearchResultItem
    from .search_status import SearchStatus
    from .similar_person import SimilarPerson
    from .similar_persons import SimilarPersons
    from .source_language import SourceLanguage
    from .update_person_request import UpdatePersonRequest
    from .update_person_response import UpdatePersonResponse
    from .update_project_request import UpdateProjectRequest
    from .update_project_response import UpdateProjectResponse
    from .workspace import Workspace
    from .workspace_deletion import WorkspaceDeletion
    from .workspace_list_item import WorkspaceListItem
    from .workspace_page import WorkspacePage
    from .workspace_summary import WorkspaceSummary

# model name -> the module that defines it: importing all of them would build every attrs class up front
_MODULES = {
    "AddPersonTagsRequest": ".add_person_tags_request",
    "AddPersonTagsResponse": ".add_person_tags_response",
    "AddPersonThumbnailsRequest": ".add_person_thumbnails_request",
    "AddPersonThumbnailsResponse": ".add_person_thumbnails_response",
    "AnalysisRequestResult": ".analysis_request_result",
    "AnalysisStatus": ".analysis_status",
    "AnalysisStatusResult": ".analysis_status_result",
    "Asset": ".asset",
    "AssetImportStatus": ".asset_import_status",
    "AssetPage": ".asset_page",
    "CancelAnalysisResponse": ".cancel_analysis_response",
    "CancelIndexResponse": ".cancel_index_response",
    "CancelSceneSummaryResponse": ".cancel_scene_summary_response",
    "Confidence": ".confidence",
    "CreatePersonRequest": ".create_person_request",
    "CreatePersonResponse": ".create_person_response",
    "CreatePersonTagRequest": ".create_person_tag_request",
    "CreatePersonTagResponse": ".create_person_tag_response",
    "CreatePersonThumbnailUploadUrlRequest": ".create_person_thumbnail_upload_url_request",
    "CreatePersonThumbnailUploadUrlResponse": ".create_person_thumbnail_upload_url_response",
    "CreateProjectRequest": ".create_project_request",
    "CreateProjectResponse": ".create_project_response",
    "CreateSearchImageUploadUrlRequest": ".create_search_image_upload_url_request",
    "CreateSearchImageUploadUrlResponse": ".create_search_image_upload_url_response",
    "CreateWorkspaceRequest": ".create_workspace_request",
    "CreateWorkspaceResponse": ".create_workspace_response",
    "DeleteIndexByIdResponse": ".delete_index_by_id_response",
    "DeleteIndexResponse": ".delete_index_response",
    "DeletePersonResponse": ".delete_person_response",
    "DeleteWorkspaceResponse": ".delete_workspace_response",
    "Envelope": ".envelope",
    "ErrorResponse": ".error_response",
    "GatewayError": ".gateway_error",
    "GatewayErrorResponse": ".gateway_error_response",
    "GetAnalysisStatusResponse": ".get_analysis_status_response",
    "GetAssetImportStatusResponse": ".get_asset_import_status_response",
    "GetAssetResponse": ".get_asset_response",
    "GetIndexByIdResponse": ".get_index_by_id_response",
    "GetIndexResponse": ".get_index_response",
    "GetIndexStatusResponse": ".get_index_status_response",
    "GetPersonResponse": ".get_person_response",
    "GetPersonThumbnailUploadStatusRequest": ".get_person_thumbnail_upload_status_request",
    "GetPersonThumbnailUploadStatusResponse": ".get_person_thumbnail_upload_status_response",
    "GetProjectResponse": ".get_project_response",
    "GetSceneSummaryResponse": ".get_scene_summary_response",
    "GetSceneSummaryStatusResponse": ".get_scene_summary_status_response",
    "GetSearchImageUploadStatusRequest": ".get_search_image_upload_status_request",
    "GetSearchImageUploadStatusResponse": ".get_search_image_upload_status_response",
    "GetSearchResultResponse": ".get_search_result_response",
    "GetWorkspaceResponse": ".get_workspace_response",
    "ImportAssetsRequest": ".import_assets_request",
    "ImportAssetsResponse": ".import_assets_response",
    "ImportStatus": ".import_status",
    "ImportedAsset": ".imported_asset",
    "Index": ".index",
    "IndexAnalysisSetting": ".index_analysis_setting",
    "IndexConfidenceLevel": ".index_confidence_level",
    "IndexDetails": ".index_details",
    "IndexKeyword": ".index_keyword",
    "IndexList": ".index_list",
    "IndexListItem": ".index_list_item",
    "IndexPerson": ".index_person",
    "IndexRequestResult": ".index_request_result",
    "IndexScene": ".index_scene",
    "IndexScenePerson": ".index_scene_person",
    "IndexScriptLine": ".index_script_line",
    "IndexStatus": ".index_status",
    "IndexStatusResult": ".index_status_result",
    "IndexTimeRange": ".index_time_range",
    "IndexType": ".index_type",
    "ListAssetsResponse": ".list_assets_response",
    "ListIndexesResponse": ".list_indexes_response",
    "ListPersonTagsResponse": ".list_person_tags_response",
    "ListPersonsResponse": ".list_persons_response",
    "ListProjectsResponse": ".list_projects_response",
    "ListSimilarPersonsResponse": ".list_similar_persons_response",
    "ListWorkspacesResponse": ".list_workspaces_response",
    "MediaMetaData": ".media_meta_data",
    "MergePersonsRequest": ".merge_persons_request",
    "MergePersonsResponse": ".merge_persons_response",
    "MoveAssetResponse": ".move_asset_response",
    "Person": ".person",
    "PersonMergeResult": ".person_merge_result",
    "PersonNameType": ".person_name_type",
    "PersonPage": ".person_page",
    "PersonSortColumn": ".person_sort_column",
    "PersonSortType": ".person_sort_type",
    "PersonSummary": ".person_summary",
    "PersonTag": ".person_tag",
    "PersonTagList": ".person_tag_list",
    "PersonTagPage": ".person_tag_page",
    "PersonTagRef": ".person_tag_ref",
    "PersonTagSummary": ".person_tag_summary",
    "PersonThumbnail": ".person_thumbnail",
    "PersonThumbnailInput": ".person_thumbnail_input",
    "PersonThumbnailList": ".person_thumbnail_list",
    "PersonThumbnailUploadResult": ".person_thumbnail_upload_result",
    "PersonThumbnailUploadStatus": ".person_thumbnail_upload_status",
    "PersonThumbnailUploadUrl": ".person_thumbnail_upload_url",
    "Project": ".project",
    "ProjectList": ".project_list",
    "QueryAssetType": ".query_asset_type",
    "QueryAssetUploadMessage": ".query_asset_upload_message",
    "QueryAssetUploadStatus": ".query_asset_upload_status",
    "RecommendPersonsByThumbnailRequest": ".recommend_persons_by_thumbnail_request",
    "RecommendPersonsByThumbnailResponse": ".recommend_persons_by_thumbnail_response",
    "RecommendedPersons": ".recommended_persons",
    "RemovePersonTagsByPostRequest": ".remove_person_tags_by_post_request",
    "RemovePersonTagsByPostResponse": ".remove_person_tags_by_post_response",
    "RemovePersonTagsRequest": ".remove_person_tags_request",
    "RemovePersonTagsResponse": ".remove_person_tags_response",
    "RemovePersonThumbnailsByPostRequest": ".remove_person_thumbnails_by_post_request",
    "RemovePersonThumbnailsByPostResponse": ".remove_person_thumbnails_by_post_response",
    "RemovePersonThumbnailsRequest": ".remove_person_thumbnails_request",
    "RemovePersonThumbnailsResponse": ".remove_person_thumbnails_response",
    "RequestAnalysisRequest": ".request_analysis_request",
    "RequestAnalysisResponse": ".request_analysis_response",
    "RequestIndexRequest": ".request_index_request",
    "RequestIndexResponse": ".request_index_response",
    "RequestSceneSummaryRequest": ".request_scene_summary_request",
    "RequestSceneSummaryResponse": ".request_scene_summary_response",
    "SceneRange": ".scene_range",
    "SceneSummary": ".scene_summary",
    "SceneSummaryInfo": ".scene_summary_info",
    "SceneSummaryRequestResult": ".scene_summary_request_result",
    "SceneSummaryResult": ".scene_summary_result",
    "SceneSummaryStatus": ".scene_summary_status",
    "SceneSummaryStatusResult": ".scene_summary_status_result",
    "SearchAssetType": ".search_asset_type",
    "SearchAssetsRequest": ".search_assets_request",
    "SearchAssetsResponse": ".search_assets_response",
    "SearchAssetsResult": ".search_assets_result",
    "SearchDialogQuery": ".search_dialog_query",
    "SearchFilter": ".search_filter",
    "SearchImageUploadStatus": ".search_image_upload_status",
    "SearchImageUploadUrl": ".search_image_upload_url",
    "SearchPersonQuery": ".search_person_query",
    "SearchPersonsRequest": ".search_persons_request",
    "SearchPersonsResponse": ".search_persons_response",
    "SearchQuery": ".search_query",
    "SearchQueryOption": ".search_query_option",
    "SearchResult": ".search_result",
    "SearchResultItem": ".search_result_item",
    "SearchStatus": ".search_status",
    "SimilarPerson": ".similar_person",
    "SimilarPersons": ".similar_persons",
    "SourceLanguage": ".source_language",
    "UpdatePersonRequest": ".update_person_request",
    "UpdatePersonResponse": ".update_person_response",
    "UpdateProjectRequest": ".update_project_request",
    "UpdateProjectResponse": ".update_project_response",
    "Workspace": ".workspace",
    "WorkspaceDeletion": ".workspace_deletion",
    "WorkspaceListItem": ".workspace_list_item",
    "WorkspacePage": ".workspace_page",
    "WorkspaceSummary": ".workspace_summary",
}

__all__ = (
    "AddPersonTagsRequest",
    "AddPersonTagsResponse",
    "AddPersonThumbnailsRequest",
    "AddPersonThumbnailsResponse",
    "AnalysisRequestResult",
    "AnalysisStatus",
    "AnalysisStatusResult",
    "Asset",
    "AssetImportStatus",
    "AssetPage",
    "CancelAnalysisResponse",
    "CancelIndexResponse",
    "CancelSceneSummaryResponse",
    "Confidence",
    "CreatePersonRequest",
    "CreatePersonResponse",
    "CreatePersonTagRequest",
    "CreatePersonTagResponse",
    "CreatePersonThumbnailUploadUrlRequest",
    "CreatePersonThumbnailUploadUrlResponse",
    "CreateProjectRequest",
    "CreateProjectResponse",
    "CreateSearchImageUploadUrlRequest",
    "CreateSearchImageUploadUrlResponse",
    "CreateWorkspaceRequest",
    "CreateWorkspaceResponse",
    "DeleteIndexByIdResponse",
    "DeleteIndexResponse",
    "DeletePersonResponse",
    "DeleteWorkspaceResponse",
    "Envelope",
    "ErrorResponse",
    "GatewayError",
    "GatewayErrorResponse",
    "GetAnalysisStatusResponse",
    "GetAssetImportStatusResponse",
    "GetAssetResponse",
    "GetIndexByIdResponse",
    "GetIndexResponse",
    "GetIndexStatusResponse",
    "GetPersonResponse",
    "GetPersonThumbnailUploadStatusRequest",
    "GetPersonThumbnailUploadStatusResponse",
    "GetProjectResponse",
    "GetSceneSummaryResponse",
    "GetSceneSummaryStatusResponse",
    "GetSearchImageUploadStatusRequest",
    "GetSearchImageUploadStatusResponse",
    "GetSearchResultResponse",
    "GetWorkspaceResponse",
    "ImportAssetsRequest",
    "ImportAssetsResponse",
    "ImportStatus",
    "ImportedAsset",
    "Index",
    "IndexAnalysisSetting",
    "IndexConfidenceLevel",
    "IndexDetails",
    "IndexKeyword",
    "IndexList",
    "IndexListItem",
    "IndexPerson",
    "IndexRequestResult",
    "IndexScene",
    "IndexScenePerson",
    "IndexScriptLine",
    "IndexStatus",
    "IndexStatusResult",
    "IndexTimeRange",
    "IndexType",
    "ListAssetsResponse",
    "ListIndexesResponse",
    "ListPersonTagsResponse",
    "ListPersonsResponse",
    "ListProjectsResponse",
    "ListSimilarPersonsResponse",
    "ListWorkspacesResponse",
    "MediaMetaData",
    "MergePersonsRequest",
    "MergePersonsResponse",
    "MoveAssetResponse",
    "Person",
    "PersonMergeResult",
    "PersonNameType",
    "PersonPage",
    "PersonSortColumn",
    "PersonSortType",
    "PersonSummary",
    "PersonTag",
    "PersonTagList",
    "PersonTagPage",
    "PersonTagRef",
    "PersonTagSummary",
    "PersonThumbnail",
    "PersonThumbnailInput",
    "PersonThumbnailList",
    "PersonThumbnailUploadResult",
    "PersonThumbnailUploadStatus",
    "PersonThumbnailUploadUrl",
    "Project",
    "ProjectList",
    "QueryAssetType",
    "QueryAssetUploadMessage",
    "QueryAssetUploadStatus",
    "RecommendPersonsByThumbnailRequest",
    "RecommendPersonsByThumbnailResponse",
    "RecommendedPersons",
    "RemovePersonTagsByPostRequest",
    "RemovePersonTagsByPostResponse",
    "RemovePersonTagsRequest",
    "RemovePersonTagsResponse",
    "RemovePersonThumbnailsByPostRequest",
    "RemovePersonThumbnailsByPostResponse",
    "RemovePersonThumbnailsRequest",
    "RemovePersonThumbnailsResponse",
    "RequestAnalysisRequest",
    "RequestAnalysisResponse",
    "RequestIndexRequest",
    "RequestIndexResponse",
    "RequestSceneSummaryRequest",
    "RequestSceneSummaryResponse",
    "SceneRange",
    "SceneSummary",
    "SceneSummaryInfo",
    "SceneSummaryRequestResult",
    "SceneSummaryResult",
    "SceneSummaryStatus",
    "SceneSummaryStatusResult",
    "SearchAssetType",
    "SearchAssetsRequest",
    "SearchAssetsResponse",
    "SearchAssetsResult",
    "SearchDialogQuery",
    "SearchFilter",
    "SearchImageUploadStatus",
    "SearchImageUploadUrl",
    "SearchPersonQuery",
    "SearchPersonsRequest",
    "SearchPersonsResponse",
    "SearchQuery",
    "SearchQueryOption",
    "SearchResult",
    "SearchResultItem",
    "SearchStatus",
    "SimilarPerson",
    "SimilarPersons",
    "SourceLanguage",
    "UpdatePersonRequest",
    "UpdatePersonResponse",
    "UpdateProjectRequest",
    "UpdateProjectResponse",
    "Workspace",
    "WorkspaceDeletion",
    "WorkspaceListItem",
    "WorkspacePage",
    "WorkspaceSummary",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
