"""Every workflow (a method chaining several requests) checks all its inputs before its first request.

Bad input raises `RequestValidationError` with nothing sent: not to the API,
not to the presigned upload URL, not to the S3-compatible store.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_resources_support import FakeAPI, image_bytes, make_async_client, make_client

from media_intelligence import RequestValidationError
from media_intelligence.resources._base import WORKFLOW_ATTR

P = 12


class FakeS3:
    def __init__(self) -> None:
        self.uploads: list[tuple[str, str, str]] = []

    def upload_file(self, filename: str, bucket: str, key: str) -> None:
        self.uploads.append((filename, bucket, key))


def _media(tmp_path: Path) -> list[Path]:
    paths = []
    for name in ("a.mp4", "b.mp4"):
        path = tmp_path / name
        path.write_bytes(b"\x00" * 16)
        paths.append(path)
    return paths


def _image(tmp_path: Path) -> Path:
    path = tmp_path / "query.jpg"
    path.write_bytes(image_bytes())
    return path


#: ``(method, bad input)``: the call gets the fake S3 client and a temporary folder.
BAD: list[tuple[str, str, Callable[[Any, FakeS3, Path], Any]]] = [
    (
        "assets.import_from_object_storage",
        "the second key names a folder",
        lambda c, s3, tmp: c.assets.import_from_object_storage(["ok.mp4", "folder/"], bucket="b", project_id=P),
    ),
    (
        "assets.import_from_object_storage",
        "an empty bucket name",
        lambda c, s3, tmp: c.assets.import_from_object_storage(["ok.mp4"], bucket="", project_id=P),
    ),
    (
        "assets.upload_and_import",
        "an empty bucket name (nothing is uploaded to the store either)",
        lambda c, s3, tmp: c.assets.upload_and_import(_media(tmp), bucket="", project_id=P, s3_client=s3),
    ),
    (
        "assets.upload_and_import",
        "a workspace name the spec forbids",
        lambda c, s3, tmp: c.assets.upload_and_import(
            _media(tmp), bucket="b", project_id=P, workspace="Not Valid!", s3_client=s3
        ),
    ),
    (
        "search.run",
        "both a text and an image (the image is not uploaded)",
        lambda c, s3, tmp: c.search.run(text="dog", image=_image(tmp)),
    ),
    (
        "search.run",
        "an image and 101 person ids",
        lambda c, s3, tmp: c.search.run(image=_image(tmp), person_ids=list(range(101))),
    ),
    (
        "search.run",
        "both project ids and asset ids",
        lambda c, s3, tmp: c.search.run(text="dog", project_ids=[1], asset_ids=[2]),
    ),
    ("search.upload_image", "a file that is not an image", lambda c, s3, tmp: c.search.upload_image(b"not an image")),
    ("search.wait", "a page size of 0", lambda c, s3, tmp: c.search.wait("JtWJKTDCKknMHP8Id4Gt", page_size=0)),
    (
        "persons.upload_thumbnail",
        "a file that is not an image",
        lambda c, s3, tmp: c.persons.upload_thumbnail(b"not an image"),
    ),
]


def _workflows(client: Any) -> set[str]:
    found = set()
    for namespace in ("workspaces", "projects", "assets", "indexes", "scene_summaries", "person_tags", "persons"):
        found |= {
            f"{namespace}.{name}"
            for name, fn in inspect.getmembers(type(getattr(client, namespace)), inspect.isfunction)
            if getattr(fn, WORKFLOW_ATTR, False)
        }
    found |= {
        f"search.{name}"
        for name, fn in inspect.getmembers(type(client.search), inspect.isfunction)
        if getattr(fn, WORKFLOW_ATTR, False)
    }
    return found


def test_every_workflow_of_both_clients_has_a_bad_input_case() -> None:
    covered = {method for method, _, _ in BAD}
    assert _workflows(make_client(FakeAPI())) == covered
    assert _workflows(make_async_client(FakeAPI())) == covered


@pytest.mark.parametrize(("method", "why", "call"), BAD, ids=[f"{m}: {w}" for m, w, _ in BAD])
def test_sync_workflow_sends_nothing_for_bad_input(method: str, why: str, call: Any, tmp_path: Path) -> None:
    api, s3 = FakeAPI(), FakeS3()
    with pytest.raises(RequestValidationError):
        call(make_client(api), s3, tmp_path)
    assert api.calls == [] and s3.uploads == []


@pytest.mark.parametrize(("method", "why", "call"), BAD, ids=[f"{m}: {w}" for m, w, _ in BAD])
async def test_async_workflow_sends_nothing_for_bad_input(method: str, why: str, call: Any, tmp_path: Path) -> None:
    api, s3 = FakeAPI(), FakeS3()
    with pytest.raises(RequestValidationError):
        await call(make_async_client(api), s3, tmp_path)
    assert api.calls == [] and s3.uploads == []
