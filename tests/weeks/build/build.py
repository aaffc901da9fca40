#!/usr/bin/env python3
"""Writes the simulated week tests/weeks/week-2024-11-08/ (sites, routes, faults, gold, distractors, www/)
and tests/weeks/week-2024-11-08.sources.json. Run from anywhere: python3 tests/weeks/build/build.py"""
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import *  # noqa: E402
import site_unicef, site_mofaj, site_alliance, site_strike, site_phr, site_knpp, site_digest, site_news, site_hurfom, site_pv, site_nug, site_abfsu  # noqa: E402

CORPUS = "week-2024-11-08"
WINDOW = {"from": "2024-11-02", "to": "2024-11-08", "timeZone": "Asia/Yangon"}
ROOT = os.path.join(os.path.dirname(HERE), CORPUS)
SECTIONS = ["Statements and Press Releases", "Reports"]


def sort_key(issuer):
    """The bulletin's issuer order (EDITORIAL.md): a leading number numerically, then case-insensitive A-Z."""
    s = unicodedata.normalize("NFKD", issuer).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^0-9a-z\u1000-\u109f]+", " ", s).strip()
    m = re.match(r"(\d+)\s*(.*)", s)
    return (0, int(m.group(1)), m.group(2)) if m else (1, 0, s)


def published(it):
    if it.get("date_only"):
        return it["dt"].strftime("%Y-%m-%d") + "T00:00:00+06:30"
    return yangon_iso(it["dt"])


def yangon_day(it):
    return published(it)[:10]


def order_section(items):
    by_issuer = {}
    for it in items:
        by_issuer.setdefault(it["issuer"], []).append(it)
    out = []
    for issuer in sorted(by_issuer, key=sort_key):
        its = by_issuer[issuer]
        heads = [i for i in its if not i.get("pair")]
        groups = []
        for h in heads:
            groups.append([h] + [i for i in its if i.get("pair") == h["id"]])
        assert sum(len(g) for g in groups) == len(its), issuer
        groups.sort(key=lambda g: g[0]["dt"], reverse=True)
        for g in groups:
            out += g
    return out


