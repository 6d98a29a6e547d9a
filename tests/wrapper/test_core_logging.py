"""Logging: MI_LOG, request/response lines, and secrets that never reach any output."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import httpx
import pytest

from media_intelligence import RetryPolicy
from media_intelligence._logging import logger, setup_logging
from media_intelligence._redact import redact_headers, redact_url, register_secret, scrub
from media_intelligence.core import SyncAPIClient
from media_intelligence.errors import ProjectNotFoundError
from media_intelligence_client.api.projects import get_project

SECRET = "TopSecretKeyValue-0123456789"
ACCESS = "AKIDLOGTEST123456"


@pytest.fixture
def clean_logger() -> Iterator[None]:
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_secrets_never_in_logs_or_exceptions(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str], clean_logger: None
) -> None:
    setup_logging("debug")  # stderr handler (captured by capsys) + DEBUG
    responses = [
        httpx.Response(500, json={"code": "99999", "message": "An error has occurred."}),
        httpx.Response(404, json={"code": "10025", "message": "The project does not exist."}),
    ]
    signatures: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        signatures.append(request.headers["x-ncp-apigw-signature-v2"])
        return responses.pop(0)

    client = SyncAPIClient(
        access_key=ACCESS,
        secret_key=SECRET,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry_policy=RetryPolicy(sleep=lambda _s: None),
    )
    with caplog.at_level(logging.DEBUG, logger="media_intelligence"), pytest.raises(ProjectNotFoundError) as info:
        client.call(
            "getProject",
            lambda: get_project.sync_detailed(workspace_name="my-ws", project_id="1", client=client.raw),
            path_params={"workspace_name": "my-ws", "project_id": "1"},
        )
    # someone logging the secret by mistake is scrubbed too
    logger.error("oops %s", SECRET)
    print(repr(client), client.credentials, client.auth, info.value, repr(info.value))

    captured = capsys.readouterr()
    outputs = {
        "caplog": caplog.text,
        "stdout": captured.out,
        "stderr": captured.err,
        "exception": f"{info.value} {info.value!r} {info.value.args}",
    }
    assert "HTTP request: GET" in caplog.text and "HTTP response" in caplog.text
    assert "Retrying getProject" in caplog.text
    assert "HTTP request: GET" in captured.err
    for where, text in outputs.items():
        assert SECRET not in text, where
        assert ACCESS not in text, where
        for signature in signatures:
            assert signature not in text, where
    assert "x-ncp-apigw-signature-v2': '****'" in caplog.text


def test_mi_log_env_enables_stderr_handler() -> None:
    script = textwrap.dedent(
        f"""
        import httpx
        from media_intelligence import MediaIntelligence
        answer = {{"code": "0", "message": "ok", "result": {{"content": []}}}}
        http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=answer)))
        c = MediaIntelligence(access_key="{ACCESS}", secret_key="{SECRET}", http_client=http)
        try:
            c.workspaces.list_page(page_num=1)
        except Exception:  # the answer is not a full page; the log lines are what this checks
            pass
        """
    )
    env = {**os.environ, "MI_LOG": "debug"}
    env.pop("NCLOUD_PROFILE", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HTTP request: GET https://mi.apigw.ntruss.com/api/v1/workspaces?pageNum=1" in done.stderr
    assert "-> 200" in done.stderr
    assert SECRET not in done.stderr + done.stdout
    assert ACCESS not in done.stderr + done.stdout

    env["MI_LOG"] = ""
    quiet = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_redaction_helpers() -> None:
    headers = {
        "x-ncp-apigw-signature-v2": "c2lnbmF0dXJl",
        "x-ncp-iam-access-key": "AKIDABCDEFGH",
        "Authorization": "Bearer t",
        "Content-Type": "application/json",
    }
    assert redact_headers(headers) == {
        "x-ncp-apigw-signature-v2": "****",
        "x-ncp-iam-access-key": "AKID****",
        "Authorization": "****",
        "Content-Type": "application/json",
    }
    url = "https://kr.object.ncloudstorage.com/b/k.jpg?X-Amz-Signature=abc&X-Amz-Credential=AK%2F1&X-Amz-Expires=900"
    redacted = redact_url(url)
    assert "abc" not in redacted and "AK%2F1" not in redacted and "X-Amz-Expires=900" in redacted
    assert redact_url("https://x/y?pageNum=1") == "https://x/y?pageNum=1"
    register_secret(SECRET)
    assert scrub(f"key={SECRET}") == "key=****"
    register_secret("abc")  # too short to scrub from free text
    assert scrub("abcdef") == "abcdef"
