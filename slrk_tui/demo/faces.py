"""Real face photos for the demo study, taken from files that install with scikit-image.

Why these files: the demo study must show real human faces (a redaction tool is only tested
honestly on real faces), nothing may be downloaded at run time, and scikit-image's wheel ships
a few photos inside ``skimage/data``:

- ``astronaut.png``  Eileen Collins, NASA portrait; public domain (no known copyright).
- ``camera.png``     a man filming with a camcorder, near profile; CC0 (photographer Lav Varshney).
- ``lfw_subset.npy`` 200 grey 25x25 crops from Labeled Faces in the Wild; the first 100 are
  tight face crops (news photos redistributed by scikit-image under its BSD licence; LFW itself
  carries no separate licence), the last 100 are face-free background patches.
- ``coffee.png``, ``chelsea.png`` (a cat), ``rocket.jpg``, ``motorcycle_left.png``,
  ``hubble_deep_field.jpg``: face-free photos (CC0 / public domain) for feed posts.

The files are found by path (``importlib.util.find_spec``), so ``skimage`` itself is never
imported: only OpenCV and NumPy, which the project already needs, read them.
Dependency line: ``scikit-image>=0.19`` (for the data files only).
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

#: Face boxes ``[x1, y1, x2, y2]`` in the original photo, hairline/forehead to chin, drawn by
#: hand and checked against a neural detector (libfacedetection found 178,63,267,175 and
#: 195,113,255,193 on the two photos).
ASTRONAUT_FACE = (172, 58, 278, 184)
CAMERA_FACE = (180, 110, 258, 200)

FACE_FREE_PHOTOS = (
    "coffee.png",
    "chelsea.png",
    "rocket.jpg",
    "motorcycle_left.png",
    "hubble_deep_field.jpg",
)


@dataclass(frozen=True)
class FacePhoto:
    """A photo (BGR, uint8) and the box of the one face it shows."""

    name: str
    image: np.ndarray
    face: tuple[int, int, int, int]


class FaceDataMissing(RuntimeError):
    """Raised when the photo files are not installed (scikit-image missing)."""


@functools.cache
def data_dir() -> Path:
    """The folder holding scikit-image's bundled sample files, found without importing it."""
    spec = importlib.util.find_spec("skimage")
    if spec is None or not spec.submodule_search_locations:
        raise FaceDataMissing(
            "the demo study takes its face photos from scikit-image's bundled data files; "
            "install it with: pip install 'scikit-image>=0.19'"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    if not (folder / "astronaut.png").is_file():
        raise FaceDataMissing(f"scikit-image is installed but {folder}/astronaut.png is missing")
    return folder


def _read(name: str) -> np.ndarray:
    path = data_dir() / name
    img = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if img is None:
        raise FaceDataMissing(f"cannot read {path}")
    return img


@functools.cache
def face_photos() -> tuple[FacePhoto, ...]:
    """The colour/grey photos with one known face each (plus mirrored copies for variety)."""
    astro = _read("astronaut.png")
    cam = _read("camera.png")
    photos = [
        FacePhoto("astronaut", astro, ASTRONAUT_FACE),
        FacePhoto("camera", cam, CAMERA_FACE),
    ]
    for p in list(photos):
        w = p.image.shape[1]
        x1, y1, x2, y2 = p.face
        photos.append(
            FacePhoto(p.name + "_mirror", np.ascontiguousarray(p.image[:, ::-1]), (w - x2, y1, w - x1, y2))
        )
    return tuple(photos)


@functools.cache
def lfw_faces() -> np.ndarray:
    """The 100 LFW face crops as uint8 grey 25x25 (the crop is the face, brow to chin)."""
    arr = np.load(data_dir() / "lfw_subset.npy")
    faces = arr[:100]
    if faces.dtype != np.uint8:
        faces = np.clip(faces * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return faces


@functools.cache
def face_free_photos() -> tuple[np.ndarray, ...]:
    """Photos without a human face (a cat, coffee, a rocket, ...) for feed posts."""
    return tuple(_read(n) for n in FACE_FREE_PHOTOS if (data_dir() / n).is_file())


def lfw_avatar(index: int, size: int) -> np.ndarray:
    """LFW crop ``index`` resized to a ``size`` square, BGR; the whole square is the face."""
    g = lfw_faces()[index % 100]
    interp = cv2.INTER_CUBIC if size > 25 else cv2.INTER_AREA
    g = cv2.resize(g, (size, size), interpolation=interp)
    return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR)


def photo_face_crop(
    photo: FacePhoto, size: int, margin: float = 0.25
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A square crop around the photo's face scaled to ``size``, and the face box inside it.

    Used for colour avatars and video-call tiles: the face keeps its real surroundings (hair,
    collar) instead of being a pasted ellipse.
    """
    x1, y1, x2, y2 = photo.face
    h, w = photo.image.shape[:2]
    side = int(max(x2 - x1, y2 - y1) * (1 + 2 * margin))
    side = min(side, w, h)
    cx, cy = (x1 + x2) // 2, (y1 + y2) // 2
    sx = min(max(cx - side // 2, 0), w - side)
    sy = min(max(cy - side // 2, 0), h - side)
    crop = photo.image[sy : sy + side, sx : sx + side]
    scale = size / side
    out = cv2.resize(crop, (size, size), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    box = (
        max(0, round((x1 - sx) * scale)),
        max(0, round((y1 - sy) * scale)),
        min(size, round((x2 - sx) * scale)),
        min(size, round((y2 - sy) * scale)),
    )
    return out, box
