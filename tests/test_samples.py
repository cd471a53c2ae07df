"""The five hand-labelled scrapes: each is cleaned as its gold (samples/expected/*.json) says."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from conftest import CASES, SCRAPES, check_record, expected, jsonl, norm, run_cli
from newsclean import clean


def cleaned(name: str, now: datetime | None = None):
    return clean((SCRAPES / f"{name}.txt").read_bytes(), now=now, source=name)


@pytest.mark.parametrize("name", CASES)
def test_sample_through_clean(name: str):
    exp = expected(name)
    check_record(cleaned(name).to_dict(), exp)


@pytest.mark.parametrize("name", [n for n in CASES if "date_if_now_is" in expected(n)])
def test_sample_relative_date_resolves_with_now(name: str):
    exp = expected(name)["date_if_now_is"]
    article = cleaned(name, now=datetime.fromisoformat(exp["now"]))
    assert article.date == exp["date"]
    assert cleaned(name).date is None  # without a clock a relative date stays unresolved


def test_first_sample_date_with_now_via_cli():
    proc = run_cli("clean", "--now", "2022-09-11T12:00:00", str(SCRAPES / "000_40f9ec21c790090a.txt"))
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["date"] == "2022-09-10T11:00:00"
    assert rec["date_text"] == "Yesterday 11:00 AM"


def test_all_samples_via_console_script():
    proc = run_cli("clean", "--format", "jsonl", "-q", str(SCRAPES))
    assert proc.returncode == 0, proc.stderr
    records = {Path(r["source"]).stem: r for r in jsonl(proc.stdout)}
    assert sorted(records) == CASES
    for name in CASES:
        check_record(records[name], expected(name))


def test_explain_gives_reasons():
    proc = run_cli("clean", "--explain", str(SCRAPES / "000_40f9ec21c790090a.txt"))
    assert proc.returncode == 0, proc.stderr
    removed = {(r["text"], r["reason"]) for r in json.loads(proc.stdout)["removed"]}
    assert ("This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "comment-form") in removed
    assert ("Share", "share-widget") in removed
    assert ("Support journalism", "newsletter") in removed
    assert ("This entry was posted in Uncategorized. Bookmark the permalink.", "site-furniture") in removed


def test_sample_removal_reasons_by_kind():
    reasons = {r.text: r.reason for r in cleaned("004_17972766c5bc354a").explained_removals()}
    assert reasons["Focus on the big picture."] == "site-furniture"
    assert reasons["Related Articles"] == "related-list"
    assert reasons["0:00"] == "video-player"
    assert reasons["Trump Recognizes Partial Advances in Ceasefire Attempts in Ukraine Conflict"] == "related-list"
    assert "duplicate" in reasons.values()
    listing = {r.text: r.reason for r in cleaned("002_39e93cb9475280b5").explained_removals()}
    assert listing["Lifestyle2 months ago"] == "related-list"
    assert listing["Share this post:"] == "share-widget"
    bbc = {r.text: r.reason for r in cleaned("003_ca342df396e60271").explained_removals()}
    assert bbc["image source, EPA"] == "caption"
    assert bbc["A Ukrainian tank advancing towards reclaimed areas"] == "caption"


def test_repeated_standfirst_becomes_description():
    article = cleaned("004_17972766c5bc354a")
    assert norm(article.description) == norm(expected("004_17972766c5bc354a")["description"])
