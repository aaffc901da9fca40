#!/usr/bin/env python3
"""Build the week-2021-06-04 corpus (sites.json, routes.json, faults.json, gold.json, distractors.json, www/)
and the operator's sources file beside the corpus folder.

    python3 tests/weeks/week-2021-06-04/_build/build.py

Everything is regenerated from the site modules; www/ is removed first.
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import Week, CORPUS, WINDOW  # noqa: E402
import s01_unicef, s02_ohchr, s03_nug, s04_knpp, s05_swan, s06_cdm  # noqa: E402,E401
import s07_cssn, s08_aphr, s09_formin, s10_embjp, s11_obl, s12_news  # noqa: E402,E401

MODULES = [s01_unicef, s02_ohchr, s03_nug, s04_knpp, s05_swan, s06_cdm, s07_cssn, s08_aphr, s09_formin, s10_embjp, s11_obl, s12_news]
SECTIONS = ["Statements and Press Releases", "Reports"]


def sort_key(issuer):
    """The bulletin's issuer order (as the check scores it): a leading number numerically, then A-Z."""
    s = unicodedata.normalize("NFKD", issuer).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^0-9a-z\u1000-\u109f]+", " ", s).strip()
    m = re.match(r"(\d+)\s*(.*)", s)
    return (0, int(m.group(1)), m.group(2)) if m else (1, 0, s)


def ordered(items, base_of):
    by_issuer = {}
    for it in items:
        by_issuer.setdefault(it["issuer"], []).append(it)
    out = []
    for issuer in sorted(by_issuer, key=sort_key):
        group = by_issuer[issuer]
        urls = {it["url"]: it for it in group}
        translations = {}
        for it in group:
            if it["_pair_of"]:
                lead = base_of(it["site"]) + it["_pair_of"]
                if lead not in urls:
                    raise SystemExit("pair_of outside its issuer group: %s" % it["url"])
                translations.setdefault(lead, []).append(it)
        units = [[it] + sorted(translations.get(it["url"], []), key=lambda x: x["_when"]) for it in group if not it["_pair_of"]]
        units.sort(key=lambda u: u[0]["_when"], reverse=True)
        for u in units:
            out.extend(u)
    return out


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    root = os.path.dirname(HERE)
    www = os.path.join(root, "www")
    if os.path.isdir(www):
        shutil.rmtree(www)
    w = Week(root)
    w.ports = {m.SID: m.PORT for m in MODULES}   # pages link across sites
    for m in MODULES:
        m.build(w)

    dump(os.path.join(root, "sites.json"), {
        "corpus": CORPUS, "host": "127.0.0.1",
        "placeholders": {"{{BASE:<site-id>}}": "http://127.0.0.1:<port> of that site (served pages carry real URLs)",
                         "{{BASES:<site-id>}}": "the https:// form of the same address (not used in this corpus)"},
        "sites": w.sites})
    dump(os.path.join(root, "routes.json"), {"corpus": CORPUS, "sites": w.routes})
    dump(os.path.join(root, "faults.json"), {"corpus": CORPUS, "faults": w.faults, "content_faults": w.content_faults})

    sections = []
    flat = []
    for sec in SECTIONS:
        items = ordered([g for g in w.gold if g["section"] == sec], w.base)
        out = []
        for it in items:
            o = {k: it[k] for k in ("title", "issuer", "url", "published", "language", "site")}
            if it.get("note"):
                o["note"] = it["note"]
            out.append(o)
            flat.append({"section": sec, "title": it["title"], "issuer": it["issuer"], "url": it["url"]})
        sections.append({"title": sec, "items": out})
    dump(os.path.join(root, "gold.json"), {
        "corpus": CORPUS,
        "window": WINDOW,
        "sections": sections,
        "items": flat,
        "order_rule": "Sections: Statements and Press Releases, then Reports. Within a section, items grouped by issuer; issuers in natural case-insensitive order (a leading number numerically, then A–Z, punctuation ignored); several items of one issuer newest first; an English statement and its Burmese version side by side, English first.",
        "order_notes": [],
        "url_note": "The issuer's own copy: its rel=canonical, or the final URL after a redirect (the Finnish ministry's statement is listed under an old address that answers 301); default ports of sites.json.",
        "title_note": "Titles as the issuer's page prints them; Burmese titles stay Burmese; curly apostrophes as printed (the G7 title has ’).",
        "bulletin": "Resources from the past week, 29 May – 4 June 2021 (written for this corpus from EDITORIAL.md; no published bulletin of that week is reproduced).",
        "snapshot": "2021-06-07",
    })
    dump(os.path.join(root, "distractors.json"), {"corpus": CORPUS, "window": WINDOW, "distractors": w.distractors, "cases": w.cases})
    dump(os.path.join(os.path.dirname(root), CORPUS + ".sources.json"), {"sources": w.sources})
    print("sites %d, gold %d (%s), distractors %d, faults %d, content faults %d, sources %d" % (
        len(w.sites), len(w.gold), ", ".join("%s %d" % (s["title"], len(s["items"])) for s in sections),
        len(w.distractors), len(w.faults), len(w.content_faults), len(w.sources)))


if __name__ == "__main__":
    main()
