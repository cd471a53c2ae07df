"""Compare newsclean's HTML publication dates with htmldate's and trafilatura's on a folder of pages.

Usage: python benchmarks/compare_dates.py [HTML_FOLDER] [--ground-truth FILE] [--now ISO] [--all]
       python benchmarks/compare_dates.py --visible-only

Prints one line per page where the three disagree (at day precision), then counts. URLs come
from the folder's ground-truth.json (``{id: {"url": ...}}``) when present.

``--visible-only`` stresses the fallbacks: scripts, meta tags and machine-readable attributes
(datetime, itemprop, content) are stripped and the URL withheld, and what newsclean then finds in
the visible text is compared with its own and htmldate's answer on the full page.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from datetime import datetime
from pathlib import Path

from lxml import html as lhtml

from newsclean.html_dates import html_publication_date

DEFAULT = Path(__file__).resolve().parents[2] / "shared/dev/sh_dev/html"


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _tz_shift(ours: str | None, other: str | None) -> bool:
    """The same moment written in UTC by us and as a local calendar day by the other tool."""
    if not ours or not other or len(ours) <= 19:
        return False
    from datetime import date

    try:
        return abs((date.fromisoformat(ours[:10]) - date.fromisoformat(other[:10])).days) == 1
    except ValueError:
        return False


def _htmldate(page: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(page, url=url, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a third-party failure is just "no date"
        return None


def _trafilatura(page: str, url: str | None) -> str | None:
    from trafilatura import extract_metadata

    try:
        meta = extract_metadata(page, default_url=url)
    except Exception:  # noqa: BLE001
        return None
    return meta.date if meta is not None else None


def _strip_structured(tree) -> None:  # noqa: ANN001
    for el in tree.xpath("//script|//meta|//noscript"):
        el.getparent().remove(el)
    for el in tree.xpath("//*[@datetime or @itemprop or @content]"):
        for attr in ("datetime", "itemprop", "content"):
            el.attrib.pop(attr, None)


def visible_only(folder: Path, truth: dict, now: datetime | None) -> None:
    n = same_full = same_hd = missing = 0
    for path in sorted(folder.glob("*.htm*")):
        page = path.read_text(encoding="utf-8", errors="replace")
        url = truth.get(path.stem, {}).get("url")
        full = html_publication_date(lhtml.fromstring(page.encode("utf-8")), url=url, now=now)
        tree = lhtml.fromstring(page.encode("utf-8"))
        _strip_structured(tree)
        vis = html_publication_date(tree, now=now)
        hd = _htmldate(page, url)
        n += 1
        got = _day(vis.date) if vis else None
        missing += got is None
        same_full += got == _day(full.date if full else None)
        same_hd += got == _day(hd)
        if got != _day(hd):
            print(f"{path.stem[:12]} visible={vis.date if vis else None} ({vis.text if vis else '-'!r}) "
                  f"full={full.date if full else None} htmldate={hd}")
    print(json.dumps({"pages": n, "visible_eq_full": same_full, "visible_eq_htmldate": same_hd,
                      "visible_none": missing}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--ground-truth", type=Path, default=None)
    ap.add_argument("--now", default=None, help="ISO date-time bounding dates (default: none)")
    ap.add_argument("--all", action="store_true", help="print every page, not only disagreements")
    ap.add_argument("--visible-only", action="store_true", help="strip structured data first (stress test)")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    gt_path = args.ground_truth or args.folder.parent / "ground-truth.json"
    truth = json.loads(gt_path.read_text()) if gt_path.exists() else {}
    now = datetime.fromisoformat(args.now) if args.now else None
    if args.visible_only:
        visible_only(args.folder, truth, now)
        return

    counts = {"pages": 0, "all3_agree": 0, "us_eq_htmldate": 0, "us_eq_trafilatura": 0,
              "tz_shift_vs_htmldate": 0, "us_none": 0, "htmldate_none": 0, "trafilatura_none": 0}
    ours_time = 0.0
    for path in sorted(args.folder.glob("*.htm*")):
        page = path.read_text(encoding="utf-8", errors="replace")
        url = truth.get(path.stem, {}).get("url")
        t0 = time.perf_counter()
        tree = lhtml.fromstring(page.encode("utf-8"))
        found = html_publication_date(tree, url=url, now=now)
        ours_time += time.perf_counter() - t0
        ours = found.date if found else None
        hd = _htmldate(page, url)
        tf = _trafilatura(page, url)
        counts["pages"] += 1
        counts["us_none"] += ours is None
        counts["htmldate_none"] += hd is None
        counts["trafilatura_none"] += tf is None
        same_hd = _day(ours) == _day(hd)
        same_tf = _day(ours) == _day(tf)
        counts["us_eq_htmldate"] += same_hd
        counts["us_eq_trafilatura"] += same_tf
        counts["all3_agree"] += same_hd and same_tf
        shift = not same_hd and _tz_shift(ours, hd)
        counts["tz_shift_vs_htmldate"] += shift
        if args.all or not (same_hd and same_tf):
            flag = "" if same_hd and same_tf else ("TZ-SHIFT " if shift else "DIFF ")
            print(f"{flag}{path.stem[:12]} ours={ours} ({found.text if found else '-'!r}) "
                  f"htmldate={hd} trafilatura={tf} url={url}")
    n = counts["pages"] or 1
    print(json.dumps(counts))
    print(f"newsclean date time per page: {1000 * ours_time / n:.2f} ms (parse included)")


if __name__ == "__main__":
    main()
