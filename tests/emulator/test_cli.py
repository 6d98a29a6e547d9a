"""Command-line options of ``python -m media_intelligence_emulator``."""

from __future__ import annotations

import io

import pytest

from media_intelligence_emulator import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, EmulatorConfig
from media_intelligence_emulator._server import build_parser, config_from_args, print_banner


def parse(*argv: str) -> EmulatorConfig:
    return config_from_args(build_parser().parse_args(list(argv)))


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MI_EMULATOR_ACCESS_KEY", raising=False)
    monkeypatch.delenv("MI_EMULATOR_SECRET_KEY", raising=False)
    config = parse()
    assert (config.host, config.port, config.db) == ("127.0.0.1", 8080, ":memory:")
    assert [(c.access_key, c.secret_key) for c in config.credentials] == [(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)]
    assert config.rate_limits and config.verify_signatures and config.clock_skew_seconds == 300


def test_options(monkeypatch: pytest.MonkeyPatch) -> None:
    config = parse(
        "--port", "9000", "--db", "x.db",
        "--access-key", "a1", "--secret-key", "s1", "--access-key", "a2", "--secret-key", "s2",
        "--bucket-dir", "media=/tmp/media", "--s3-endpoint", "http://127.0.0.1:5000",
        "--job-delay", "2", "--job-delay", "analysis=5", "--job-delay", "analysis.finish=7",
        "--no-rate-limits",
    )  # fmt: skip
    assert config.port == 9000 and config.db == "x.db"
    assert [c.access_key for c in config.credentials] == ["a1", "a2"]
    assert config.bucket_dirs == {"media": "/tmp/media"}
    assert config.s3 is not None and config.s3.endpoint_url == "http://127.0.0.1:5000"
    assert (config.delay_for("import"), config.delay_for("analysis.start"), config.delay_for("analysis.finish")) == (
        2.0,
        5.0,
        7.0,
    )
    assert not config.rate_limits
    with pytest.raises(SystemExit):
        parse("--access-key", "a1")
    with pytest.raises(SystemExit):
        parse("--bucket-dir", "nopath")


def test_env_and_banner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MI_EMULATOR_ACCESS_KEY", "env-key")
    monkeypatch.setenv("MI_EMULATOR_SECRET_KEY", "env-secret")
    config = parse()
    out = io.StringIO()
    print_banner("http://127.0.0.1:8080", config, out)
    lines = out.getvalue().splitlines()
    assert "access key: env-key" in lines and "secret key: ****" in lines  # only the public demo secret is shown
    assert "env-secret" not in out.getvalue()
    assert "env-secret" not in repr(config)  # secrets never in reprs
