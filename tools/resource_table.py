"""The resource methods that send one operation each, declared once (rendered by tools/render_resources.py).

Each entry names the method, its operationId and its arguments, in the order
the signature takes them: ``"tag_ids=tag_id_list"`` renames the spec's name.
Everything else (types, which are required, defaults, enums to coerce, the
docstring's summary and the spec's sentences, the returned model) comes from
the compiled spec (``generated/mi_spec``) and the generated client. A
`Listing` declares a paged (or unpaged) list once and renders both its
paginator and its one-page method with the same filter arguments.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Method:
    """A method sending ``op`` once.

    ``own``: the first, positional argument (the resource's own id; ``workspace``
    for the workspace itself). ``args``: the keyword arguments, ``public=spec``
    when the name differs; path ids not named come first, on their own.
    ``returns``: ``result`` (the response's ``result``), ``none``, or ``page``
    (the result page, an empty one when the response has none). ``builder``: a
    function of ``media_intelligence._workflows`` that builds the body from the
    arguments (its signature types them). ``note``: what the docstring adds to
    the spec's summary.
    """

    name: str
    op: str
    own: str | None = None
    args: tuple[str, ...] = ()
    returns: str = "result"
    builder: str | None = None
    note: str = ""
    private: bool = False
    by_post: bool = False


@dataclass(frozen=True)
class Listing:
    """A list operation: ``list`` (a paginator over every item) and ``page`` (one page), same filters.

    ``first_page``: ``page``'s page number defaults to the spec's first page
    (``False``: ``None``, the API's default). ``empty``: a response without a
    result is an empty page.
    """

    list: str
    page: str
    op: str
    own: str | None = None
    args: tuple[str, ...] = ()
    first_page: bool = True
    empty: bool = False
    note: str = ""


@dataclass(frozen=True)
class Workflow:
    """A workflow whose arguments are a body builder's and a hand-written ``delegate``'s.

    Renders the signature (``args`` in order, each typed by the builder of
    ``media_intelligence._workflows`` or by the delegate), builds the body and
    hands it to the delegate; ``note`` is its docstring.
    """

    name: str
    ops: tuple[str, ...]
    builder: str
    delegate: str
    args: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Resource:
    """The rendered base class ``Async<name>Ops`` of one namespace class."""

    name: str
    methods: tuple[Method | Listing | Workflow, ...]


#: The conditions and filters of a search (`media_intelligence._workflows.search_request`), shared by
#: ``search.submit`` and ``search.run``.
SEARCH_FILTERS = (
    "text",
    "image_key",
    "person_ids",
    "any_person_ids",
    "not_person_ids",
    "dialogues",
    "any_dialogues",
    "not_dialogues",
    "project_ids",
    "asset_ids",
    "asset_types",
    "modified_from",
    "modified_to",
    "confidence",
)

RESOURCES: tuple[Resource, ...] = (
    Resource(
        "Workspaces",
        (
            Method(
                "create",
                "createWorkspace",
                own="workspace=workspace_name",
                args=("bucket=bucket_name",),
                note="``workspace`` is linked to the Object Storage ``bucket``.",
            ),
            Listing("list", "list_page", "listWorkspaces"),
            Method("get", "getWorkspace", own="workspace", note="Default: the client's ``workspace``."),
            Method("delete", "deleteWorkspace", own="workspace", note="Default: the client's ``workspace``."),
        ),
    ),
    Resource(
        "Projects",
        (
            Method("create", "createProject", args=("name",)),
            Listing("list", "list_page", "listProjects"),
            Method("get", "getProject", own="project_id"),
            Method("update", "updateProject", own="project_id", args=("name",)),
            Method("delete", "deleteProject", own="project_id", returns="none"),
        ),
    ),
    Resource(
        "PersonTags",
        (
            Method("create", "createPersonTag", args=("name",)),
            Listing(
                "list",
                "list_page",
                "listPersonTags",
                args=("tag_id=id", "name"),
                note="Filtered by ``tag_id``/``name``.",
            ),
            Method("delete", "deletePersonTag", own="tag_id", returns="none"),
        ),
    ),
    Resource(
        "Assets",
        (
            Listing("list", "list_page", "listAssets", args=("project_id",)),
            Method("get", "getAsset", own="asset_id"),
            Method(
                "move",
                "moveAsset",
                own="asset_id",
                args=("to_project_id=new_project_id",),
                note="From ``project_id`` to ``to_project_id``.",
            ),
            Method("delete", "deleteAsset", own="asset_id", returns="none"),
            Method("import_status", "getAssetImportStatus", own="asset_id"),
            Method("import_one", "importAssets", args=("project_id", "key", "bucket=bucket_name"), private=True),
        ),
    ),
    Resource(
        "Indexes",
        (
            Method(
                "request",
                "requestIndex",
                own="asset_id",
                args=(
                    "project_id",
                    "analysis_person_count",
                    "scene_range",
                    "min_scene_duration_sec",
                    "max_scene_duration_sec",
                    "tag_ids=tag_id_list",
                    "source_language",
                    "detect_audio_effects",
                ),
                note="Then `wait_until_done` and `get`.",
            ),
            Method("status", "getIndexStatus", own="asset_id"),
            Method("cancel", "cancelIndex", own="asset_id", returns="none"),
            Method(
                "get",
                "getIndex",
                own="asset_id",
                args=("project_id", "confidence_level"),
                note="Scenes, captions, labels, persons, dialogue.",
            ),
            Method("delete", "deleteIndex", own="asset_id", returns="none"),
        ),
    ),
    Resource(
        "LegacyIndexes",
        (
            Method(
                "request_analysis",
                "requestAnalysis",
                own="asset_id",
                args=(
                    "project_id",
                    "analysis_person_count",
                    "scene_range",
                    "tag_ids=tag_id_list",
                    "source_language",
                    "detect_audio_effects",
                ),
            ),
            Method("analysis_status", "getAnalysisStatus", own="asset_id"),
            Method("cancel_analysis", "cancelAnalysis", own="asset_id", returns="none"),
            Listing("list", "list_page", "listIndexes", own="asset_id"),
            Method("get", "getIndexById", own="index_id", args=("asset_id", "project_id", "confidence_level")),
            Method("delete", "deleteIndexById", own="index_id", returns="none"),
        ),
    ),
    Resource(
        "SceneSummaries",
        (
            Method("request", "requestSceneSummary", own="asset_id", args=("project_id", "scene_ids", "locale")),
            Method("status", "getSceneSummaryStatus", own="asset_id"),
            Method("cancel", "cancelSceneSummary", own="asset_id", returns="none"),
            Method("get", "getSceneSummary", own="asset_id"),
        ),
    ),
    Resource(
        "Persons",
        (
            Listing("list", "list_page", "listPersons", args=("name", "tag_ids=tag_id_list")),
            Listing(
                "search",
                "search_page",
                "searchPersons",
                args=("name", "person_ids", "tag_ids", "name_type", "sort_column", "sort_type"),
                empty=True,
                note="A POST, though it only reads: the spec does not mark it safe to repeat.",
            ),
            Method("get", "getPerson", own="person_id", note="With its tags and thumbnails."),
            Method(
                "update",
                "updatePerson",
                own="person_id",
                args=("name", "description", "primary_thumbnail_id"),
                note="Rename a person or change its primary thumbnail.",
            ),
            Method("delete", "deletePerson", own="person_id", note="Irreversible; the person as it was, if returned."),
            Method("add_tags", "addPersonTags", own="person_id", args=("tag_ids",), note="Returns the person's tags."),
            Method("remove_tags", "removePersonTags", own="person_id", args=("tag_ids",), by_post=True),
            Method(
                "remove_thumbnails", "removePersonThumbnails", own="person_id", args=("thumbnail_ids",), by_post=True
            ),
            Method(
                "create_thumbnail_upload_url",
                "createPersonThumbnailUploadUrl",
                args=("thumbnail_file_name",),
                note="Prefer `upload_thumbnail`.",
            ),
            Method("thumbnail_upload_status", "getPersonThumbnailUploadStatus", args=("thumbnail_key",)),
            Method("merge", "mergePersons", own="person_id", args=("person_ids",), note="Irreversible."),
            Method(
                "similar",
                "listSimilarPersons",
                own="person_id",
                args=("person_count", "score_threshold"),
                note="Most similar first.",
            ),
            Method(
                "recommend_by_thumbnail",
                "recommendPersonsByThumbnail",
                args=("thumbnail_key", "person_count", "score_threshold"),
                note="A POST, though it only reads.",
            ),
        ),
    ),
    Resource(
        "Search",
        (
            Method(
                "create_image_upload_url",
                "createSearchImageUploadUrl",
                args=("asset_file_name", "asset_type"),
                note="Prefer `upload_image`.",
            ),
            Method("image_upload_status", "getSearchImageUploadStatus", args=("asset_key",)),
            Method(
                "submit",
                "searchAssets",
                args=SEARCH_FILTERS,
                builder="search_request",
                note="Returns its ``searchId``. See `run` for the arguments.",
            ),
            Listing("iter_results", "get_result", "getSearchResult", own="search_id", first_page=False),
            Workflow(
                "run",
                ("searchAssets", "createSearchImageUploadUrl", "getSearchImageUploadStatus", "getSearchResult"),
                builder="search_request",
                delegate="_run",
                args=(SEARCH_FILTERS[0], "image", *SEARCH_FILTERS[1:], "workspace", "page_size"),
                note="""Search, wait, and iterate over every result (pages fetched lazily).

Query: ``text`` or an image (``image``: a path/bytes/file uploaded
first with `upload_image`, or ``image_key`` of an uploaded one).
Person conditions: ``person_ids`` (all must appear),
``any_person_ids``, ``not_person_ids``; dialogue conditions (lines):
``dialogues``, ``any_dialogues``, ``not_dialogues``. Filter:
``project_ids`` or ``asset_ids``, ``asset_types`` (IMAGE, VIDEO),
``modified_from``/``modified_to`` (datetime or ISO 8601 string).
``confidence``: LOW, MEDIUM or HIGH. The spec's rules (one of text
and image, at most 100 ids or lines per list, forbidden characters,
project_ids xor asset_ids) are checked before anything is sent.
``options``: the `WaitOptions` of the waits (the image upload's and
the search's); ``extra_headers``/``extra_query`` go with every API
request, the result pages fetched later included, and ``timeout``
bounds each request (each later page too).""",
            ),
        ),
    ),
)
