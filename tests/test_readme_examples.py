"""Every ```python block of README.md runs, so the README cannot lie.

The blocks run in order in one shared namespace (later blocks use the
quick start's ``client``, ``project`` and ``imported``), with the working
directory set to a temporary folder holding the sample media in
``build/samples/`` and the environment the README describes:
``NCLOUD_ACCESS_KEY_ID``/``NCLOUD_SECRET_KEY``/``MI_BASE_URL`` of an emulator
that serves ``build/samples`` as the bucket ``my-bucket`` and reads other
buckets from moto's S3 server (``MI_S3_ENDPOINT_URL``). A block defining
``test_...`` functions is a pytest file: it is written to that folder and
run by pytest in a subprocess, so it gets the real ``mi_emulator`` fixture.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
SENTINEL_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


@dataclass(frozen=True)
class Block:
    line: int
    code: str

    @property
    def is_test_file(self) -> bool:
        return re.search(r"^def test_", self.code, re.MULTILINE) is not None


def readme_blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [Block(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in FENCE.finditer(text)]


BLOCKS = readme_blocks()
NAMESPACE: dict[str, Any] = {"__name__": "readme"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def readme_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """cwd with build/samples, moto, an emulator, and the README's environment variables."""
    import boto3
    from moto.server import ThreadedMotoServer

    from media_intelligence_emulator import EmulatorConfig, S3Config, run_in_thread
    from scripts.make_sample_media import generate

    root = tmp_path_factory.mktemp("readme")
    samples = root / "build" / "samples"
    generate(samples, quiet=True)

    port = _free_port()
    moto = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    moto.start()
    s3_url = f"http://127.0.0.1:{port}"
    boto3.client(
        "s3", endpoint_url=s3_url, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    ).create_bucket(Bucket="uploads")
    emulator = run_in_thread(
        EmulatorConfig(port=0, bucket_dirs={"my-bucket": str(samples)}, s3=S3Config(s3_url), job_delay=0.0)
    )
    env = {
        "NCLOUD_ACCESS_KEY_ID": emulator.access_key,
        "NCLOUD_SECRET_KEY": emulator.secret_key,
        "MI_BASE_URL": emulator.base_url,
        "MI_S3_ENDPOINT_URL": s3_url,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "NCLOUD_CONFIG_FILE": str(root / "no-such-configure"),
    }
    old_cwd = Path.cwd()
    with pytest.MonkeyPatch.context() as mp:
        for name in ("MI_WORKSPACE", "NCLOUD_PROFILE", "AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
            mp.delenv(name, raising=False)
        for name, value in env.items():
            mp.setenv(name, value)
        os.chdir(root)
        try:
            yield root
        finally:
            os.chdir(old_cwd)
            emulator.stop()
            moto.stop()
            client = NAMESPACE.get("client")
            if client is not None:
                client.close()


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6
    assert any(b.is_test_file for b in BLOCKS), "the mi_emulator fixture example is missing"
    assert any("AsyncMediaIntelligence" in b.code for b in BLOCKS), "the async example is missing"


@pytest.mark.parametrize("block", BLOCKS, ids=[f"README.md:{b.line}" for b in BLOCKS])
def test_readme_block_runs(block: Block, readme_world: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if block.is_test_file:
        path = readme_world / f"test_readme_block_{block.line}.py"
        path.write_text(block.code, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)],
            cwd=readme_world,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, (
            f"README.md:{block.line} as a pytest file failed:\n{result.stdout}\n{result.stderr}"
        )
        return
    code = compile(block.code, f"README.md:{block.line}", "exec")
    exec(code, NAMESPACE)
    printed = capsys.readouterr().out
    # What a reader sees: values, never an object's default repr (an absent field once printed
    # `<media_intelligence_client.types.Unset object at 0x...>`).
    leaked = SENTINEL_REPR.findall(printed)
    assert not leaked, f"README.md:{block.line} printed {leaked}:\n{printed}"
