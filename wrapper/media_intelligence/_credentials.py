"""Credential chain and base URL resolution.

Order (the first complete source wins):

1. explicit ``access_key`` / ``secret_key`` arguments (both or neither);
2. environment ``NCLOUD_ACCESS_KEY_ID`` and ``NCLOUD_SECRET_KEY``;
3. the ncloud CLI file ``~/.ncloud/configure`` (path overridable with
   ``NCLOUD_CONFIG_FILE``): ini, one section per profile, ``[DEFAULT]`` by
   default; profile from the ``profile`` argument or ``NCLOUD_PROFILE``; keys
   ``ncloud_access_key_id`` and ``ncloud_secret_access_key``.

When none is complete, `CredentialsNotFoundError` lists every place tried.
Base URL: explicit argument, then ``MI_BASE_URL``, then
``https://mi.apigw.ntruss.com``.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ._errors import CredentialsNotFoundError
from ._redact import SecretStr, mask_access_key

__all__ = [
    "DEFAULT_BASE_URL",
    "Credentials",
    "default_config_path",
    "resolve_base_url",
    "resolve_credentials",
]

DEFAULT_BASE_URL = "https://mi.apigw.ntruss.com"
ENV_ACCESS_KEY = "NCLOUD_ACCESS_KEY_ID"
ENV_SECRET_KEY = "NCLOUD_SECRET_KEY"
ENV_PROFILE = "NCLOUD_PROFILE"
ENV_CONFIG_FILE = "NCLOUD_CONFIG_FILE"
ENV_BASE_URL = "MI_BASE_URL"
DEFAULT_PROFILE = "DEFAULT"
FILE_ACCESS_KEY = "ncloud_access_key_id"
FILE_SECRET_KEY = "ncloud_secret_access_key"


@dataclass(frozen=True)
class Credentials:
    """An access key / secret key pair and where it came from.

    ``repr``/``str`` show at most the first 4 characters of the access key
    and never the secret::

        Credentials(access_key='AKID****', secret_key='****', source='environment')
    """

    access_key: str
    secret_key: SecretStr = field(repr=False)
    source: str = "explicit"

    def __init__(self, access_key: str, secret_key: str | SecretStr, source: str = "explicit"):
        object.__setattr__(self, "access_key", access_key)
        object.__setattr__(
            self,
            "secret_key",
            secret_key if isinstance(secret_key, SecretStr) else SecretStr(secret_key),
        )
        object.__setattr__(self, "source", source)

    def __repr__(self) -> str:
        return (
            f"Credentials(access_key={mask_access_key(self.access_key)!r}, secret_key='****', source={self.source!r})"
        )

    __str__ = __repr__

    @classmethod
    def resolve(
        cls,
        access_key: str | None = None,
        secret_key: str | None = None,
        *,
        profile: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Credentials:
        """Run the chain; see the module docstring."""
        return resolve_credentials(access_key, secret_key, profile=profile, environ=environ)


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    override = env.get(ENV_CONFIG_FILE)
    if override:
        return Path(override).expanduser()
    return Path("~/.ncloud/configure").expanduser()


def _display_path(path: Path) -> str:
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def resolve_credentials(
    access_key: str | None = None,
    secret_key: str | None = None,
    *,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Credentials:
    """Return the first complete credentials of the chain.

    Raises `CredentialsNotFoundError` (listing what was tried) when none is
    complete, when only one explicit key is given, or when an explicitly
    chosen profile (argument or ``NCLOUD_PROFILE``) is missing from the file.
    """
    env = os.environ if environ is None else environ
    tried: list[str] = []

    # 1. explicit
    if access_key and secret_key:
        return Credentials(access_key, secret_key, "explicit")
    if access_key or secret_key:
        missing = "secret_key" if access_key else "access_key"
        raise CredentialsNotFoundError(
            f"Incomplete explicit credentials: {missing} was not given.",
            [f"explicit arguments: {missing} missing"],
        )
    tried.append("explicit arguments access_key/secret_key: not given")

    # 2. environment
    env_ak, env_sk = env.get(ENV_ACCESS_KEY), env.get(ENV_SECRET_KEY)
    if env_ak and env_sk:
        return Credentials(env_ak, env_sk, "environment")
    if env_ak or env_sk:
        missing = ENV_SECRET_KEY if env_ak else ENV_ACCESS_KEY
        tried.append(f"environment {ENV_ACCESS_KEY}/{ENV_SECRET_KEY}: incomplete ({missing} not set)")
    else:
        tried.append(f"environment {ENV_ACCESS_KEY}/{ENV_SECRET_KEY}: not set")

    # 3. config file
    profile_explicit = profile is not None or bool(env.get(ENV_PROFILE))
    chosen = profile or env.get(ENV_PROFILE) or DEFAULT_PROFILE
    path = default_config_path(env)
    where = f"config file {_display_path(path)} [{chosen}]"
    if not path.is_file():
        tried.append(f"{where}: file not found")
    else:
        parser = configparser.ConfigParser(default_section="\x00none", interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError) as exc:
            tried.append(f"{where}: unreadable ({type(exc).__name__})")
        else:
            if not parser.has_section(chosen):
                tried.append(f"{where}: no such profile")
                if profile_explicit:
                    raise CredentialsNotFoundError(f"Profile {chosen!r} not found in {_display_path(path)}.", tried)
            else:
                section = parser[chosen]
                file_ak = (section.get(FILE_ACCESS_KEY) or "").strip()
                file_sk = (section.get(FILE_SECRET_KEY) or "").strip()
                if file_ak and file_sk:
                    return Credentials(file_ak, file_sk, where)
                missing_keys = [k for k, v in ((FILE_ACCESS_KEY, file_ak), (FILE_SECRET_KEY, file_sk)) if not v]
                tried.append(f"{where}: missing {', '.join(missing_keys)}")

    raise CredentialsNotFoundError(
        "No NAVER Cloud credentials found. Pass access_key= and secret_key=, set "
        f"{ENV_ACCESS_KEY} and {ENV_SECRET_KEY}, or write them to ~/.ncloud/configure.",
        tried,
    )


def resolve_base_url(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Explicit value, then ``MI_BASE_URL``, then the production host (no trailing slash)."""
    env = os.environ if environ is None else environ
    url = explicit or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    return url.rstrip("/")
