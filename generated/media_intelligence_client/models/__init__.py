"""Contains all the data models used in inputs/outputs"""

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