def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    w = Week(ROOT, CORPUS)
    for mod in (site_unicef, site_mofaj, site_alliance, site_strike, site_phr, site_knpp, site_digest, site_news,
                site_hurfom, site_pv, site_nug, site_abfsu):
        mod.build(w)

    sites = {"corpus": CORPUS, "host": "127.0.0.1",
             "placeholders": {"{{BASE:<site-id>}}": "http://127.0.0.1:<port>", "{{BASES:<site-id>}}": "https://127.0.0.1:<port> (not served)"},
             "sites": w.sites}
    dump(os.path.join(ROOT, "sites.json"), sites)
    dump(os.path.join(ROOT, "routes.json"), {"corpus": CORPUS, "sites": w.routes})
    dump(os.path.join(ROOT, "faults.json"), {"corpus": CORPUS, "faults": w.faults, "content_faults": w.content_faults})

    byid = {i["id"]: i for i in w.items}
    gold_items = [i for i in w.items if i["cat"] in ("statement", "report")]
    for i in gold_items:
        assert WINDOW["from"] <= yangon_day(i) <= WINDOW["to"], (i["id"], published(i))
        assert i["issuer"] and i["section"] in SECTIONS, i["id"]
    sections = []
    flat = []
    for name in SECTIONS:
        its = order_section([i for i in gold_items if i["section"] == name])
        sections.append({"title": name, "items": [{"title": i["title"], "issuer": i["issuer"], "url": i["url"],
                                                   "published": published(i), "language": i["lang"], "site": i["site"]} for i in its]})
        flat += [{"section": name, "title": i["title"], "issuer": i["issuer"], "url": i["url"]} for i in its]
    gold = {
        "corpus": CORPUS, "window": WINDOW, "sections": sections, "items": flat,
        "order_rule": "Sections: Statements and Press Releases, then Reports. Within a section, items grouped by issuer; issuers in natural case-insensitive order (a leading number numerically first, then A-Z, punctuation counted as a space). Several items of one issuer stay together, newest first; an English statement and its Burmese version sit side by side, English first.",
        "order_notes": [],
        "url_note": "url is the issuer's own copy: its rel=canonical, or the final URL after redirects (G32 of nug is reached from its feed link through two redirects); for reports served only as PDFs, the PDF's URL. Default ports.",
        "title_note": "Titles as the page prints them: WordPress titles with curly apostrophes (wptexturize), Burmese titles in Burmese; never the <title> element's site prefix or suffix (\"KNPP - \", \"| UNICEF East Asia and Pacific\"), never an aggregator's label or acronym badge.",
        "published_note": "published is the publication instant in Asia/Yangon; where a page gives only a day (the KNPP's hand-written pages, the Japanese ministry's press releases) it is that day at 00:00.",
        "bulletin": "Resources from the past week, 2–8 November 2024",
        "snapshot": "2024-11-11",
    }
    dump(os.path.join(ROOT, "gold.json"), gold)

    dist = []
    for i in w.items:
        if i["cat"] in ("statement", "report"):
            continue
        d = {"id": i["id"], "site": i["site"], "url": i["url"], "title": i["title"], "published": published(i),
             "category": i["cat"], "why": i.get("why") or ""}
        if i.get("duplicate_of"):
            g = byid[i["duplicate_of"]]
            d["duplicate_of"] = g["url"]
        if i.get("pair_of"):
            d["pair_of"] = byid[i["pair_of"]]["url"]
        if i.get("trap"):
            d["trap"] = i["trap"]
        if i["cat"] == "outside_window":
            assert not (WINDOW["from"] <= yangon_day(i) <= WINDOW["to"]), i["id"]
        elif i["cat"] != "robots_disallowed":
            assert WINDOW["from"] <= yangon_day(i) <= WINDOW["to"], (i["id"], published(i))
        dist.append(d)
    g = lambda gid: byid[gid]["url"]
    cases = [
        {"what": "translation pairs: the KNPP's Demoso statement in English and Burmese (two pages, same day); the NUG's Statement No. 12/2024 and its Burmese version (hreflang pair); Progressive Voice's Kunming statement and its Burmese translation a day later (hreflang pair); HURFOM's October overview as two PDFs",
         "expect": "both versions listed, side by side, English first: %s / %s; %s / %s; %s / %s; %s / %s" % (g("G18"), g("G19"), g("G32"), g("G33"), g("G28"), g("G29"), g("G24"), g("G25"))},
        {"what": "a translation published after the window (Progressive Voice's Burmese edition of its land report, 10 November)",
         "expect": "left out; the English report %s is listed alone" % g("G30")},
        {"what": "joint statement of two UN agencies whose body uses acronyms and whose closing lines name both in full (UNICEF site)",
         "expect": "By United Nations Children's Fund and World Food Programme (full names, no acronyms, the statement's order)"},
        {"what": "joint statement with four named co-issuers, opened by the federation with its acronym in brackets and signed without acronyms (ABFSU on Medium)",
         "expect": "By All Burma Federation of Student Unions, Dagon University Students' Union, Yangon University Students' Union and Mandalay University Students' Union"},
        {"what": "Burmese joint statement signed by three township strike committees, named only in Burmese in the signature block (strike blog)",
         "expect": "By Salingyi Township Strike Committee, Pale Township Strike Committee and Kani Township Strike Committee (term by term, usual English spellings, signature order)"},
        {"what": "long signatory lists: 48 community-based organizations (alliance), 38 students' unions (ABFSU)",
         "expect": "counts with each statement's own collective noun: \"48 Community-Based Organizations\", \"38 Students' Unions\" (not the configured default \"Civil Society Organizations\")"},
        {"what": "a collective named in the title (\"Joint Statement by the Women's Groups of Sagaing Region …\") with seven groups listed at the end",
         "expect": "By Women's Groups of Sagaing Region, not the seven names"},
        {"what": "bodies named only in Burmese: ပခုက္ကူမြို့နယ် အမျိုးသမီးကွန်ရက် (\"ရင်းမြစ် -\" line, alliance), မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက် (signature, strike blog), ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီ (\"ရင်းမြစ် -\" and signature), ရွှေဘိုမြို့နယ် လူငယ်ကွန်ရက် (\"ထုတ်ပြန်သူ -\" line, aggregator)",
         "expect": "Pakokku Township Women's Network; Monywa District Strike Committees Network; Yinmabin Township Strike Committee; Shwebo Township Youth Network"},
        {"what": "ministries: the Japanese foreign ministry (statements by its Press Secretary and by the Foreign Minister); the NUG's Ministry of Human Rights named only by the breadcrumb and category; a Burmese joint statement of two NUG ministries named only in a Burmese letterhead",
         "expect": "Ministry of Foreign Affairs of Japan; National Unity Government (Ministry of Human Rights); National Unity Government (Ministry of Human Rights and Ministry of Women, Youths and Children Affairs)"},
        {"what": "a party's department signing a letter itself (KNPP letterhead with \"Foreign Affairs Department\" under the party's name, and the same signature)",
         "expect": "By Karenni National Progressive Party (Foreign Affairs Department); the party's own statements By Karenni National Progressive Party"},
        {"what": "issuer signals on reposting sites: \"Source:\" (Ta'ang Women's Organization), \"Published by:\" (Kachin Baptist Convention), \"Issued by:\" (Interim Executive Council of Karenni State), an acronym badge KWO expanded only in the About box (Karen Women's Organization), \"Author:\" on Progressive Voice (Karen Peace Support Network)",
         "expect": "each credited to the body named, never to the site; the byline accounts (cpam-admin, Super User, MDSCN Admin, staff authors on the Ghost site) are never issuers; an \"Author:\" naming an outlet (Myanmar Now) marks news"},
        {"what": "a single issuer written with its acronym on the page (\"Ta'ang Women's Organization (TWO)\", \"Human Rights Foundation of Monland (HURFOM)\", \"Civilian Protection Alliance Myanmar (CPAM)\")",
         "expect": "printed without the bracketed acronym"},
        {"what": "date formats: Burmese month names with Burmese digits (\"၂၀၂၄ ခုနှစ်၊ နိုဝင်ဘာလ ၃ ရက်\", \"နိုဝင်ဘာလ ၅ ရက်၊ ၂၀၂၄\"); day-first text (\"Date: 4 November 2024\", \"Published: 05 November 2024\"); month-first text (\"November 6, 2024\", \"Nov 1, 2024\"); RFC 822 with +0700, +0100 and GMT; ISO with +06:30; WordPress REST dates without offset (Bangkok); a feed with no dates (Japanese ministry)",
         "expect": "every item placed on its Asia/Yangon day"},
        {"what": "time-zone edges: G07 alliance (Bangkok 9 Nov 00:10 = Yangon 8 Nov 23:40, in; its address says /2024/11/09/); G16 phr (New York 1 Nov 22:00 EDT = Yangon 2 Nov 08:30, in, page shows Nov 1); G34 nug (UTC 1 Nov 18:00 = Yangon 2 Nov 00:30, in); G15 strike (8 Nov 23:55 +06:30, in)",
         "expect": "all four listed; their out-of-window twins D04, D14, D22, D25, D33, D58 left out"},
        {"what": "Burmese titles on a windows-1252 feed (numeric character references) and curly quotes as cp1252 bytes (HURFOM)",
         "expect": "titles exactly as in gold.json"},
    ] + w.cases
    dump(os.path.join(ROOT, "distractors.json"), {"corpus": CORPUS, "window": WINDOW, "distractors": dist, "cases": cases})

    base = lambda sid: next(s["base_url"] for s in w.sites if s["id"] == sid)
    sources = {"sources": [
        {"id": "unicef-eap", "name": "UNICEF East Asia and Pacific", "type": "feed", "url": base("unicef") + "/en/rss.xml",
         "issuer": "United Nations Children's Fund", "timeZone": "Asia/Bangkok", "language": "en"},
        {"id": "mofa-japan-myanmar", "name": "Ministry of Foreign Affairs of Japan – Myanmar", "type": "feed",
         "url": base("mofaj") + "/region/asia-paci/myanmar/rss.xml", "issuer": "Ministry of Foreign Affairs of Japan",
         "timeZone": "Asia/Tokyo", "language": "en"},
        {"id": "cpam", "name": "Civilian Protection Alliance Myanmar", "type": "wordPress", "url": base("alliance") + "/wp-json/wp/v2/posts",
         "issuer": "Civilian Protection Alliance Myanmar", "timeZone": "Asia/Bangkok", "language": "en", "publishesForOthers": True,
         "categories": [2, 3, 7]},
        {"id": "monywa-strike", "name": "မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက် (Monywa District Strike Committees Network)", "type": "feed",
         "url": base("strike") + "/feeds/posts/default", "issuer": "Monywa District Strike Committees Network",
         "timeZone": "Asia/Yangon", "language": "my", "publishesForOthers": True},
        {"id": "phr-myanmar", "name": "Physicians for Human Rights – Myanmar", "type": "feed", "url": base("phr") + "/rss/",
         "issuer": "Physicians for Human Rights", "timeZone": "America/New_York", "language": "en"},
        {"id": "knpp", "name": "Karenni National Progressive Party", "type": "html", "url": base("knpp") + "/statements.html",
         "issuer": "Karenni National Progressive Party", "timeZone": "Asia/Yangon", "language": "en", "details": "always",
         "selectors": {"item": "//ul[@class='statements']/li", "link": "./a/@href", "title": "./a"}},
        {"id": "rights-digest", "name": "Myanmar Rights Digest (aggregator)", "type": "feed",
         "url": base("digest") + "/index.php/statements?format=feed&type=rss", "timeZone": "Europe/Brussels", "publishesForOthers": True},
        {"id": "chindwin-post", "name": "Chindwin Post (news outlet)", "type": "sitemap", "url": base("news") + "/news-sitemap.xml",
         "issuer": "Chindwin Post", "timeZone": "Asia/Yangon", "kind": "news"},
        {"id": "hurfom", "name": "Human Rights Foundation of Monland", "type": "feed", "url": base("hurfom") + "/rss.php",
         "issuer": "Human Rights Foundation of Monland", "timeZone": "Asia/Bangkok", "language": "en"},
        {"id": "pv-en", "name": "Progressive Voice (English)", "type": "feed", "url": base("pv") + "/index.xml",
         "issuer": "Progressive Voice", "timeZone": "Asia/Bangkok", "language": "en", "publishesForOthers": True},
        {"id": "pv-my", "name": "Progressive Voice (Burmese)", "type": "feed", "url": base("pv") + "/my/index.xml",
         "issuer": "Progressive Voice", "timeZone": "Asia/Bangkok", "language": "my", "publishesForOthers": True},
        {"id": "nug-en", "name": "National Unity Government (English)", "type": "feed", "url": base("nug") + "/feed/",
         "issuer": "National Unity Government", "timeZone": "Asia/Yangon", "language": "en"},
        {"id": "nug-my", "name": "National Unity Government (Burmese)", "type": "feed", "url": base("nug") + "/my/feed/",
         "issuer": "National Unity Government", "timeZone": "Asia/Yangon", "language": "my"},
        {"id": "abfsu", "name": "All Burma Federation of Student Unions (Medium)", "type": "feed", "url": base("abfsu") + "/feed/abfsu",
         "issuer": "All Burma Federation of Student Unions", "timeZone": "UTC"},
    ]}
    dump(os.path.join(os.path.dirname(ROOT), CORPUS + ".sources.json"), sources)
    print("gold %d (%d Burmese), distractors %d, sites %d, faults %d, content faults %d" % (
        len(gold_items), sum(1 for i in gold_items if i["lang"] == "my"), len(dist), len(w.sites), len(w.faults), len(w.content_faults)))


if __name__ == "__main__":
    main()
