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
with grain, a little blur and JPEG loss. The set is laid out as a shared folder (real-pdfs/,
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


def render(page: pypdfium2.PdfPage, variant: str) -> Image.Image:
    """The page as the scanner's sensor sees it: 200 dpi for "rough", else 300; colour for "color"."""
    dpi = 200 if variant == "rough" else 300
    image = page.render(scale=dpi / 72, grayscale=variant != "color", may_draw_forms=True).to_pil()
    return image.convert("RGB" if variant == "color" else "L")


def degrade(image: Image.Image, variant: str, rng: random.Random) -> Image.Image:
    """What the scanner adds: for "rough" a turn of about a degree, grain, blur and JPEG loss."""
    image = image.convert("RGB" if variant == "color" else "L")
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
    parser.add_argument("--variant", choices=["clean", "color", "rough"], default="clean")
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
                       resolution=200 if args.variant == "rough" else 300)
        copy = {k: v for k, v in gold.items() if k not in LIST_KEYS}
        copy.update(doc=f"{name}.pdf", kind="image_only", references_pages=2)
        if gold.get("references_pages", len(pdf)) > 2:  # references annotated past the first two pages: not scored
            copy.pop("references", None)
        (args.out / "real-pdfs-gold" / f"{name}.json").write_text(json.dumps(copy, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name}.pdf: pages {[i + 1 for i in pages]} of {len(pdf)}")


if __name__ == "__main__":
    main()
