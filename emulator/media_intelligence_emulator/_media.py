"""Media inspection, the sidecar format, and scene derivation.

Inspection
----------
``inspect_media(data, file_name)`` reads images with Pillow (size, format)
and videos with PyAV (``av``: container, size, duration); when PyAV is not
installed, MP4/MOV durations and sizes are read from the ``mvhd``/``tkhd``
boxes directly. Anything unreadable raises ``MediaError`` (the import then
ends in ``INVALID_METADATA``).

The sidecar: ``<key>.mi.json``
------------------------------
A JSON file next to a media object in its bucket, read at import, that
programs what the analysis "finds". Every field is optional::

    {
      "caption": "text for an image's single scene",
      "labels": ["beach", "dog"],
      "scenes": [
        {
          "start": 0.0, "end": 12.5,                # seconds (floats allowed)
          "caption": "A dog runs on the beach",
          "labels": ["dog", "beach", "running"],
          "persons": ["Hong Gildong"],              # person names appearing in the scene
          "dialogue": ["Come here!",                # a line, or an object:
                       {"text": "Good dog", "start": 3.0, "end": 4.2, "speaker": "Hong Gildong"}]
        }
      ],
      "persons": ["Hong Gildong", {"name": "Kim Cheolsu", "thumbnail": "faces/kim.jpg"}],
      "dialogue": [{"text": "Hello", "start": 14.0, "end": 15.0, "speaker": "Kim Cheolsu"}],
      "analysisError": "simulated engine failure"
    }

* ``scenes``: the scenes of the index, in order. Without it, scenes are
  derived from the media: an image has one scene (``caption``/``labels``
  above apply to it); a video's duration is split into equal scenes of the
  length of the requested ``sceneRange`` (``SCENE_LENGTH_SECONDS``) or
  ``maxSceneDurationSec``, with empty captions and labels.
* ``persons``: persons found in the media (a name, or ``{name, thumbnail}``
  where ``thumbnail`` is the key of a face image in the same bucket). Scene
  ``persons`` refer to these names.
* ``dialogue``: lines with a time are added to the scene containing their
  start; scene-level ``dialogue`` stays in its scene.
* ``analysisError``: when present the analysis ends in its failure state with
  this message (to test failure paths).

Decoding budget
---------------
Every image is opened with ``open_image``: Pillow reads the header only, and
an image of more than ``max_decode_pixels()`` pixels (Pillow's own
``Image.MAX_IMAGE_PIXELS``) is refused with ``MediaError`` before any pixel
is decoded, so a small file that would decode to gigabytes (a "decompression
bomb") costs nothing. Decoding (hashes, thumbnails) happens on worker
threads, never on the event loop. Pillow is imported by the first image, not
with this module (it is on the emulator's start-up path).

Perceptual hash
---------------
``phash(image)`` is a 64-bit difference hash (hex); ``hamming(a, b)`` counts
differing bits (0 = same picture, <= 10 = very similar).
"""

from __future__ import annotations

import io
import json
import math
import struct
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from mi_spec.enums import DEFAULT_SCENE_RANGE, IndexType, IndexTypeValue, SceneRange

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "SCENE_LENGTH_SECONDS",
    "DialogueLine",
    "MediaError",
    "MediaInfo",
    "PersonSpec",
    "SceneSpec",
    "Sidecar",
    "derive_scenes",
    "hamming",
    "inspect_media",
    "max_decode_pixels",
    "open_image",
    "parse_sidecar",
    "phash",
    "thumbnail_jpeg",
    "video_frame",
]

#: The longest side of the thumbnails the emulator serves (never the original file).
THUMBNAIL_SIDE = 320

#: Scene length used to split a video without sidecar scenes, per ``sceneRange``.
SCENE_LENGTH_SECONDS: dict[str, float] = {
    SceneRange.EXTRA_SHORT: 10.0,
    SceneRange.SHORT: 20.0,
    SceneRange.MEDIUM: 30.0,
    SceneRange.LONG: 60.0,
}

_IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "HEIF": "heic", "WEBP": "webp", "GIF": "gif", "BMP": "bmp"}
_VIDEO_EXTENSIONS = {"mp4", "m4v", "mov", "mkv", "webm"}


class MediaError(ValueError):
    """The media could not be read (the reason is in the message)."""


@dataclass(frozen=True)
class MediaInfo:
    """What an import learns about a file."""

    kind: IndexTypeValue  # the kind of media an index is made from
    width: int
    height: int
    duration_ms: int
    format: str  # lower case: jpg, png, heic, mp4, mov, mkv, webm...
    size: int

    @property
    def resolution(self) -> str:
        return f"{self.width}x{self.height}"


