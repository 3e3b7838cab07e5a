"""Scans made from the shared born-digital PDFs, to measure the OCR path against answers known.

    python bench/synth_scans.py --out /tmp/scans-clean --variant clean
    python bench/synth_scans.py --out /tmp/scans-rough --variant rough
    plankb report /tmp/scans-rough --set real-pdfs

Each born-digital PDF of ../shared (real-pdfs-gold, and dev/files) is rendered page by page as a
scanner would give it (its form fields too: the number and date a signing system fills in), and
saved as an image-only PDF of its first two pages and the page that signs. Its gold is copied,
kind "image_only", with the header fields and the references of pages 1-2 (none of the lists the
dropped pages hold). "clean" is 300 dpi greyscale, "color" the same in colour (a red seal stays
red); "rough" is 200 dpi greyscale, turned by about a degree,
with grain, a little blur and JPEG loss. Two more looks of Vietnamese offices' scans (drawn per page
from the seeded generator): "office" is a 200 dpi colour scan turned 0.3-1.5 degrees and saved as
a strong JPEG; "fax" a 150 dpi bilevel page (a fax or a copier's black and white), turned a
little, with a photocopy's grey speckle and the dark bands a copier leaves at the paper's edges. The set is laid out as a shared folder (real-pdfs/,
real-pdfs-gold/) so `plankb report` scores it: the same documents, born-digital and scanned, side
by side show what the OCR path loses. Nothing here is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import random
from io import BytesIO
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter

LIST_KEYS = ("deadlines", "deadlines_optional", "assignments", "model_areas", "recipients")


def born_digital(shared: Path) -> list[tuple[Path, dict]]:
    items = []
    for folder, docs in (("real-pdfs-gold", "real-pdfs"), ("dev/gold", "dev/files")):
        for gold_path in sorted((shared / folder).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold.get("kind") == "born_digital":
                items.append((shared / docs / gold["doc"], gold))
    return items


def signing_page(pdf: pypdfium2.PdfDocument, signer: str | None) -> int:
    """The first page after the first two that prints the signer's name (else the last)."""
    for i in range(1, len(pdf)):
        text = " ".join(pdf[i].get_textpage().get_text_range().split())
        if signer and signer in text:
            return i
    return len(pdf) - 1


def scan(page: pypdfium2.PdfPage, variant: str, rng: random.Random) -> Image.Image:
    return degrade(render(page, variant), variant, rng)


VARIANTS = ("clean", "color", "rough", "office", "fax")
COLOUR = ("color", "office")


def dpi_of(variant: str) -> int:
    return {"rough": 200, "office": 200, "fax": 150}.get(variant, 300)


def render(page: pypdfium2.PdfPage, variant: str) -> Image.Image:
    """The page as the scanner's sensor sees it, at the variant's resolution, in colour for "color" and "office"."""
    dpi = dpi_of(variant)
    image = page.render(scale=dpi / 72, grayscale=variant not in COLOUR, may_draw_forms=True).to_pil()
    return image.convert("RGB" if variant in COLOUR else "L")


def _turn(image: Image.Image, rng: random.Random) -> Image.Image:
    """A page laid on the glass a little askew: 0.3 to 1.5 degrees either way."""
    angle = rng.uniform(0.3, 1.5) * rng.choice([-1, 1])
    fill = (255, 255, 255) if image.mode == "RGB" else 255
    return image.rotate(angle, fillcolor=fill, resample=Image.BICUBIC)


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(BytesIO(buffer.getvalue())).convert(image.mode)


