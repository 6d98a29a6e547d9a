"""Contains all the data models used in inputs/outputs (each model's module is imported on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .ai_data import AiData
    from .ai_label import AiLabel
    from .ai_label_media import AILabelMedia
    from .ai_rough_data import AiRoughData
    from .alter_search_index_x_acs_action import AlterSearchIndexXAcsAction
    from .alter_search_index_x_acs_version import AlterSearchIndexXAcsVersion
    from .alter_search_lib_x_acs_action import AlterSearchLibXAcsAction
    from .alter_search_lib_x_acs_version import AlterSearchLibXAcsVersion
    from .box_position import BoxPosition
    from .clip_score import ClipScore
    from .clip_search_response import ClipSearchResponse
    from .clip_search_response_media_list_item import ClipSearchResponseMediaListItem
    from .create_search_index_x_acs_action import CreateSearchIndexXAcsAction
    from .create_search_index_x_acs_version import CreateSearchIndexXAcsVersion
    from .create_search_lib_x_acs_action import CreateSearchLibXAcsAction
    from .create_search_lib_x_acs_version import CreateSearchLibXAcsVersion
    from .custom_filter_object import CustomFilterObject
    from .delete_media_from_search_lib_x_acs_action import DeleteMediaFromSearchLibXAcsAction
    from .delete_media_from_search_lib_x_acs_version import DeleteMediaFromSearchLibXAcsVersion
    from .drop_search_index_x_acs_action import DropSearchIndexXAcsAction
    from .drop_search_index_x_acs_version import DropSearchIndexXAcsVersion
    from .drop_search_lib_x_acs_action import DropSearchLibXAcsAction
    from .drop_search_lib_x_acs_version import DropSearchLibXAcsVersion
    from .error_body import ErrorBody
    from .error_body_access_denied_detail import ErrorBodyAccessDeniedDetail
    from .face_occurrence import FaceOccurrence
    from .face_occurrence_track_data_item import FaceOccurrenceTrackDataItem
    from .file_basic_info import FileBasicInfo
    from .get_media_info_output_type import GetMediaInfoOutputType
    from .get_media_info_response import GetMediaInfoResponse
    from .get_media_info_response_media_info import GetMediaInfoResponseMediaInfo
    from .get_media_info_x_acs_action import GetMediaInfoXAcsAction
    from .get_media_info_x_acs_version import GetMediaInfoXAcsVersion
    from .index_info import IndexInfo
    from .index_job_info import IndexJobInfo
    from .index_job_status import IndexJobStatus
    from .index_status import IndexStatus
    from .index_status_entry import IndexStatusEntry
    from .index_type import IndexType
    from .insert_media_to_search_lib_media_type import InsertMediaToSearchLibMediaType
    from .insert_media_to_search_lib_x_acs_action import InsertMediaToSearchLibXAcsAction
    from .insert_media_to_search_lib_x_acs_version import InsertMediaToSearchLibXAcsVersion
    from .int_range import IntRange
    from .label_occurrence import LabelOccurrence
    from .list_search_lib_response import ListSearchLibResponse
    from .list_search_lib_x_acs_action import ListSearchLibXAcsAction
    from .list_search_lib_x_acs_version import ListSearchLibXAcsVersion
    from .media_acknowledgement import MediaAcknowledgement
    from .media_basic_info import MediaBasicInfo
    from .media_file_info import MediaFileInfo
    from .query_media_index_job_response import QueryMediaIndexJobResponse
    from .query_media_index_job_x_acs_action import QueryMediaIndexJobXAcsAction
    from .query_media_index_job_x_acs_version import QueryMediaIndexJobXAcsVersion
    from .query_search_index_response import QuerySearchIndexResponse
    from .query_search_index_x_acs_action import QuerySearchIndexXAcsAction
    from .query_search_index_x_acs_version import QuerySearchIndexXAcsVersion
    from .query_search_lib_response import QuerySearchLibResponse
    from .query_search_lib_x_acs_action import QuerySearchLibXAcsAction
    from .query_search_lib_x_acs_version import QuerySearchLibXAcsVersion
    from .register_media_info_media_type import RegisterMediaInfoMediaType
    from .register_media_info_response import RegisterMediaInfoResponse
    from .register_media_info_x_acs_action import RegisterMediaInfoXAcsAction
    from .register_media_info_x_acs_version import RegisterMediaInfoXAcsVersion
    from .search_index_job_rerun_response import SearchIndexJobRerunResponse
    from .search_index_job_rerun_response_data import SearchIndexJobRerunResponseData
    from .search_index_job_rerun_x_acs_action import SearchIndexJobRerunXAcsAction
    from .search_index_job_rerun_x_acs_version import SearchIndexJobRerunXAcsVersion
    from .search_lib_info import SearchLibInfo
    from .search_lib_name_response import SearchLibNameResponse
    from .search_media_ai_data import SearchMediaAiData
    from .search_media_ai_label import SearchMediaAiLabel
    from .search_media_by_ai_label_matching_mode import SearchMediaByAiLabelMatchingMode
    from .search_media_by_ai_label_media_type import SearchMediaByAiLabelMediaType
    from .search_media_by_ai_label_multimodal_search_type import SearchMediaByAiLabelMultimodalSearchType
    from .search_media_by_ai_label_response import SearchMediaByAILabelResponse
    from .search_media_by_ai_label_sort_by import SearchMediaByAiLabelSortBy
    from .search_media_by_ai_label_x_acs_action import SearchMediaByAiLabelXAcsAction
    from .search_media_by_ai_label_x_acs_version import SearchMediaByAiLabelXAcsVersion
    from .search_media_by_face_media_type import SearchMediaByFaceMediaType
    from .search_media_by_face_response import SearchMediaByFaceResponse
    from .search_media_by_face_response_media_info_list_item import SearchMediaByFaceResponseMediaInfoListItem
    from .search_media_by_face_x_acs_action import SearchMediaByFaceXAcsAction
    from .search_media_by_face_x_acs_version import SearchMediaByFaceXAcsVersion
    from .search_media_by_hybrid_media_type import SearchMediaByHybridMediaType
    from .search_media_by_hybrid_x_acs_action import SearchMediaByHybridXAcsAction
    from .search_media_by_hybrid_x_acs_version import SearchMediaByHybridXAcsVersion
    from .search_media_by_multimodal_media_type import SearchMediaByMultimodalMediaType
    from .search_media_by_multimodal_x_acs_action import SearchMediaByMultimodalXAcsAction
    from .search_media_by_multimodal_x_acs_version import SearchMediaByMultimodalXAcsVersion
    from .search_media_clip_by_face_response import SearchMediaClipByFaceResponse
    from .search_media_clip_by_face_response_media_clip_list_item import SearchMediaClipByFaceResponseMediaClipListItem
    from .search_media_clip_by_face_x_acs_action import SearchMediaClipByFaceXAcsAction
    from .search_media_clip_by_face_x_acs_version import SearchMediaClipByFaceXAcsVersion
    from .search_media_info import SearchMediaInfo
    from .search_media_info_file_info_list_item import SearchMediaInfoFileInfoListItem
    from .search_media_occurrence import SearchMediaOccurrence
    from .search_media_response import SearchMediaResponse
    from .search_media_x_acs_action import SearchMediaXAcsAction
    from .search_media_x_acs_version import SearchMediaXAcsVersion
    from .stream_info import StreamInfo
    from .text_clip import TextClip
    from .time_range import TimeRange
    from .track import Track
    from .update_media_to_search_lib_x_acs_action import UpdateMediaToSearchLibXAcsAction
    from .update_media_to_search_lib_x_acs_version import UpdateMediaToSearchLibXAcsVersion
    from .wire_boolean import WireBoolean

# model name -> the module that defines it: importing all of them would build every attrs class up front
_MODULES = {
    "Acknowledgement": ".acknowledgement",
    "AiData": ".ai_data",
    "AiLabel": ".ai_label",
    "AILabelMedia": ".ai_label_media",
    "AiRoughData": ".ai_rough_data",
    "AlterSearchIndexXAcsAction": ".alter_search_index_x_acs_action",
    "AlterSearchIndexXAcsVersion": ".alter_search_index_x_acs_version",
    "AlterSearchLibXAcsAction": ".alter_search_lib_x_acs_action",
    "AlterSearchLibXAcsVersion": ".alter_search_lib_x_acs_version",
    "BoxPosition": ".box_position",
    "ClipScore": ".clip_score",
    "ClipSearchResponse": ".clip_search_response",
    "ClipSearchResponseMediaListItem": ".clip_search_response_media_list_item",
    "CreateSearchIndexXAcsAction": ".create_search_index_x_acs_action",
    "CreateSearchIndexXAcsVersion": ".create_search_index_x_acs_version",
    "CreateSearchLibXAcsAction": ".create_search_lib_x_acs_action",
    "CreateSearchLibXAcsVersion": ".create_search_lib_x_acs_version",
    "CustomFilterObject": ".custom_filter_object",
    "DeleteMediaFromSearchLibXAcsAction": ".delete_media_from_search_lib_x_acs_action",
    "DeleteMediaFromSearchLibXAcsVersion": ".delete_media_from_search_lib_x_acs_version",
    "DropSearchIndexXAcsAction": ".drop_search_index_x_acs_action",
    "DropSearchIndexXAcsVersion": ".drop_search_index_x_acs_version",
    "DropSearchLibXAcsAction": ".drop_search_lib_x_acs_action",
    "DropSearchLibXAcsVersion": ".drop_search_lib_x_acs_version",
    "ErrorBody": ".error_body",
    "ErrorBodyAccessDeniedDetail": ".error_body_access_denied_detail",
    "FaceOccurrence": ".face_occurrence",
    "FaceOccurrenceTrackDataItem": ".face_occurrence_track_data_item",
    "FileBasicInfo": ".file_basic_info",
    "GetMediaInfoOutputType": ".get_media_info_output_type",
    "GetMediaInfoResponse": ".get_media_info_response",
    "GetMediaInfoResponseMediaInfo": ".get_media_info_response_media_info",
    "GetMediaInfoXAcsAction": ".get_media_info_x_acs_action",
    "GetMediaInfoXAcsVersion": ".get_media_info_x_acs_version",
    "IndexInfo": ".index_info",
    "IndexJobInfo": ".index_job_info",
    "IndexJobStatus": ".index_job_status",
    "IndexStatus": ".index_status",
    "IndexStatusEntry": ".index_status_entry",
    "IndexType": ".index_type",
    "InsertMediaToSearchLibMediaType": ".insert_media_to_search_lib_media_type",
    "InsertMediaToSearchLibXAcsAction": ".insert_media_to_search_lib_x_acs_action",
    "InsertMediaToSearchLibXAcsVersion": ".insert_media_to_search_lib_x_acs_version",
    "IntRange": ".int_range",
    "LabelOccurrence": ".label_occurrence",
    "ListSearchLibResponse": ".list_search_lib_response",
    "ListSearchLibXAcsAction": ".list_search_lib_x_acs_action",
    "ListSearchLibXAcsVersion": ".list_search_lib_x_acs_version",
    "MediaAcknowledgement": ".media_acknowledgement",
    "MediaBasicInfo": ".media_basic_info",
    "MediaFileInfo": ".media_file_info",
    "QueryMediaIndexJobResponse": ".query_media_index_job_response",
    "QueryMediaIndexJobXAcsAction": ".query_media_index_job_x_acs_action",
    "QueryMediaIndexJobXAcsVersion": ".query_media_index_job_x_acs_version",
    "QuerySearchIndexResponse": ".query_search_index_response",
    "QuerySearchIndexXAcsAction": ".query_search_index_x_acs_action",
    "QuerySearchIndexXAcsVersion": ".query_search_index_x_acs_version",
    "QuerySearchLibResponse": ".query_search_lib_response",
    "QuerySearchLibXAcsAction": ".query_search_lib_x_acs_action",
    "QuerySearchLibXAcsVersion": ".query_search_lib_x_acs_version",
    "RegisterMediaInfoMediaType": ".register_media_info_media_type",
    "RegisterMediaInfoResponse": ".register_media_info_response",
    "RegisterMediaInfoXAcsAction": ".register_media_info_x_acs_action",
    "RegisterMediaInfoXAcsVersion": ".register_media_info_x_acs_version",
    "SearchIndexJobRerunResponse": ".search_index_job_rerun_response",
    "SearchIndexJobRerunResponseData": ".search_index_job_rerun_response_data",
    "SearchIndexJobRerunXAcsAction": ".search_index_job_rerun_x_acs_action",
    "SearchIndexJobRerunXAcsVersion": ".search_index_job_rerun_x_acs_version",
    "SearchLibInfo": ".search_lib_info",
    "SearchLibNameResponse": ".search_lib_name_response",
    "SearchMediaAiData": ".search_media_ai_data",
    "SearchMediaAiLabel": ".search_media_ai_label",
    "SearchMediaByAiLabelMatchingMode": ".search_media_by_ai_label_matching_mode",
    "SearchMediaByAiLabelMediaType": ".search_media_by_ai_label_media_type",
    "SearchMediaByAiLabelMultimodalSearchType": ".search_media_by_ai_label_multimodal_search_type",
    "SearchMediaByAILabelResponse": ".search_media_by_ai_label_response",
    "SearchMediaByAiLabelSortBy": ".search_media_by_ai_label_sort_by",
    "SearchMediaByAiLabelXAcsAction": ".search_media_by_ai_label_x_acs_action",
    "SearchMediaByAiLabelXAcsVersion": ".search_media_by_ai_label_x_acs_version",
    "SearchMediaByFaceMediaType": ".search_media_by_face_media_type",
    "SearchMediaByFaceResponse": ".search_media_by_face_response",
    "SearchMediaByFaceResponseMediaInfoListItem": ".search_media_by_face_response_media_info_list_item",
    "SearchMediaByFaceXAcsAction": ".search_media_by_face_x_acs_action",
    "SearchMediaByFaceXAcsVersion": ".search_media_by_face_x_acs_version",
    "SearchMediaByHybridMediaType": ".search_media_by_hybrid_media_type",
    "SearchMediaByHybridXAcsAction": ".search_media_by_hybrid_x_acs_action",
    "SearchMediaByHybridXAcsVersion": ".search_media_by_hybrid_x_acs_version",
    "SearchMediaByMultimodalMediaType": ".search_media_by_multimodal_media_type",
    "SearchMediaByMultimodalXAcsAction": ".search_media_by_multimodal_x_acs_action",
    "SearchMediaByMultimodalXAcsVersion": ".search_media_by_multimodal_x_acs_version",
    "SearchMediaClipByFaceResponse": ".search_media_clip_by_face_response",
    "SearchMediaClipByFaceResponseMediaClipListItem": ".search_media_clip_by_face_response_media_clip_list_item",
    "SearchMediaClipByFaceXAcsAction": ".search_media_clip_by_face_x_acs_action",
    "SearchMediaClipByFaceXAcsVersion": ".search_media_clip_by_face_x_acs_version",
    "SearchMediaInfo": ".search_media_info",
    "SearchMediaInfoFileInfoListItem": ".search_media_info_file_info_list_item",
    "SearchMediaOccurrence": ".search_media_occurrence",
    "SearchMediaResponse": ".search_media_response",
    "SearchMediaXAcsAction": ".search_media_x_acs_action",
    "SearchMediaXAcsVersion": ".search_media_x_acs_version",
    "StreamInfo": ".stream_info",
    "TextClip": ".text_clip",
    "TimeRange": ".time_range",
    "Track": ".track",
    "UpdateMediaToSearchLibXAcsAction": ".update_media_to_search_lib_x_acs_action",
    "UpdateMediaToSearchLibXAcsVersion": ".update_media_to_search_lib_x_acs_version",
    "WireBoolean": ".wire_boolean",
}

__all__ = (
    "AILabelMedia",
    "Acknowledgement",
    "AiData",
    "AiLabel",
    "AiRoughData",
    "AlterSearchIndexXAcsAction",
    "AlterSearchIndexXAcsVersion",
    "AlterSearchLibXAcsAction",
    "AlterSearchLibXAcsVersion",
    "BoxPosition",
    "ClipScore",
    "ClipSearchResponse",
    "ClipSearchResponseMediaListItem",
    "CreateSearchIndexXAcsAction",
    "CreateSearchIndexXAcsVersion",
    "CreateSearchLibXAcsAction",
    "CreateSearchLibXAcsVersion",
    "CustomFilterObject",
    "DeleteMediaFromSearchLibXAcsAction",
    "DeleteMediaFromSearchLibXAcsVersion",
    "DropSearchIndexXAcsAction",
    "DropSearchIndexXAcsVersion",
    "DropSearchLibXAcsAction",
    "DropSearchLibXAcsVersion",
    "ErrorBody",
    "ErrorBodyAccessDeniedDetail",
    "FaceOccurrence",
    "FaceOccurrenceTrackDataItem",
    "FileBasicInfo",
    "GetMediaInfoOutputType",
    "GetMediaInfoResponse",
    "GetMediaInfoResponseMediaInfo",
    "GetMediaInfoXAcsAction",
    "GetMediaInfoXAcsVersion",
    "IndexInfo",
    "IndexJobInfo",
    "IndexJobStatus",
    "IndexStatus",
    "IndexStatusEntry",
    "IndexType",
    "InsertMediaToSearchLibMediaType",
    "InsertMediaToSearchLibXAcsAction",
    "InsertMediaToSearchLibXAcsVersion",
    "IntRange",
    "LabelOccurrence",
    "ListSearchLibResponse",
    "ListSearchLibXAcsAction",
    "ListSearchLibXAcsVersion",
    "MediaAcknowledgement",
    "MediaBasicInfo",
    "MediaFileInfo",
    "QueryMediaIndexJobResponse",
    "QueryMediaIndexJobXAcsAction",
    "QueryMediaIndexJobXAcsVersion",
    "QuerySearchIndexResponse",
    "QuerySearchIndexXAcsAction",
    "QuerySearchIndexXAcsVersion",
    "QuerySearchLibResponse",
    "QuerySearchLibXAcsAction",
    "QuerySearchLibXAcsVersion",
    "RegisterMediaInfoMediaType",
    "RegisterMediaInfoResponse",
    "RegisterMediaInfoXAcsAction",
    "RegisterMediaInfoXAcsVersion",
    "SearchIndexJobRerunResponse",
    "SearchIndexJobRerunResponseData",
    "SearchIndexJobRerunXAcsAction",
    "SearchIndexJobRerunXAcsVersion",
    "SearchLibInfo",
    "SearchLibNameResponse",
    "SearchMediaAiData",
    "SearchMediaAiLabel",
    "SearchMediaByAILabelResponse",
    "SearchMediaByAiLabelMatchingMode",
    "SearchMediaByAiLabelMediaType",
    "SearchMediaByAiLabelMultimodalSearchType",
    "SearchMediaByAiLabelSortBy",
    "SearchMediaByAiLabelXAcsAction",
    "SearchMediaByAiLabelXAcsVersion",
    "SearchMediaByFaceMediaType",
    "SearchMediaByFaceResponse",
    "SearchMediaByFaceResponseMediaInfoListItem",
    "SearchMediaByFaceXAcsAction",
    "SearchMediaByFaceXAcsVersion",
    "SearchMediaByHybridMediaType",
    "SearchMediaByHybridXAcsAction",
    "SearchMediaByHybridXAcsVersion",
    "SearchMediaByMultimodalMediaType",
    "SearchMediaByMultimodalXAcsAction",
    "SearchMediaByMultimodalXAcsVersion",
    "SearchMediaClipByFaceResponse",
    "SearchMediaClipByFaceResponseMediaClipListItem",
    "SearchMediaClipByFaceXAcsAction",
    "SearchMediaClipByFaceXAcsVersion",
    "SearchMediaInfo",
    "SearchMediaInfoFileInfoListItem",
    "SearchMediaOccurrence",
    "SearchMediaResponse",
    "SearchMediaXAcsAction",
    "SearchMediaXAcsVersion",
    "StreamInfo",
    "TextClip",
    "TimeRange",
    "Track",
    "UpdateMediaToSearchLibXAcsAction",
    "UpdateMediaToSearchLibXAcsVersion",
    "WireBoolean",
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
