"""A client library for accessing Alibaba Cloud ICE media search API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
