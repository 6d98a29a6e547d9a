"""Helpers of the security tests (no tests here): an emulator in its own process, raw HTTP over a socket,
the peak resident memory of the server, and images that would decode to gigabytes."""

from __future__ import annotations

import io
import os
import select
import socket
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from media_intelligence._auth import sign

from .helpers import Api

OWNER = ("owner-access-key", "owner-secret-key-0123456789")
INTRUDER = ("intruder-access-key", "intruder-secret-key-0123456789")
ADMIN = ("admin-access-key", "admin-secret-key-0123456789")
BUCKET = "media"


@dataclass
class Server:
    """``python -m media_intelligence_emulator`` running as a child process."""

    process: subprocess.Popen[bytes]
    base_url: str
    log: Path
    bucket: Path

    def api(self, key: tuple[str, str] = OWNER, openapi: Any = None) -> Api:
        return Api(self.base_url, openapi, *key)

    def peak_rss_mb(self) -> float:
        """The server's peak resident memory so far (``VmHWM`` of /proc/PID/status), in MiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmHWM in /proc status")

    def wait_for_jobs(self, api: Api) -> None:
        response = api.post("/_emulator/jobs/wait", params={"timeout": "30"})
        assert response.status_code == 200, response.text

    def raw(self, head: str, body: bytes = b"", timeout: float = 10.0) -> tuple[int, bytes]:
        """Send ``head`` (request line and headers, CRLF separated, no blank line) and ``body``; status and body."""
        return raw_request(self.base_url, head, body, timeout=timeout)


def signed_head(method: str, target: str, key: tuple[str, str], *headers: str) -> str:
    """A request head signed by the SDK for ``key`` (request line, Host, the three signature headers, ``headers``)."""
    stamp = str(int(time.time() * 1000))
    lines = [
        f"{method} {target} HTTP/1.1",
        "Host: emulator",
        f"x-ncp-apigw-timestamp: {stamp}",
        f"x-ncp-iam-access-key: {key[0]}",
        f"x-ncp-apigw-signature-v2: {sign(method, target, stamp, key[0], key[1])}",
        *headers,
    ]
    return "\r\n".join(lines)


def _secret_file(folder: Path, name: str, secret: str) -> Path:
    path = folder / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secret + "\n")
    return path


@contextmanager
def emulator_process(folder: Path, *extra: str) -> Iterator[Server]:
    """Start the emulator in a child process (three key pairs, one an admin, a folder bucket); stop it after."""
    folder.mkdir(parents=True, exist_ok=True)
    bucket = folder / "bucket"
    bucket.mkdir(exist_ok=True)
    argv = [sys.executable, "-m", "media_intelligence_emulator", "--port", "0", "--db", str(folder / "mi.db")]
    for number, (access, secret) in enumerate((OWNER, INTRUDER, ADMIN)):
        argv += ["--access-key", access, "--secret-key-file", str(_secret_file(folder, f"secret{number}", secret))]
    argv += ["--admin-access-key", ADMIN[0], "--bucket-dir", f"{BUCKET}={bucket}", "--log-level", "info", *extra]
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        base_url = _wait_started(process, log)
        yield Server(process, base_url, log, bucket)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def _wait_started(process: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the emulator exited: {log.read_text(errors='replace')}")
        for line in log.read_text(errors="replace").splitlines():
            if line.startswith("base url: "):
                base_url = line.split(": ", 1)[1].strip()
                try:
                    if httpx.get(base_url + "/_emulator/health", timeout=2).status_code == 200:
                        return base_url
                except httpx.TransportError:
                    pass
        time.sleep(0.05)
    raise AssertionError("the emulator did not start")


def _read_response(sock: socket.socket, timeout: float) -> tuple[int, bytes]:
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        None,
    )
    while length is not None and len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return status, rest


def raw_request(base_url: str, head: str, body: bytes = b"", timeout: float = 10.0) -> tuple[int, bytes]:
    """One request over a fresh connection, bytes exactly as given."""
    url = urlsplit(base_url)
    with socket.create_connection((url.hostname or "127.0.0.1", url.port or 80), timeout=timeout) as sock:
        sock.sendall(head.encode("latin-1") + b"\r\n\r\n" + body)
        return _read_response(sock, timeout)


def offer_body(base_url: str, head: str, total: int, chunk_size: int = 1 << 20) -> tuple[int, int]:
    """Send ``head`` then up to ``total`` zero bytes, stopping early once the server has answered (as HTTP/1.1
    clients do); returns (status, bytes sent). A server that reads the body before answering gets all of it."""
    url = urlsplit(base_url)
    chunk = bytes(chunk_size)
    sent = 0
    with socket.create_connection((url.hostname or "127.0.0.1", url.port or 80), timeout=60) as sock:
        sock.sendall(head.encode("latin-1") + b"\r\n\r\n")
        while sent < total:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            try:
                sock.sendall(chunk[: min(chunk_size, total - sent)])
            except OSError:  # the server answered and closed
                break
            sent += min(chunk_size, total - sent)
        return _read_response(sock, 60)[0], sent


def huge_png(width: int, height: int) -> bytes:
    """A 1-bit greyscale PNG of ``width`` x ``height`` black pixels (a few KB; decoded: width*height bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = bytes(1 + (width + 7) // 8)  # filter byte 0, then the packed pixels
    packer = zlib.compressobj(9)
    idat = io.BytesIO()
    for _ in range(height):
        idat.write(packer.compress(row))
    idat.write(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat.getvalue()) + chunk(b"IEND", b"")
