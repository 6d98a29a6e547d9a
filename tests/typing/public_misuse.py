"""Misuse of the public API; ``mypy --strict`` must reject every marked line (tests/wrapper/test_typing.py).

A marked line starts with ``client.`` or ``await client.``.
"""

from __future__ import annotations

from media_intelligence import AsyncMediaIntelligence, MediaIntelligence


def misuse(client: MediaIntelligence) -> None:
    client.assets.get(5, project=1)  # wrong keyword: the vocabulary says project_id=
    client.indexes.wait_until_done(5, project_id=1, poll_every=2.0)  # wrong waiter argument
    client.persons.list(tag_id_list=[1])  # a wire name
    client.projects.get(1, extra_headers=["X-Trace"])  # options are typed
    client.workspaces.get(workspace_name="ws")  # the old keyword
    client.with_raw_response.projects.get(12, project="x")  # the raw view takes the method's own parameters
    client.with_raw_response.projects.get(12).parsed.no_such_field.upper()  # and returns APIResponse[Project]
    # each waiter's wait takes its status call's arguments, and the wait settings
    client.assets.get_waiter("imported").wait(5)  # project_id missing
    client.indexes.get_waiter("done").wait(5, project=1)  # the status call says project_id=
    client.indexes.legacy.get_waiter("done").wait(5, project_id=1, index_id=3)  # not an argument of the status call
    client.scene_summaries.get_waiter("done").wait(5, project_id=1, timeout="soon")  # a setting of the wrong type
    client.search.get_waiter("completed").wait(page_size=10)  # the search id is missing
    client.search.get_waiter("image_uploaded").wait("key.jpg")  # asset_key= is a keyword
    client.persons.get_waiter("thumbnail_uploaded").wait(thumbnail_key="k", poll_interval="1s")  # wrong type
    client.search.run(text="dog", project_ids=[1], on_progress=3)  # a workflow's wait settings are typed
    client.assets.get_waiter("imported").wait(5, project_id=1).bogus.strip()  # the result is typed
    client.persons.get_waiter("finished")  # no such waiter


async def async_misuse(client: AsyncMediaIntelligence) -> None:
    await client.assets.get_waiter().wait(5, project_id=1, extra_query=["x"])  # options are typed
    await client.search.get_waiter("image_uploaded").wait(asset_key="k", workspace="ws")  # no workspace here
    await client.persons.upload_thumbnail(b"...", timeout=[1])  # a workflow's options are typed