def _photocopy(image: Image.Image, rng: random.Random) -> Image.Image:
    """A copier's grey speckle (toner dust, a few pixels each) and dark bands along one or two
    edges (the lid left open, a page smaller than the glass)."""
    grey = np.asarray(image.convert("L"), dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30))
    h, w = grey.shape
    count = int(h * w * rng.uniform(0.0004, 0.0012))
    ys, xs = noise.integers(0, h - 3, count), noise.integers(0, w - 3, count)
    shade = noise.uniform(60, 170, count)
    for dy in (0, 1):
        for dx in (0, 1):
            keep = noise.random(count) < 0.7
            grey[ys[keep] + dy, xs[keep] + dx] = np.minimum(grey[ys[keep] + dy, xs[keep] + dx], shade[keep])
    for edge in rng.sample(["left", "right", "top", "bottom"], rng.randint(1, 2)):
        size = int((w if edge in ("left", "right") else h) * rng.uniform(0.015, 0.04))
        ramp = np.linspace(rng.uniform(20, 60), 255, size * 2).clip(0, 255)[:size]
        ramp = ramp + noise.normal(0, 12, size)
        if edge == "left":
            grey[:, :size] = np.minimum(grey[:, :size], ramp[None, :])
        elif edge == "right":
            grey[:, -size:] = np.minimum(grey[:, -size:], ramp[::-1][None, :])
        elif edge == "top":
            grey[:size, :] = np.minimum(grey[:size, :], ramp[:, None])
        else:
            grey[-size:, :] = np.minimum(grey[-size:, :], ramp[::-1][:, None])
    return Image.fromarray(grey.clip(0, 255).astype(np.uint8))


def degrade(image: Image.Image, variant: str, rng: random.Random) -> Image.Image:
    """What the scanner adds: for "rough" a turn of about a degree, grain, blur and JPEG loss; for
    "office" a slight turn and strong JPEG in colour; for "fax" a turn, speckle, dark edges and one bit per pixel."""
    image = image.convert("RGB" if variant in COLOUR else "L")
    if variant == "office":
        return _jpeg(_turn(image, rng), rng.randint(30, 60))
    if variant == "fax":
        image = _photocopy(_turn(image, rng).filter(ImageFilter.GaussianBlur(0.5)), rng)
        threshold = rng.randint(120, 165)  # a copier's darkness setting
        return image.point(lambda v: 255 if v > threshold else 0).convert("1")
    if variant == "rough":
        image = image.rotate(rng.choice([-1.2, -0.7, 0.8, 1.3]), fillcolor=255, resample=Image.BICUBIC)
        grain = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 18, (image.height, image.width))
        image = Image.fromarray((np.asarray(image, dtype=np.float32) + grain).clip(0, 255).astype(np.uint8))
        buffer = BytesIO()
        image.filter(ImageFilter.GaussianBlur(0.6)).save(buffer, "JPEG", quality=55)
        image = Image.open(BytesIO(buffer.getvalue())).convert("L")
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (real-pdfs/, real-pdfs-gold/)")
    parser.add_argument("--variant", choices=VARIANTS, default="clean")
    args = parser.parse_args()
    (args.out / "real-pdfs").mkdir(parents=True, exist_ok=True)
    (args.out / "real-pdfs-gold").mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    for path, gold in born_digital(args.shared):
        pdf = pypdfium2.PdfDocument(str(path))
        pdf.init_forms()
        pages = sorted({0, 1, signing_page(pdf, gold.get("signer"))} & set(range(len(pdf))))
        images = [scan(pdf[i], args.variant, rng) for i in pages]
        name = "s" + path.stem
        images[0].save(args.out / "real-pdfs" / f"{name}.pdf", save_all=True, append_images=images[1:],
                       resolution=dpi_of(args.variant))
        copy = {k: v for k, v in gold.items() if k not in LIST_KEYS}
        copy.update(doc=f"{name}.pdf", kind="image_only", references_pages=2)
        if gold.get("references_pages", len(pdf)) > 2:  # references annotated past the first two pages: not scored
            copy.pop("references", None)
        (args.out / "real-pdfs-gold" / f"{name}.json").write_text(json.dumps(copy, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name}.pdf: pages {[i + 1 for i in pages]} of {len(pdf)}")


if __name__ == "__main__":
    main()
