"""Constants and generated media of the end-to-end tests.

Media files are generated: PNG faces, JPEG photos and an MPEG-4 video (PyAV),
with ``.mi.json`` sidecars that program what the emulator's analysis finds.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from tests import media

S3_BUCKET = "e2e-media"
S3_KEYS = {"aws_access_key_id": "test", "aws_secret_access_key": "test", "region_name": "us-east-1"}
HONG = "Hong Gildong"
KIM = "Kim Cheolsu"


# --------------------------------------------------------------------------- #
# media


def face_png(size: int = 320, seed: int = 0) -> bytes:
    """A face-like drawing (distinct per seed, so perceptual hashes differ)."""
    image = Image.new("RGB", (size, size), (240, 220, 200 - seed * 40))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 30, size - 40, size - 20), fill=(230, 190, 160), outline=(80, 50, 30), width=6)
    draw.ellipse((100 + seed * 10, 110, 130 + seed * 10, 140), fill=(20, 20, 20))
    draw.ellipse((190, 110, 220, 140), fill=(20, 20, 20))
    draw.arc((110, 180, 210, 250 + seed * 10), 10, 170, fill=(150, 30, 30), width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def photo_jpeg(width: int = 640, height: int = 480, seed: int = 0) -> bytes:
    image = Image.new("RGB", (width, height), (30, 60 + seed * 50, 150))
    draw = ImageDraw.Draw(image)
    for i in range(0, width, 40 + seed * 7):
        draw.rectangle((i, height // 2, i + 20, height), fill=(250 - seed * 60, 120, 40))
    draw.ellipse((width // 3, 40, width // 3 + 120, 160), fill=(255, 230, 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def mp4(seconds: int = 6, width: int = 640, height: int = 360, fps: int = 2) -> bytes:
    """A small MPEG-4 video encoded with PyAV."""
    return media.mp4(seconds, width, height, fps)


CLIP_SIDECAR: dict[str, Any] = {
    "scenes": [
        {
            "start": 0,
            "end": 3,
            "caption": "A dog runs on the beach",
            "labels": ["dog", "beach", "running"],
            "persons": [HONG],
            "dialogue": ["Come here, boy!"],
        },
        {
            "start": 3,
            "end": 6,
            "caption": "A cat sleeps on a sofa",
            "labels": ["cat", "sofa"],
            "persons": [KIM],
            "dialogue": ["Good night, kitty"],
        },
    ],
    "persons": [HONG, KIM],
}

SUNSET_SIDECAR: dict[str, Any] = {"caption": "A red sunset over the sea", "labels": ["sunset", "sea"]}
MARKET_SIDECAR: dict[str, Any] = {"caption": "A crowded night market", "labels": ["market", "night"]}


@dataclass
class MediaFiles:
    """Local files to upload: the clip and the sunset photo (with sidecars), the market photo, a face."""

    folder: Path
    clip: Path
    sunset: Path
    sunset_bytes: bytes
    market_bytes: bytes
    face: bytes
