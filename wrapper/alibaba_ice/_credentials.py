"""Alibaba Cloud credentials and the region's endpoint, by the provider's conventions."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ice_spec.inputs import SERVERS

__all__ = ["ENV_ACCESS_KEY_ID", "ENV_ACCESS_KEY_SECRET", "ENV_SECURITY_TOKEN", "Credentials", "endpoint_for_region"]

ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN"


class MissingCredentialsError(RuntimeError):
    """No access key pair was given and the environment has none."""


@dataclass(frozen=True)
class Credentials:
    """An AccessKey pair, with the STS security token of temporary credentials."""

    access_key_id: str
    access_key_secret: str = field(repr=False)
    security_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.access_key_id or not self.access_key_secret:
            raise MissingCredentialsError("access_key_id and access_key_secret must not be empty")

    def __repr__(self) -> str:  # the secret and the token never show in reprs or logs
        token = ", security_token='***'" if self.security_token else ""
        return f"Credentials(access_key_id={self.access_key_id!r}, access_key_secret='***'{token})"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Credentials:
        """``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``_SECRET`` and the optional ``ALIBABA_CLOUD_SECURITY_TOKEN``."""
        env = os.environ if env is None else env
        key_id, secret = env.get(ENV_ACCESS_KEY_ID), env.get(ENV_ACCESS_KEY_SECRET)
        if not key_id or not secret:
            raise MissingCredentialsError(f"set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET}")
        return cls(key_id, secret, env.get(ENV_SECURITY_TOKEN) or None)


def endpoint_for_region(region_id: str) -> str:
    """``https://ice.{regionId}.aliyuncs.com``: the spec's first server with the region filled in."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", region_id):
        raise ValueError(f"region_id: {region_id!r} is not a region ID (e.g. cn-shanghai)")
    return SERVERS[0].expand(regionId=region_id)
