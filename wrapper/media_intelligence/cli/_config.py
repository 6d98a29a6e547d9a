"""Profiles of the ncloud configuration file, read and written by ``mi``.

The file is the ncloud CLI's ``~/.ncloud/configure`` (``NCLOUD_CONFIG_FILE``
overrides the path): an ini file with one section per profile. The keys the
SDK reads are ``ncloud_access_key_id`` and ``ncloud_secret_access_key``;
``mi`` adds optional keys of its own, ``mi_base_url``, ``mi_workspace`` and
``mi_s3_endpoint_url`` (where ``mi analyze`` uploads; ``mi emulator start
--write-profile`` saves the emulator's S3 store there), which other tools
ignore. Writing keeps every other
section and key, and leaves the file readable by its owner only (0600).
"""

from __future__ import annotations

import configparser
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .._credentials import (
    DEFAULT_PROFILE,
    ENV_PROFILE,
    FILE_ACCESS_KEY,
    FILE_SECRET_KEY,
    default_config_path,
)

__all__ = [
    "KEY_BASE_URL",
    "KEY_S3_ENDPOINT_URL",
    "KEY_WORKSPACE",
    "ProfileSettings",
    "profile_name",
    "read_profile",
    "write_profile",
]

KEY_BASE_URL = "mi_base_url"
KEY_WORKSPACE = "mi_workspace"
KEY_S3_ENDPOINT_URL = "mi_s3_endpoint_url"


@dataclass(frozen=True)
class ProfileSettings:
    """What a profile holds (the secret is not kept here: only whether it is set)."""

    name: str
    path: Path
    exists: bool
    access_key: str | None = None
    has_secret: bool = False
    base_url: str | None = None
    workspace: str | None = None
    s3_endpoint_url: str | None = None


def profile_name(profile: str | None) -> str:
    """The profile to use: the argument, ``NCLOUD_PROFILE``, or ``DEFAULT``."""
    return profile or os.environ.get(ENV_PROFILE) or DEFAULT_PROFILE


def _parser() -> configparser.ConfigParser:
    # no DEFAULT-section inheritance (the ncloud CLI's [DEFAULT] is a normal profile), no interpolation
    parser = configparser.ConfigParser(default_section="\x00none", interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    return parser


def read_profile(profile: str | None = None) -> ProfileSettings:
    """The settings of a profile (empty when the file or the profile does not exist)."""
    name = profile_name(profile)
    path = default_config_path()
    parser = _parser()
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return ProfileSettings(name, path, False)
    if not parser.has_section(name):
        return ProfileSettings(name, path, False)
    section = parser[name]

    def value(key: str) -> str | None:
        text = (section.get(key) or "").strip()
        return text or None

    return ProfileSettings(
        name,
        path,
        True,
        access_key=value(FILE_ACCESS_KEY),
        has_secret=value(FILE_SECRET_KEY) is not None,
        base_url=value(KEY_BASE_URL),
        workspace=value(KEY_WORKSPACE),
        s3_endpoint_url=value(KEY_S3_ENDPOINT_URL),
    )


#: The keyword arguments of `write_profile`, and the file keys they set.
_WRITABLE = {
    "access_key": FILE_ACCESS_KEY,
    "secret_key": FILE_SECRET_KEY,
    "base_url": KEY_BASE_URL,
    "workspace": KEY_WORKSPACE,
    "s3_endpoint_url": KEY_S3_ENDPOINT_URL,
}


def write_profile(profile: str | None, **changes: str | None) -> Path:
    """Create or update a profile (``access_key=``, ``secret_key=``, ``base_url=``, ``workspace=``,
    ``s3_endpoint_url=``); ``None`` leaves a key as it is, ``""`` removes it. Returns the path."""
    unknown = set(changes) - set(_WRITABLE)
    if unknown:
        raise TypeError(f"write_profile() got unknown settings: {', '.join(sorted(unknown))}")
    name = profile_name(profile)
    path = default_config_path()
    parser = _parser()
    if path.is_file():
        parser.read(path, encoding="utf-8")
    if not parser.has_section(name):
        parser.add_section(name)
    section = parser[name]
    for argument, new in changes.items():
        key = _WRITABLE[argument]
        if new is None:
            continue
        if new == "":
            section.pop(key, None)
        else:
            section[key] = new
    path.parent.mkdir(parents=True, exist_ok=True)
    # write a private temporary file next to it, then rename: never a half-written or world-readable file
    fd, tmp = tempfile.mkstemp(prefix=".configure.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            parser.write(stream)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
