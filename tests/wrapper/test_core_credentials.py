"""Credential chain order, what is reported when nothing is found, and masking."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from media_intelligence import DEFAULT_BASE_URL, Credentials, CredentialsNotFoundError, MediaIntelligenceError
from media_intelligence.core import SecretStr, resolve_base_url, resolve_credentials

SECRET_ENV = "env-secret-key-0123456789"
SECRET_FILE = "file-secret-key-0123456789"
SECRET_ARG = "arg-secret-key-0123456789"

ENV_VARS = ("NCLOUD_ACCESS_KEY_ID", "NCLOUD_SECRET_KEY", "NCLOUD_PROFILE", "NCLOUD_CONFIG_FILE", "MI_BASE_URL")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    # never read the developer's real ~/.ncloud/configure
    monkeypatch.setenv("NCLOUD_CONFIG_FILE", str(tmp_path / "missing" / "configure"))


def _write_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "configure"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("NCLOUD_CONFIG_FILE", str(path))
    return path


CONFIG = f"""\
[DEFAULT]
ncloud_access_key_id = FILEDEFAULTAK
ncloud_secret_access_key = {SECRET_FILE}

[work]
ncloud_access_key_id = FILEWORKAK
ncloud_secret_access_key = work-{SECRET_FILE}

[broken]
ncloud_access_key_id = ONLYAK
"""


def test_explicit_wins_over_env_and_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NCLOUD_ACCESS_KEY_ID", "ENVAK")
    monkeypatch.setenv("NCLOUD_SECRET_KEY", SECRET_ENV)
    _write_config(tmp_path, monkeypatch, CONFIG)
    creds = resolve_credentials("ARGAK", SECRET_ARG)
    assert (creds.access_key, creds.secret_key.get_secret_value(), creds.source) == ("ARGAK", SECRET_ARG, "explicit")


def test_env_wins_over_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NCLOUD_ACCESS_KEY_ID", "ENVAK")
    monkeypatch.setenv("NCLOUD_SECRET_KEY", SECRET_ENV)
    _write_config(tmp_path, monkeypatch, CONFIG)
    creds = resolve_credentials()
    assert (creds.access_key, creds.source) == ("ENVAK", "environment")


def test_file_default_profile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _write_config(tmp_path, monkeypatch, CONFIG)
    creds = resolve_credentials()
    assert creds.access_key == "FILEDEFAULTAK"
    assert creds.secret_key.get_secret_value() == SECRET_FILE
    assert creds.source == f"config file {path} [DEFAULT]"


def test_file_profile_from_argument_and_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _write_config(tmp_path, monkeypatch, CONFIG)
    assert resolve_credentials(profile="work").access_key == "FILEWORKAK"
    monkeypatch.setenv("NCLOUD_PROFILE", "work")
    creds = Credentials.resolve()
    assert creds.access_key == "FILEWORKAK"
    assert creds.source.endswith("[work]")
    # the argument beats the environment
    assert resolve_credentials(profile="DEFAULT").access_key == "FILEDEFAULTAK"


def test_default_path_is_home_ncloud_configure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NCLOUD_CONFIG_FILE")
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".ncloud").mkdir()
    (tmp_path / ".ncloud" / "configure").write_text(CONFIG, encoding="utf-8")
    creds = resolve_credentials()
    assert creds.source == "config file ~/.ncloud/configure [DEFAULT]"


def test_nothing_found_lists_every_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(CredentialsNotFoundError) as info:
        resolve_credentials()
    err = info.value
    assert isinstance(err, MediaIntelligenceError)
    assert len(err.tried) == 3
    text = str(err)
    assert "explicit arguments" in text
    assert "NCLOUD_ACCESS_KEY_ID" in text and "NCLOUD_SECRET_KEY" in text
    assert "config file" in text and "[DEFAULT]" in text and "file not found" in text


def test_incomplete_sources_are_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NCLOUD_ACCESS_KEY_ID", "ENVAK")
    _write_config(tmp_path, monkeypatch, CONFIG)
    monkeypatch.setenv("NCLOUD_PROFILE", "broken")
    with pytest.raises(CredentialsNotFoundError) as info:
        resolve_credentials()
    text = str(info.value)
    assert "incomplete (NCLOUD_SECRET_KEY not set)" in text
    assert "[broken]: missing ncloud_secret_access_key" in text


def test_unknown_profile_chosen_explicitly_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _write_config(tmp_path, monkeypatch, CONFIG)
    with pytest.raises(CredentialsNotFoundError, match="Profile 'nope' not found"):
        resolve_credentials(profile="nope")


def test_half_explicit_credentials_fail_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCLOUD_ACCESS_KEY_ID", "ENVAK")
    monkeypatch.setenv("NCLOUD_SECRET_KEY", SECRET_ENV)
    with pytest.raises(CredentialsNotFoundError, match="secret_key was not given"):
        resolve_credentials(access_key="ARGAK")
    with pytest.raises(CredentialsNotFoundError, match="access_key was not given"):
        resolve_credentials(secret_key=SECRET_ARG)


def test_secret_never_shown(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    creds = Credentials("AKIDVISIBLE1234", SECRET_ARG)
    for text in (repr(creds), str(creds), f"{creds}", repr(creds.secret_key), str(creds.secret_key)):
        assert SECRET_ARG not in text
        assert "AKIDVISIBLE1234" not in text  # the access key is shortened too
    assert "'****'" in repr(creds)
    assert f"{creds.secret_key}" == "****"
    print(creds, creds.secret_key)
    with caplog.at_level(logging.DEBUG, logger="media_intelligence"):
        logging.getLogger("media_intelligence").warning("creds=%s secret=%s", creds, SECRET_ARG)
    out = capsys.readouterr()
    assert SECRET_ARG not in out.out + out.err
    assert SECRET_ARG not in caplog.text
    assert "****" in caplog.text


def test_secret_not_in_credentials_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a secret that was loaded earlier never shows up in the text of a later failure
    SecretStr(SECRET_FILE)
    _write_config(tmp_path, monkeypatch, f"[x]\nncloud_access_key_id = {SECRET_FILE}\n")
    monkeypatch.setenv("NCLOUD_PROFILE", "x")
    with pytest.raises(CredentialsNotFoundError) as info:
        resolve_credentials()
    assert SECRET_FILE not in str(info.value)


def test_credentials_equality_and_secretstr() -> None:
    assert Credentials("A", "B") == Credentials("A", SecretStr("B"))
    assert SecretStr("abc") == SecretStr("abc")
    assert SecretStr(SecretStr("abc")).get_secret_value() == "abc"


def test_resolve_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_base_url() == DEFAULT_BASE_URL == "https://mi.apigw.ntruss.com"
    monkeypatch.setenv("MI_BASE_URL", "http://127.0.0.1:8080/")
    assert resolve_base_url() == "http://127.0.0.1:8080"
    assert resolve_base_url("https://example.test") == "https://example.test"
