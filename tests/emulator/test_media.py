"""Media inspection, the sidecar format and scene derivation."""

from __future__ import annotations

import pytest

from media_intelligence_emulator._media import (
    MediaError,
    Sidecar,
    _inspect_mp4_boxes,
    derive_scenes,
    hamming,
    inspect_media,
    parse_sidecar,
    phash,
    video_frame,
)

from .helpers import jpeg, mp4, png


def test_inspect_images_and_video() -> None:
    assert inspect_media(png(640, 480), "a.png").resolution == "640x480"
    info = inspect_media(jpeg(800, 600), "b.jpg")
    assert (info.kind, info.format, info.duration_ms) == ("IMAGE", "jpg", 0)
    data = mp4(seconds=3)
    video = inspect_media(data, "c.mp4")
    assert (video.kind, video.format, video.width, video.height, video.duration_ms) == ("VIDEO", "mp4", 640, 360, 3000)
    assert inspect_media(data, "c.mov").format == "mov"
    fallback = _inspect_mp4_boxes(data, "c.mp4")  # without PyAV
    assert (fallback.width, fallback.height, fallback.duration_ms) == (640, 360, 3000)
    assert video_frame(data, 1500) is not None


@pytest.mark.parametrize("name", ["x.mp4", "x.png", "x.bin"])
def test_unreadable_media(name: str) -> None:
    with pytest.raises(MediaError):
        inspect_media(b"\x00\x01garbage" * 50, name)
    with pytest.raises(MediaError):
        inspect_media(b"", name)


def test_sidecar_round_trip_and_scenes() -> None:
    side = parse_sidecar(
        {
            "scenes": [
                {"start": 0, "end": 10, "caption": "intro", "labels": ["title"], "persons": ["Kim"]},
                {"start": 10, "end": 20.5, "caption": "beach", "dialogue": ["hi", {"text": "yo", "start": 12}]},
            ],
            "persons": ["Kim", {"name": "Lee", "thumbnail": "faces/lee.jpg"}],
            "dialogue": [{"text": "later", "start": 15.0, "speaker": "Lee"}, {"text": "no time"}],
            "analysisError": "boom",
        }
    )
    again = Sidecar.from_json(side.to_json())
    assert again == side
    assert side.analysis_error == "boom"
    scenes = derive_scenes("VIDEO", 20500, side)
    assert [(s.start_ms, s.end_ms) for s in scenes] == [(0, 10000), (10000, 20500)]
    assert [d.text for d in scenes[1].dialogue] == ["hi", "yo", "later"]
    assert [d.text for d in scenes[0].dialogue] == ["no time"]  # untimed lines go to the first scene


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ([], "sidecar"),
        ({"caption": 3}, "caption"),
        ({"scenes": {}}, "scenes"),
        ({"scenes": [{"start": -1}]}, "scenes[0].start"),
        ({"scenes": [{"start": 5, "end": 2}]}, "scenes[0].end"),
        ({"scenes": [{"labels": "dog"}]}, "scenes[0].labels"),
        ({"persons": [3]}, "persons[0]"),
        ({"dialogue": [{"start": 1}]}, "dialogue[0]"),
    ],
)
def test_sidecar_errors_name_the_field(raw: object, field: str) -> None:
    with pytest.raises(ValueError, match=field.replace("[", r"\[").replace("]", r"\]")):
        parse_sidecar(raw)


def test_derived_scenes_without_sidecar() -> None:
    assert [(s.start_ms, s.end_ms) for s in derive_scenes("VIDEO", 65000, None, "MEDIUM")] == [
        (0, 30000),
        (30000, 60000),
        (60000, 65000),
    ]
    assert len(derive_scenes("VIDEO", 65000, None, "EXTRA_SHORT")) == 7
    assert len(derive_scenes("VIDEO", 65000, None, "LONG")) == 2
    assert len(derive_scenes("VIDEO", 65000, None, None, max_scene_seconds=5)) == 13
    image = derive_scenes("IMAGE", 0, Sidecar(caption="a cat", labels=["cat"]))
    assert len(image) == 1 and image[0].caption == "a cat" and image[0].labels == ["cat"]


def test_phash_similarity() -> None:
    a, b = phash(png(640, 360, (200, 30, 30))), phash(png(320, 180, (200, 30, 30)))
    assert hamming(a, b) <= 4
    from io import BytesIO

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(img).rectangle((0, 0, 150, 300), fill="black")
    flipped = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    out1, out2 = BytesIO(), BytesIO()
    img.save(out1, format="PNG")
    flipped.save(out2, format="PNG")
    assert hamming(phash(out1.getvalue()), phash(out2.getvalue())) > 10


def test_a_picture_hashes_alike_as_jpeg_and_as_png() -> None:
    # image search matches a PNG query against JPEG assets (the demo's red car): the hash must not depend on
    # the scale the decoder reads a JPEG at
    import io

    from PIL import Image

    from media_intelligence_emulator._media import hamming, phash
    from scripts.make_sample_media import draw_street

    jpeg, png = io.BytesIO(), io.BytesIO()
    draw_street().save(jpeg, "JPEG", quality=90)
    draw_street().resize((480, 270), Image.Resampling.LANCZOS).save(png, "PNG")
    assert hamming(phash(jpeg.getvalue()), phash(png.getvalue())) <= 2
