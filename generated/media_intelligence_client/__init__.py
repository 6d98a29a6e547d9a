"""A client library for accessing NAVER Cloud Media Intelligence API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
