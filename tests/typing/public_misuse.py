"""Misuse of the public API; ``mypy --strict`` must reject every marked line (tests/wrapper/test_typing.py)."""

from __future__ import annotations

from media_intelligence import MediaIntelligence


def misuse(client: MediaIntelligence) -> None:
    client.assets.get(5, project=1)  # wrong keyword: the vocabulary says project_id=
    client.indexes.wait_until_done(5, project_id=1, poll_every=2.0)  # wrong waiter argument
    client.persons.list(tag_id_list=[1])  # a wire name
    client.projects.get(1, extra_headers=["X-Trace"])  # options are typed
    client.workspaces.get(workspace_name="ws")  # the old keyword
    client.with_raw_response.projects.get(12, project="x")  # the raw view takes the method's own parameters
    client.with_raw_response.projects.get(12).parsed.no_such_field.upper()  # and returns APIResponse[Project]
