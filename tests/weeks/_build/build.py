#!/usr/bin/env python3
"""Builds tests/weeks/week-2022-03-18 (the corpus) and tests/weeks/week-2022-03-18.sources.json.

    python3 tests/weeks/_build/build.py

Deterministic: the same files every run. The corpus folder is rewritten, except its README.md.
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import Week, STATEMENTS, REPORTS, YGN  # noqa: E402
import s_mohr, s_mofa, s_crph, s_knu, s_library, s_agg, s_pv, s_ohchr, s_usemb, s_wire, s_strike, s_news  # noqa: E402
from sites_meta import SITES, SOURCES  # noqa: E402
from faults_meta import FAULTS, CONTENT_FAULTS  # noqa: E402
from cases_meta import CASES, TRAPS  # noqa: E402

CORPUS = "week-2022-03-18"
ROOT = os.path.normpath(os.path.join(HERE, "..", CORPUS))
WINDOW = {"from": "2022-03-12", "to": "2022-03-18", "timeZone": "Asia/Yangon"}


def sort_key(issuer):
    """The bulletin's issuer order (EDITORIAL.md): a leading number numerically, then case-insensitive A-Z."""
    s = unicodedata.normalize("NFKD", issuer.replace("\u2019", "'")).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^0-9a-z\u1000-\u109f]+", " ", s).strip()
    m = re.match(r"(\d+)\s*(.*)", s)
    return (0, int(m.group(1)), m.group(2)) if m else (1, 0, s)


def in_window(dt):
    d = dt.astimezone(YGN).date().isoformat()
    return WINDOW["from"] <= d <= WINDOW["to"]


def ordered(items):
    by_key = {i["key"]: i for i in items}
    groups = {}
    for i in items:
        groups.setdefault(i["issuer"], []).append(i)
    out = []
    for issuer in sorted(groups, key=sort_key):
        g = groups[issuer]
        units = []
        for i in g:
            if i.get("pair_of") and i["pair_of"] in by_key and by_key[i["pair_of"]]["issuer"] == issuer:
                continue  # placed beside its English original
            unit = [i]
            unit += [j for j in g if j.get("pair_of") == i["key"]]
            units.append(unit)
        units.sort(key=lambda u: max(x["pub"] for x in u), reverse=True)
        for u in units:
            out += u
    return out


def main():
    ports = {s["id"]: s["port"] for s in SITES}
    # everything but the hand-written README is generated
    os.makedirs(ROOT, exist_ok=True)
    for name in os.listdir(ROOT):
        full = os.path.join(ROOT, name)
        if name == "README.md":
            continue
        if os.path.isdir(full):
            shutil.rmtree(full)
        else:
            os.remove(full)
    w = Week(ROOT, ports, CORPUS)
    faults = list(FAULTS)
    for mod in (s_mohr, s_mofa, s_crph, s_knu, s_library, s_agg, s_pv):
        mod.build(w)
    s_ohchr.build(w, faults)
    for mod in (s_usemb, s_wire, s_strike, s_news):
        mod.build(w)

    # sanity: every gold item in the window, every out-of-window distractor outside it
    for i in w.items:
        if i["gold"]:
            assert in_window(i["pub"]), i["key"]
        elif i.get("category") == "outside_window":
            assert not in_window(i["pub"]), i["key"]

    gold = [i for i in w.items if i["gold"]]
    sections = []
    flat = []
    for title in (STATEMENTS, REPORTS):
        its = ordered([i for i in gold if i["section"] == title])
        rows = []
        for i in its:
            rows.append({"title": i["title"], "issuer": i["issuer"], "url": w.public(i["site"], i["path"]),
                         "published": i["pub"].astimezone(YGN).isoformat(), "language": i["lang"], "site": i["site"]})
            flat.append({"section": title, "title": i["title"], "issuer": i["issuer"], "url": w.public(i["site"], i["path"])})
        sections.append({"title": title, "items": rows})
    w.write_json("gold.json", {
        "corpus": CORPUS,
        "window": WINDOW,
        "sections": sections,
        "items": flat,
        "order_rule": "Sections in the order Statements and Press Releases, then Reports. Within a section, items grouped by issuer; issuers in natural case-insensitive order (a leading number numerically, then A-Z, punctuation counted as a space); several items of one issuer newest first; the English and Burmese versions of one statement side by side, English first.",
        "order_notes": [],
        "url_note": "Each url is the issuer's own copy where the corpus has one (its rel=canonical, or the last URL of a redirect chain), with the default ports of sites.json. Where the only copy is a repost (aggregator, library, wire, blog), the repost's canonical URL is given.",
        "title_note": "Titles exactly as the pages print them (Burmese titles stay Burmese; an en dash or a curly apostrophe as printed).",
        "bulletin": "Resources from the past week, 12-18 March 2022: written for this corpus from EDITORIAL.md; no published bulletin exists for it.",
        "snapshot": "2022-03-21",
    })
    gold_url = {i["key"]: w.public(i["site"], i["path"]) for i in gold}
    ds = []
    for i in w.items:
        if i["gold"]:
            continue
        d = {"id": i["key"], "site": i["site"], "url": w.public(i["site"], i["path"]), "title": i["title"],
             "published": i["pub"].astimezone(YGN).isoformat(), "category": i["category"], "why": i["why"]}
        if i.get("duplicate_of"):
            d["duplicate_of"] = gold_url[i["duplicate_of"]]
        if i.get("pair_of"):
            d["pair_of"] = gold_url[i["pair_of"]]
        if i["key"] in TRAPS:
            d["trap"] = TRAPS[i["key"]]
        ds.append(d)
    w.write_json("distractors.json", {"corpus": CORPUS, "window": WINDOW, "distractors": ds, "cases": CASES})
    w.write_json("faults.json", {"corpus": CORPUS, "faults": faults, "content_faults": CONTENT_FAULTS})
    w.write_json("routes.json", {"corpus": CORPUS, "sites": w.routes})
    w.write_json("sites.json", {"corpus": CORPUS, "host": "127.0.0.1",
                                "placeholders": "Served text contains {{BASE:<site-id>}} (http://127.0.0.1:<port>) and {{BASES:<site-id>}} (its https:// form); serve.py substitutes them.",
                                "sites": SITES})
    with open(os.path.join(ROOT, "..", CORPUS + ".sources.json"), "w", encoding="utf-8") as f:
        json.dump({"sources": SOURCES}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("gold %d (%d statements, %d reports, %d Burmese), distractors %d, faults %d, content faults %d" % (
        len(gold), len(sections[0]["items"]), len(sections[1]["items"]), sum(1 for i in gold if i["lang"] == "my"),
        len(ds), len(faults), len(CONTENT_FAULTS)))


if __name__ == "__main__":
    main()