def _extension(file_name: str) -> str:
    return PurePosixPath(file_name).suffix.lower().lstrip(".")


class ImageTooLarge(MediaError):
    """The image has more pixels than the emulator decodes (``max_decode_pixels()``)."""


@cache
def max_decode_pixels() -> int:
    """The most pixels the emulator decodes in one image: Pillow's own decompression-bomb threshold."""
    from PIL import Image

    return int(Image.MAX_IMAGE_PIXELS or 89_478_485)


def open_image(data: bytes) -> Image.Image:
    """The image of ``data``, its header read and nothing decoded yet.

    Raises ``ImageTooLarge`` for more than ``max_decode_pixels()`` pixels and
    ``MediaError`` for anything Pillow can't identify.
    """
    from PIL import Image, UnidentifiedImageError

    limit = max_decode_pixels()
    try:
        img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLarge(f"the image has more than {limit} pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise MediaError("the file is not a readable image") from None
    width, height = img.size
    if width * height > limit:
        img.close()
        raise ImageTooLarge(f"the image is {width}x{height}, more than {limit} pixels")
    return img


def inspect_media(data: bytes, file_name: str) -> MediaInfo:
    """Inspect an image or a video; raise ``MediaError`` when it can't be read."""
    if not data:
        raise MediaError("the file is empty")
    ext = _extension(file_name)
    if ext not in _VIDEO_EXTENSIONS:
        try:
            with open_image(data) as img:
                fmt = _IMAGE_FORMATS.get(str(img.format), str(img.format).lower())
                return MediaInfo(IndexType.IMAGE, int(img.width), int(img.height), 0, fmt, len(data))
        except ImageTooLarge:
            raise
        except MediaError:
            if ext in {"jpg", "jpeg", "png", "heic", "webp"}:
                raise MediaError(f"the image could not be decoded ({ext})") from None
    return _inspect_video(data, ext)


def _inspect_video(data: bytes, ext: str) -> MediaInfo:
    try:
        import av
    except ImportError:  # pragma: no cover - PyAV is a dependency of the emulator extra
        return _inspect_mp4_boxes(data, ext)
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            streams = container.streams.video
            if not streams:
                raise MediaError("the file has no video stream")
            stream = streams[0]
            duration_s = 0.0
            if container.duration:
                duration_s = container.duration / 1_000_000
            elif stream.duration and stream.time_base:
                duration_s = float(stream.duration * stream.time_base)
            names = set(str(container.format.name).split(","))
            width = int(stream.codec_context.width or 0)
            height = int(stream.codec_context.height or 0)
    except MediaError:
        raise
    except Exception as exc:  # av raises many error types (InvalidDataError, ...)
        raise MediaError(f"the video could not be read: {type(exc).__name__}") from None
    if width <= 0 or height <= 0:
        raise MediaError("the video has no frame size")
    if ext in names or (ext == "mkv" and "matroska" in names):
        fmt = ext
    elif "mp4" in names or "mov" in names:
        fmt = "mov" if ext == "mov" else "mp4"
    elif "matroska" in names or "webm" in names:
        fmt = "webm" if ext == "webm" else "mkv"
    else:
        fmt = sorted(names)[0]
    return MediaInfo(IndexType.VIDEO, width, height, round(duration_s * 1000), fmt, len(data))


def _inspect_mp4_boxes(data: bytes, ext: str) -> MediaInfo:
    """MP4/MOV without PyAV: duration from ``mvhd``, size from the first video ``tkhd``."""

    def boxes(start: int, end: int) -> list[tuple[bytes, int, int]]:
        out = []
        pos = start
        while pos + 8 <= end:
            size, kind = struct.unpack(">I4s", data[pos : pos + 8])
            header = 8
            if size == 1:
                size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
                header = 16
            elif size == 0:
                size = end - pos
            if size < header:
                break
            out.append((kind, pos + header, min(pos + size, end)))
            pos += size
        return out

    moov = next(((s, e) for k, s, e in boxes(0, len(data)) if k == b"moov"), None)
    if moov is None:
        raise MediaError("the video could not be read: no moov box")
    duration_ms, width, height = 0, 0, 0
    for kind, start, end in boxes(*moov):
        if kind == b"mvhd":
            version = data[start]
            if version == 1:
                timescale, duration = struct.unpack(">IQ", data[start + 20 : start + 32])
            else:
                timescale, duration = struct.unpack(">II", data[start + 12 : start + 20])
            duration_ms = int(duration * 1000 / timescale) if timescale else 0
        elif kind == b"trak" and not width:
            for sub, s2, e2 in boxes(start, end):
                if sub == b"tkhd" and e2 - s2 >= 84:
                    w, h = struct.unpack(">II", data[e2 - 8 : e2])
                    width, height = w >> 16, h >> 16
    if not width or not height:
        raise MediaError("the video has no frame size")
    return MediaInfo(IndexType.VIDEO, width, height, duration_ms, "mov" if ext == "mov" else "mp4", len(data))


# -- sidecar ------------------------------------------------------------------------------------


@dataclass
class DialogueLine:
    text: str
    start_ms: int | None = None
    end_ms: int | None = None
    speaker: str | None = None


@dataclass
class PersonSpec:
    name: str
    thumbnail: str | None = None


@dataclass
class SceneSpec:
    start_ms: int
    end_ms: int
    caption: str = ""
    labels: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    dialogue: list[DialogueLine] = field(default_factory=list)


@dataclass
class Sidecar:
    """A parsed sidecar (times in milliseconds)."""

    caption: str = ""
    labels: list[str] = field(default_factory=list)
    scenes: list[SceneSpec] = field(default_factory=list)
    persons: list[PersonSpec] = field(default_factory=list)
    dialogue: list[DialogueLine] = field(default_factory=list)
    analysis_error: str | None = None

    def to_json(self) -> str:
        """Normalised JSON (what ``assets.sidecar`` stores)."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Sidecar | None:
        """Inverse of ``to_json`` (None for None)."""
        if not text:
            return None
        raw = json.loads(text)
        return cls(
            caption=raw.get("caption", ""),
            labels=list(raw.get("labels", [])),
            scenes=[
                SceneSpec(
                    s["start_ms"],
                    s["end_ms"],
                    s.get("caption", ""),
                    list(s.get("labels", [])),
                    list(s.get("persons", [])),
                    [DialogueLine(**d) for d in s.get("dialogue", [])],
                )
                for s in raw.get("scenes", [])
            ],
            persons=[PersonSpec(**p) for p in raw.get("persons", [])],
            dialogue=[DialogueLine(**d) for d in raw.get("dialogue", [])],
            analysis_error=raw.get("analysis_error"),
        )


def _seconds_to_ms(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or math.isnan(value):
        raise ValueError(f"{where}: must be a number of seconds >= 0")
    return round(float(value) * 1000)


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: must be a list of strings")
    return list(value)


def _dialogue(value: Any, where: str) -> list[DialogueLine]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{where}: must be a list")
    out = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            out.append(DialogueLine(item))
        elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
            start = _seconds_to_ms(item["start"], f"{where}[{i}].start") if "start" in item else None
            end = _seconds_to_ms(item["end"], f"{where}[{i}].end") if "end" in item else None
            speaker = item.get("speaker")
            out.append(DialogueLine(item["text"], start, end, str(speaker) if speaker is not None else None))
        else:
            raise ValueError(f"{where}[{i}]: must be a string or an object with text")
    return out


def parse_sidecar(raw: Any) -> Sidecar:
    """Validate and normalise a sidecar document; raise ``ValueError`` naming the bad field."""
    if not isinstance(raw, Mapping):
        raise ValueError("sidecar: must be a JSON object")
    caption = raw.get("caption", "")
    if not isinstance(caption, str):
        raise ValueError("caption: must be a string")
    persons: list[PersonSpec] = []
    raw_persons = raw.get("persons")
    if raw_persons is None:
        raw_persons = []
    if not isinstance(raw_persons, list):
        raise ValueError("persons: must be a list")
    for i, p in enumerate(raw_persons):
        if isinstance(p, str):
            persons.append(PersonSpec(p))
        elif isinstance(p, Mapping) and isinstance(p.get("name"), str):
            thumb = p.get("thumbnail")
            persons.append(PersonSpec(p["name"], str(thumb) if thumb is not None else None))
        else:
            raise ValueError(f"persons[{i}]: must be a name or an object with name")
    scenes: list[SceneSpec] = []
    raw_scenes = raw.get("scenes")
    if raw_scenes is None:
        raw_scenes = []
    if not isinstance(raw_scenes, list):
        raise ValueError("scenes: must be a list")
    for i, s in enumerate(raw_scenes):
        if not isinstance(s, Mapping):
            raise ValueError(f"scenes[{i}]: must be an object")
        start = _seconds_to_ms(s.get("start", 0), f"scenes[{i}].start")
        end = _seconds_to_ms(s.get("end", s.get("start", 0)), f"scenes[{i}].end")
        if end < start:
            raise ValueError(f"scenes[{i}].end: must not be before start")
        scene_caption = s.get("caption", "")
        if not isinstance(scene_caption, str):
            raise ValueError(f"scenes[{i}].caption: must be a string")
        scenes.append(
            SceneSpec(
                start,
                end,
                scene_caption,
                _strings(s.get("labels"), f"scenes[{i}].labels"),
                _strings(s.get("persons"), f"scenes[{i}].persons"),
                _dialogue(s.get("dialogue"), f"scenes[{i}].dialogue"),
            )
        )
    error = raw.get("analysisError")
    return Sidecar(
        caption=caption,
        labels=_strings(raw.get("labels"), "labels"),
        scenes=scenes,
        persons=persons,
        dialogue=_dialogue(raw.get("dialogue"), "dialogue"),
        analysis_error=str(error) if error else None,
    )


def scene_length_ms(scene_range: str | None, max_scene_seconds: float | None = None) -> int:
    """Length of the derived scenes: ``maxSceneDurationSec`` when given, else per ``sceneRange``."""
    if max_scene_seconds:
        return max(1, int(max_scene_seconds * 1000))
    default = SCENE_LENGTH_SECONDS[DEFAULT_SCENE_RANGE]
    return int(SCENE_LENGTH_SECONDS.get(scene_range or DEFAULT_SCENE_RANGE, default) * 1000)


def derive_scenes(
    kind: str,
    duration_ms: int,
    sidecar: Sidecar | None,
    scene_range: str | None = None,
    max_scene_seconds: float | None = None,
) -> list[SceneSpec]:
    """The scenes of an index: the sidecar's, or derived from the media (see the module doc)."""
    side = sidecar or Sidecar()
    if side.scenes:
        scenes = [
            SceneSpec(s.start_ms, s.end_ms, s.caption, list(s.labels), list(s.persons), list(s.dialogue))
            for s in side.scenes
        ]
    elif kind == IndexType.IMAGE or duration_ms <= 0:
        scenes = [SceneSpec(0, max(0, duration_ms), side.caption, list(side.labels))]
    else:
        step = scene_length_ms(scene_range, max_scene_seconds)
        scenes = [
            SceneSpec(start, min(start + step, duration_ms), "" if start else side.caption)
            for start in range(0, duration_ms, step)
        ]
    for line in side.dialogue:
        target = scenes[0]
        if line.start_ms is not None:
            for scene in scenes:
                if scene.start_ms <= line.start_ms < max(scene.end_ms, scene.start_ms + 1):
                    target = scene
                    break
            else:
                target = scenes[-1]
        target.dialogue.append(line)
    return scenes


# -- perceptual hash ----------------------------------------------------------------------------


def phash(image: Image.Image | bytes) -> str:
    """64-bit difference hash of an image, as 16 hex digits."""
    if isinstance(image, bytes | bytearray):
        # Decoded at full scale: JPEG's reduced-scale draft decoding moves the hash by several bits, so the
        # same picture as a JPEG and as a PNG would no longer match (open_image bounds the pixels first).
        with open_image(bytes(image)) as img:
            return phash(img.copy())
    from PIL import Image

    small = image.convert("L").resize((9, 8), Image.Resampling.LANCZOS)
    pixels: Sequence[int] = small.tobytes()
    bits = 0
    for row in range(8):
        for col in range(8):
            left, right = pixels[row * 9 + col], pixels[row * 9 + col + 1]
            bits = (bits << 1) | (1 if left > right else 0)
    return f"{bits:016x}"


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two ``phash`` values."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def thumbnail_jpeg(image: Image.Image | bytes, side: int = THUMBNAIL_SIDE) -> bytes:
    """A JPEG of at most ``side`` pixels on its longer side (the original file is never served as one)."""
    if isinstance(image, bytes | bytearray):
        with open_image(bytes(image)) as img:
            img.draft("RGB", (side, side))
            return thumbnail_jpeg(img.copy(), side)
    small = image.convert("RGB")
    small.thumbnail((side, side))
    out = io.BytesIO()
    small.save(out, format="JPEG", quality=85)
    return out.getvalue()


def video_frame(data: bytes, at_ms: int) -> Image.Image | None:
    """The first decodable frame at or after ``at_ms`` of a video (PyAV), or None."""
    try:
        import av
    except ImportError:  # pragma: no cover
        return None
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            stream = container.streams.video[0]
            if at_ms > 0 and stream.time_base:
                container.seek(int(at_ms / 1000 / stream.time_base), stream=stream, any_frame=False, backward=True)
            for frame in container.decode(stream):
                t = frame.time or 0.0
                if t * 1000 + 1 >= at_ms or at_ms <= 0:
                    img: Image.Image = frame.to_image()  # type: ignore[no-untyped-call]
                    return img
            return None
    except Exception:
        return None
