#!/usr/bin/env python3
"""Generate the sample media of the demo and the tests: drawn images, short videos, sidecars.

Nothing is downloaded: every picture is drawn with Pillow and every video is
encoded with PyAV (``av``, in the ``emulator`` extra), from fixed drawings, so
the output is the same on every run. ``python scripts/make_sample_media.py
[OUT]`` writes to ``build/samples/`` by default (git-ignored)::

    build/samples/
      red_car.jpg  beach_sun.jpg  cat.jpg  city_night.jpg  mountain_lake.jpg   (960x540)
      car_chase.mp4  picnic_park.mp4                                           (640x360, 10 fps, H.264)
      <file>.mi.json                 a sidecar per file: what the emulator's analysis "finds"
      faces/<person>.jpg             a face per person (for person registration)
      queries/red_car_query.png      the red car, smaller and re-encoded (an image-search query)
      manifest.json                  the files, the persons and the expected answers of the demo searches

The sidecars (format: ``emulator/README.md``) give each file its scenes
(time ranges, captions, labels), the persons in them and the dialogue lines,
so that searches have meaningful answers: "red car" finds the car picture and
the chase scene, the dialogue "Where are the keys?" finds the chase scene, and
a person filter keeps the scenes that person appears in. NAVER Cloud ignores
the sidecars; against the real service the analysis finds what it finds.

Run again to regenerate; files already up to date (same content) are left
untouched, so timestamps do not move.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

__all__ = ["PERSONS", "generate"]

IMAGE_SIZE = (960, 540)
VIDEO_SIZE = (640, 360)
VIDEO_FPS = 10
FACE_SIZE = (400, 400)

RGB = tuple[int, int, int]

# --------------------------------------------------------------------------- #
# drawing helpers: every scene is drawn on a 960x540 canvas, then resized


def _gradient(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], top: RGB, bottom: RGB) -> None:
    x0, y0, x1, y1 = box
    height = max(1, y1 - y0)
    for i in range(height):
        t = i / height
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(x0, y0 + i), (x1, y0 + i)], fill=colour)


def _car(draw: ImageDraw.ImageDraw, x: int, y: int, scale: float = 1.0, colour: RGB = (210, 20, 30)) -> None:
    """A side view of a car whose bottom-left corner is near (x, y)."""

    def s(v: float) -> int:
        return round(v * scale)

    draw.rounded_rectangle([x, y - s(70), x + s(300), y - s(20)], radius=s(18), fill=colour)
    draw.polygon(
        [(x + s(60), y - s(70)), (x + s(100), y - s(120)), (x + s(210), y - s(120)), (x + s(250), y - s(70))],
        fill=colour,
    )
    draw.polygon(
        [(x + s(75), y - s(72)), (x + s(106), y - s(110)), (x + s(150), y - s(110)), (x + s(150), y - s(72))],
        fill=(170, 210, 240),
    )
    draw.polygon(
        [(x + s(160), y - s(72)), (x + s(160), y - s(110)), (x + s(204), y - s(110)), (x + s(236), y - s(72))],
        fill=(170, 210, 240),
    )
    for cx in (x + s(70), x + s(235)):
        draw.ellipse([cx - s(32), y - s(52), cx + s(32), y + s(12)], fill=(25, 25, 25))
        draw.ellipse([cx - s(14), y - s(34), cx + s(14), y - s(6)], fill=(180, 180, 180))
    draw.rectangle([x + s(285), y - s(62), x + s(300), y - s(50)], fill=(255, 230, 120))


def draw_street(progress: float = 0.0, car_x: int | None = None) -> Image.Image:
    """A red car on a city street by day; ``progress`` shifts the background (motion)."""
    img = Image.new("RGB", IMAGE_SIZE)
    d = ImageDraw.Draw(img)
    _gradient(d, (0, 0, 960, 300), (110, 170, 235), (200, 225, 250))
    offset = round(progress * 240)
    rng = random.Random(7)
    x = -offset
    while x < 960 + 240:
        w = rng.randint(90, 150)
        h = rng.randint(120, 230)
        grey = rng.randint(120, 170)
        d.rectangle([x, 330 - h, x + w - 10, 330], fill=(grey, grey, grey + 10))
        for wy in range(330 - h + 15, 320, 30):
            for wx in range(x + 12, x + w - 25, 25):
                d.rectangle([wx, wy, wx + 10, wy + 14], fill=(200, 215, 230))
        x += w
    d.rectangle([0, 330, 960, 360], fill=(170, 170, 165))  # pavement
    d.rectangle([0, 360, 960, 540], fill=(60, 60, 65))  # road
    for lx in range(-offset % 120 - 120, 960, 120):
        d.rectangle([lx, 445, lx + 60, 455], fill=(240, 240, 240))
    _car(d, 330 if car_x is None else car_x, 430, 1.0)
    return img


def draw_beach(sun_height: float = 0.0, car: bool = False) -> Image.Image:
    """A beach under a big sun; ``sun_height`` 0..1 lowers the sun toward the sea (a sunset)."""
    img = Image.new("RGB", IMAGE_SIZE)
    d = ImageDraw.Draw(img)
    _gradient(d, (0, 0, 960, 300), (255, 190, 90), (255, 235, 150))
    sy = round(120 + 110 * sun_height)
    d.ellipse([620, sy - 85, 790, sy + 85], fill=(255, 220, 40))
    d.rectangle([0, 300, 960, 400], fill=(30, 110, 190))  # sea
    for wx in range(0, 960, 60):
        d.arc([wx, 330, wx + 60, 360], 200, 340, fill=(200, 230, 255), width=3)
    d.rectangle([0, 400, 960, 540], fill=(235, 205, 140))  # sand
    if car:
        _car(d, 90, 500, 0.9)
    else:
        d.line([(230, 520), (250, 360)], fill=(110, 80, 50), width=6)  # parasol
        d.pieslice([140, 320, 360, 420], 180, 360, fill=(230, 60, 90))
    return img


def draw_cat(tail: float = 0.0) -> Image.Image:
    """An orange cat sitting on a green rug in a living room; ``tail`` 0..1 swings the tail."""
    img = Image.new("RGB", IMAGE_SIZE)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 960, 380], fill=(240, 225, 195))  # wall
    d.rectangle([0, 380, 960, 540], fill=(150, 110, 70))  # floor
    d.ellipse([180, 400, 780, 530], fill=(40, 150, 70))  # rug
    orange, dark = (240, 140, 40), (170, 85, 20)
    angle = math.radians(-30 + 60 * tail)
    tx, ty = 620 + 150 * math.cos(angle), 430 - 150 * math.sin(angle)
    d.line([(600, 450), (round(tx), round(ty))], fill=orange, width=26)
    d.ellipse([360, 280, 620, 480], fill=orange)  # body
    d.ellipse([390, 150, 570, 320], fill=orange)  # head
    d.polygon([(400, 200), (420, 110), (470, 170)], fill=orange)  # ears
    d.polygon([(560, 200), (540, 110), (490, 170)], fill=orange)
    d.polygon([(418, 180), (425, 135), (452, 170)], fill=(250, 180, 170))
    d.polygon([(542, 180), (535, 135), (508, 170)], fill=(250, 180, 170))
    for ex in (440, 520):
        d.ellipse([ex - 16, 215, ex + 16, 250], fill=(60, 170, 60))
        d.ellipse([ex - 5, 220, ex + 5, 245], fill=(10, 10, 10))
    d.polygon([(470, 265), (490, 265), (480, 278)], fill=(230, 110, 120))
    for side in (-1, 1):
        for dy in (-8, 4, 16):
            d.line([(480 + side * 20, 275 + dy // 2), (480 + side * 95, 265 + dy)], fill=(60, 40, 20), width=2)
    for sx in (400, 450, 500):
        d.arc([sx, 300, sx + 60, 360], 200, 340, fill=dark, width=6)  # stripes
    d.rectangle([80, 60, 300, 260], fill=(120, 180, 230))  # window
    d.line([(190, 60), (190, 260)], fill=(255, 255, 255), width=6)
    d.line([(80, 160), (300, 160)], fill=(255, 255, 255), width=6)
    return img


def draw_city_night(twinkle: int = 0) -> Image.Image:
    """A city skyline at night: dark sky, stars, a moon, lit windows; ``twinkle`` changes a few windows."""
    img = Image.new("RGB", IMAGE_SIZE)
    d = ImageDraw.Draw(img)
    _gradient(d, (0, 0, 960, 540), (5, 8, 35), (30, 30, 80))
    rng = random.Random(11)
    for _ in range(90):
        sx, sy = rng.randint(0, 959), rng.randint(0, 260)
        d.point([(sx, sy), (sx + 1, sy)], fill=(255, 255, 230))
    d.ellipse([90, 50, 190, 150], fill=(245, 245, 215))  # moon
    d.ellipse([120, 40, 215, 140], fill=(10, 14, 42))  # crescent
    x = 0
    flicker = random.Random(1000 + twinkle)
    while x < 960:
        w = rng.randint(60, 120)
        h = rng.randint(150, 380)
        d.rectangle([x, 540 - h, x + w - 6, 540], fill=(15, 15, 20))
        for wy in range(540 - h + 12, 530, 22):
            for wx in range(x + 8, x + w - 18, 16):
                lit = rng.random() < 0.45
                if flicker.random() < 0.03:
                    lit = not lit
                if lit:
                    d.rectangle([wx, wy, wx + 7, wy + 10], fill=(255, 210, 90))
        x += w
    return img


def draw_mountain_lake() -> Image.Image:
    """Green mountains with snowy tops above a still lake."""
    img = Image.new("RGB", IMAGE_SIZE)
    d = ImageDraw.Draw(img)
    _gradient(d, (0, 0, 960, 280), (150, 200, 255), (235, 245, 255))
    for peak_x, peak_y, base, colour in (
        (250, 60, 330, (50, 110, 70)),
        (560, 30, 380, (35, 95, 60)),
        (820, 90, 300, (60, 125, 80)),
    ):
        d.polygon([(peak_x - base, 300), (peak_x, peak_y), (peak_x + base, 300)], fill=colour)
        d.polygon(
            [(peak_x - 45, peak_y + 45), (peak_x, peak_y), (peak_x + 45, peak_y + 45), (peak_x, peak_y + 30)],
            fill=(250, 250, 250),
        )
    d.rectangle([0, 300, 960, 540], fill=(40, 100, 150))  # lake
    for ry in range(320, 540, 28):
        d.line([(100 + ry % 90, ry), (300 + ry % 90, ry)], fill=(90, 150, 200), width=2)
    d.rectangle([0, 500, 960, 540], fill=(90, 140, 60))  # shore
    return img


def draw_park(people: int = 2, step: int = 0) -> Image.Image:
    """Friends on a picnic blanket in a park, with a tree; ``step`` moves a ball."""
    img = Image.new("RGB", IMAGE_SIZE)
    d = ImageDraw.Draw(img)
    _gradient(d, (0, 0, 960, 280), (120, 190, 250), (190, 230, 255))
    d.rectangle([0, 280, 960, 540], fill=(90, 180, 80))  # grass
    d.rectangle([760, 150, 800, 330], fill=(110, 70, 40))  # tree
    d.ellipse([680, 40, 880, 220], fill=(40, 130, 50))
    d.rectangle([250, 400, 650, 500], fill=(220, 50, 50))  # blanket
    for cx in range(250, 650, 50):
        d.line([(cx, 400), (cx, 500)], fill=(250, 250, 250), width=3)
    d.ellipse([430, 420, 470, 450], fill=(250, 220, 120))  # sandwiches
    d.ellipse([480, 430, 520, 460], fill=(250, 220, 120))
    palette = [((60, 90, 200), (240, 200, 160)), ((200, 120, 40), (200, 150, 110)), ((120, 60, 160), (230, 190, 150))]
    for i in range(people):
        px = 290 + i * 120
        shirt, skin = palette[i % len(palette)]
        d.rectangle([px, 320, px + 50, 410], fill=shirt)
        d.ellipse([px - 2, 265, px + 52, 320], fill=skin)
    bx = 120 + (step * 23) % 500
    by = 470 - abs(math.sin(step / 3)) * 90
    d.ellipse([bx, by - 20, bx + 40, by + 20], fill=(255, 255, 255))
    return img


def draw_face(hair: RGB, skin: RGB, shirt: RGB, glasses: bool = False) -> Image.Image:
    """A simple portrait (face thumbnail) with distinct hair, skin and clothes colours."""
    img = Image.new("RGB", FACE_SIZE, (225, 230, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([60, 320, 340, 400], fill=shirt)
    d.ellipse([40, 300, 360, 460], fill=shirt)
    d.rectangle([170, 270, 230, 320], fill=skin)  # neck
    d.ellipse([90, 40, 310, 130], fill=hair)
    d.ellipse([105, 70, 295, 300], fill=skin)  # face
    d.chord([95, 45, 305, 190], 180, 360, fill=hair)
    for ex in (160, 240):
        d.ellipse([ex - 14, 160, ex + 14, 180], fill=(255, 255, 255))
        d.ellipse([ex - 6, 163, ex + 6, 177], fill=(40, 30, 20))
        if glasses:
            d.ellipse([ex - 30, 145, ex + 30, 195], outline=(20, 20, 20), width=5)
    if glasses:
        d.line([(190, 170), (210, 170)], fill=(20, 20, 20), width=5)
    d.line([(200, 185), (190, 225), (205, 228)], fill=(150, 100, 80), width=3)
    d.arc([165, 225, 235, 265], 20, 160, fill=(170, 60, 60), width=5)
    return img


# --------------------------------------------------------------------------- #
# what the samples are


@dataclass(frozen=True)
class PersonSample:
    name: str
    face: str  # key of the face image, relative to the output folder
    draw: Callable[[], Image.Image]


PERSONS: tuple[PersonSample, ...] = (
    PersonSample(
        "Hong Gildong", "faces/hong_gildong.jpg", lambda: draw_face((20, 20, 25), (240, 200, 165), (40, 70, 160))
    ),
    PersonSample(
        "Kim Cheolsu",
        "faces/kim_cheolsu.jpg",
        lambda: draw_face((120, 70, 30), (225, 180, 140), (200, 40, 40), glasses=True),
    ),
    PersonSample(
        "Lee Younghee", "faces/lee_younghee.jpg", lambda: draw_face((200, 150, 60), (245, 210, 180), (40, 150, 90))
    ),
)


@dataclass(frozen=True)
class ImageSample:
    file: str
    draw: Callable[[], Image.Image]
    caption: str
    labels: tuple[str, ...]


IMAGES: tuple[ImageSample, ...] = (
    ImageSample(
        "red_car.jpg", draw_street, "A red car parked on a city street", ("car", "red car", "street", "city", "vehicle")
    ),
    ImageSample(
        "beach_sun.jpg",
        draw_beach,
        "A sandy beach by the sea under a bright sun",
        ("beach", "sun", "sea", "sand", "summer"),
    ),
    ImageSample("cat.jpg", draw_cat, "An orange cat sitting on a green rug", ("cat", "animal", "pet", "rug", "indoor")),
    ImageSample(
        "city_night.jpg",
        draw_city_night,
        "A city skyline at night under the moon",
        ("city", "night", "skyline", "moon", "buildings"),
    ),
    ImageSample(
        "mountain_lake.jpg",
        draw_mountain_lake,
        "Green mountains with snowy peaks above a lake",
        ("mountain", "lake", "nature", "snow", "landscape"),
    ),
)


@dataclass(frozen=True)
class Line:
    text: str
    start: float
    end: float
    speaker: str


@dataclass(frozen=True)
class VideoScene:
    start: float
    end: float
    caption: str
    labels: tuple[str, ...]
    persons: tuple[str, ...]
    dialogue: tuple[Line, ...]
    frame: Callable[[float], Image.Image]  # t in [0, 1) through the scene -> picture


@dataclass(frozen=True)
class VideoSample:
    file: str
    scenes: tuple[VideoScene, ...] = field(default_factory=tuple)

    @property
    def duration(self) -> float:
        return self.scenes[-1].end


VIDEOS: tuple[VideoSample, ...] = (
    VideoSample(
        "car_chase.mp4",
        (
            VideoScene(
                0.0,
                4.0,
                "A red car parked on a quiet street in the morning",
                ("car", "red car", "street", "morning"),
                ("Hong Gildong",),
                (Line("Nice morning for a drive.", 1.0, 2.5, "Hong Gildong"),),
                lambda t: draw_street(0.0, car_x=330),
            ),
            VideoScene(
                4.0,
                8.0,
                "A red car chase through the city streets",
                ("car", "red car", "chase", "city", "speed"),
                ("Hong Gildong", "Kim Cheolsu"),
                (
                    Line("Where are the keys?", 4.5, 5.5, "Kim Cheolsu"),
                    Line("In the ignition. Hold on!", 5.8, 7.0, "Hong Gildong"),
                ),
                lambda t: draw_street(t * 4, car_x=round(60 + 560 * t)),
            ),
            VideoScene(
                8.0,
                12.0,
                "The car stops by the beach at sunset",
                ("car", "beach", "sunset", "sea"),
                ("Kim Cheolsu",),
                (Line("I think we lost them.", 9.0, 10.5, "Kim Cheolsu"),),
                lambda t: draw_beach(sun_height=0.5 + 0.5 * t, car=True),
            ),
        ),
    ),
    VideoSample(
        "picnic_park.mp4",
        (
            VideoScene(
                0.0,
                5.0,
                "A cat naps on a green rug while its tail swings",
                ("cat", "pet", "rug", "indoor"),
                ("Lee Younghee",),
                (Line("Look, the cat is still asleep.", 1.0, 2.5, "Lee Younghee"),),
                lambda t: draw_cat(tail=0.5 + 0.5 * math.sin(t * 6 * math.pi)),
            ),
            VideoScene(
                5.0,
                10.0,
                "Friends have a picnic with sandwiches in the park",
                ("picnic", "park", "friends", "food", "tree"),
                ("Lee Younghee", "Kim Cheolsu"),
                (
                    Line("Pass me the sandwiches, please.", 5.5, 7.0, "Kim Cheolsu"),
                    Line("Only if you share the lemonade.", 7.5, 9.0, "Lee Younghee"),
                ),
                lambda t: draw_park(people=2, step=round(t * 50)),
            ),
        ),
    ),
)

#: The searches the demo runs and the answer each must give (``scripts/demo_helpers.py check``).
EXPECTED_SEARCHES: dict[str, dict[str, Any]] = {
    "text": {"text": "red car", "top": ["red_car.jpg", "car_chase.mp4"], "includes": ["red_car.jpg", "car_chase.mp4"]},
    "image": {"image": "queries/red_car_query.png", "top": ["red_car.jpg"]},
    "person": {
        "text": "car",
        "person": "Hong Gildong",
        "notPerson": "Kim Cheolsu",
        "top": ["car_chase.mp4"],
        "excludes": ["red_car.jpg", "picnic_park.mp4"],
        "scene": [0, 4000],
    },
    "dialogue": {"text": "car", "dialog": "Where are the keys?", "top": ["car_chase.mp4"], "scene": [4000, 8000]},
}


# --------------------------------------------------------------------------- #
# writing


def _write_if_changed(path: Path, data: bytes) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def _jpeg(img: Image.Image, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _sidecar_bytes(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _person_entry(name: str) -> dict[str, str]:
    face = next(p.face for p in PERSONS if p.name == name)
    return {"name": name, "thumbnail": face}


def _encode_video(sample: VideoSample) -> bytes:
    import av  # the emulator extra; imported here so that the images need only Pillow

    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp4", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libx264", rate=VIDEO_FPS)
        stream.width, stream.height = VIDEO_SIZE
        stream.pix_fmt = "yuv420p"
        stream.codec_context.time_base = Fraction(1, VIDEO_FPS)
        # one thread and fixed settings: the same bytes on every run
        stream.codec_context.thread_count = 1
        stream.options = {
            "crf": "30",
            "preset": "veryfast",
            "threads": "1",
            "x264-params": "threads=1:lookahead-threads=1",
        }
        stream.codec_context.flags |= av.codec.context.Flags.bitexact
        total = round(sample.duration * VIDEO_FPS)
        for index in range(total):
            t = index / VIDEO_FPS
            scene = next(s for s in sample.scenes if s.start <= t < s.end)
            local = (t - scene.start) / (scene.end - scene.start)
            picture = scene.frame(local).resize(VIDEO_SIZE, Image.Resampling.BILINEAR)
            frame = av.VideoFrame.from_image(picture)  # type: ignore[no-untyped-call]
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buf.getvalue()


def generate(out: Path, *, videos: bool = True, quiet: bool = False) -> dict[str, Any]:
    """Write every sample under ``out``; return the manifest (also written to ``out/manifest.json``)."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []

    def put(rel: str, data: bytes) -> None:
        if _write_if_changed(out / rel, data):
            written.append(rel)

    for person in PERSONS:
        put(person.face, _jpeg(person.draw()))

    for image in IMAGES:
        put(image.file, _jpeg(image.draw()))
        put(image.file + ".mi.json", _sidecar_bytes({"caption": image.caption, "labels": list(image.labels)}))
    # the image-search query: the red car picture, smaller and as PNG (a perceptual match, not the same bytes)
    put("queries/red_car_query.png", _png(draw_street().resize((480, 270), Image.Resampling.LANCZOS)))

    for video in VIDEOS if videos else ():
        names = sorted({n for s in video.scenes for n in s.persons})
        doc = {
            "caption": video.scenes[0].caption,
            "persons": [_person_entry(n) for n in names],
            "scenes": [
                {
                    "start": s.start,
                    "end": s.end,
                    "caption": s.caption,
                    "labels": list(s.labels),
                    "persons": list(s.persons),
                    "dialogue": [
                        {"text": line.text, "start": line.start, "end": line.end, "speaker": line.speaker}
                        for line in s.dialogue
                    ],
                }
                for s in video.scenes
            ],
        }
        put(video.file, _encode_video(video))
        put(video.file + ".mi.json", _sidecar_bytes(doc))

    manifest: dict[str, Any] = {
        "images": [i.file for i in IMAGES],
        "videos": [v.file for v in VIDEOS] if videos else [],
        "persons": [{"name": p.name, "face": p.face} for p in PERSONS],
        "queries": {"red_car": "queries/red_car_query.png"},
        "searches": EXPECTED_SEARCHES,
    }
    put("manifest.json", _sidecar_bytes(manifest))
    if not quiet:
        status = f"{len(written)} file(s) written" if written else "already up to date"
        print(f"sample media in {out}: {status}", file=sys.stderr)
    return manifest


def media_files(out: Path) -> list[Path]:
    """The media files of a generated sample folder (images first, then videos)."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return [out / name for name in [*manifest["images"], *manifest["videos"]]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", default="build/samples", help="output folder (default build/samples)")
    parser.add_argument("--no-videos", action="store_true", help="images only (no PyAV needed)")
    parser.add_argument("--list", action="store_true", help="print the media files, one per line")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    out = Path(args.out)
    generate(out, videos=not args.no_videos, quiet=args.quiet)
    if args.list:
        for path in media_files(out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
