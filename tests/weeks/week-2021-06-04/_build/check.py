#!/usr/bin/env python3
"""Static checks of the built corpus: every file parses, every gold and distractor URL has a route,
the sources file's selectors find the listing items (needs lxml; skipped without it), feeds parse
(except the one that is deliberately not well-formed), the gold order follows the rule.

    python3 tests/weeks/week-2021-06-04/_build/check.py
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from urllib.parse import parse_qsl, urlsplit, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import sort_key  # noqa: E402

TRACKING = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|_ga)$", re.I)
problems = []


def load(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return json.load(f)


sites = load("sites.json")
routes = load("routes.json")["sites"]
faults = load("faults.json")
gold = load("gold.json")
distr = load("distractors.json")
with open(os.path.join(os.path.dirname(ROOT), "week-2021-06-04.sources.json"), encoding="utf-8") as f:
    sources = json.load(f)["sources"]
ports = {s["id"]: s["port"] for s in sites["sites"]}
by_port = {v: k for k, v in ports.items()}


def route_for(url):
    """serve.py's routing, without faults: (site, route) or (site, None)."""
    u = urlsplit(url)
    sid = by_port.get(u.port)
    if sid is None:
        return None, None
    site = routes[sid]
    path = unquote(u.path) or "/"
    pairs = sorted((k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if not TRACKING.match(k))
    q = "&".join("%s=%s" % kv for kv in pairs)
    r = site["routes"].get(path + ("?" + q if q else ""))
    if r is None and q:
        r0 = site["routes"].get(path)
        if r0 is not None and r0.get("ignore_query"):
            r = r0
    return sid, r


def substitute(data):
    def repl(m):
        return ("%s://127.0.0.1:%d" % ("https" if m.group(1) == b"BASES" else "http", ports[m.group(2).decode()])).encode()
    return re.sub(rb"\{\{(BASES?):([A-Za-z0-9_-]+)\}\}", repl, data)


def body(url):
    sid, r = route_for(url)
    with open(os.path.join(ROOT, r["file"]), "rb") as f:
        return substitute(f.read())


# 1. routes exist for gold and distractors; files exist for every route
for sid, site in routes.items():
    for key, r in site["routes"].items():
        if "file" in r and not os.path.exists(os.path.join(ROOT, r["file"])):
            problems.append("missing file for %s %s" % (sid, key))
for it in gold["items"]:
    sid, r = route_for(it["url"])
    if not r or r.get("status", 200) != 200:
        problems.append("gold url not served: %s" % it["url"])
for d in distr["distractors"]:
    sid, r = route_for(d["url"])
    if not r:
        problems.append("distractor url not served: %s" % d["url"])
urls = [i["url"] for i in gold["items"]]
if len(set(urls)) != len(urls):
    problems.append("duplicate gold urls")
dids = [d["id"] for d in distr["distractors"]]
if len(set(dids)) != len(dids):
    problems.append("duplicate distractor ids: %s" % [x for x in dids if dids.count(x) > 1])
if set(urls) & {d["url"] for d in distr["distractors"]}:
    problems.append("a url is both gold and distractor")

# 2. gold: flattened list equals sections; order follows the rule; window
flat = [(s["title"], i["title"], i["issuer"], i["url"]) for s in gold["sections"] for i in s["items"]]
if flat != [(i["section"], i["title"], i["issuer"], i["url"]) for i in gold["items"]]:
    problems.append("gold items differ from sections")
for s in gold["sections"]:
    keys = [sort_key(i["issuer"]) for i in s["items"]]
    if keys != sorted(keys):
        problems.append("gold order in %s" % s["title"])
    for i in s["items"]:
        if not ("2021-05-29" <= i["published"][:10] <= "2021-06-04") or not i["published"].endswith("+06:30"):
            problems.append("gold outside window: %s %s" % (i["published"], i["title"]))
for d in distr["distractors"]:
    if d["category"] == "outside_window" and d["published"] and "2021-05-29" <= d["published"][:10] <= "2021-06-04":
        problems.append("outside_window distractor inside the window: %s" % d["id"])

# 3. feeds parse (the Blogger feed must not)
for sid, site in routes.items():
    for key, r in site["routes"].items():
        if r.get("type", "").split(";")[0] in ("application/xml", "application/rss+xml", "application/atom+xml") and "file" in r:
            data = substitute(open(os.path.join(ROOT, r["file"]), "rb").read())
            try:
                ET.fromstring(data)
                ok = True
            except ET.ParseError:
                ok = False
            if ok == (sid == "cdm" and key == "/feeds/posts/default"):
                problems.append("feed well-formedness unexpected: %s %s (parsed=%s)" % (sid, key, ok))
for p in glob.glob(os.path.join(ROOT, "www", "*", "_wp", "*.json")):
    json.load(open(p, encoding="utf-8"))

# 4. selectors of html sources find items (and the stale one finds none)
try:
    import lxml.html
except ImportError:
    lxml = None
    print("lxml missing: selector checks skipped")
if lxml:
    for s in sources:
        if s["type"] != "html":
            continue
        doc = lxml.html.fromstring(body(s["url"]))
        sel = s["selectors"]
        rows = doc.xpath(sel["item"])
        stale = s["id"] == "cssn-statements"
        if stale:
            if rows:
                problems.append("stale selectors match on %s" % s["id"])
            continue
        if not rows:
            problems.append("no items for %s" % s["id"])
        for row in rows:
            link = row.xpath(sel["link"])
            title = row.xpath(sel["title"])
            if not link or not title:
                problems.append("%s: row without link/title" % s["id"])
            if "date" in sel and not row.xpath(sel["date"]):
                problems.append("%s: row without date" % s["id"])
        if "next" in sel:
            nxt = doc.xpath(sel["next"])
            print("%-16s %2d items, next=%s" % (s["id"], len(rows), nxt[0] if nxt else None))
        else:
            print("%-16s %2d items" % (s["id"], len(rows)))

# 5. signatory counts
import lxml.html as LH  # noqa: E402
for url, n in [("http://127.0.0.1:18507/2021/06/03/asean-must-not-grant-legitimacy-to-the-junta/", 398),
               ("http://127.0.0.1:18505/2021/05/31/open-letter-to-the-un-security-council-end-impunity-for-sexual-violence/", 41)]:
    d = LH.fromstring(body(url))
    got = len(d.xpath("//ol[@class='signatories']/li"))
    if got != n:
        problems.append("signatories %s: %d != %d" % (url, got, n))

# 6. robots: every robots_disallowed distractor is disallowed, no gold is
# serve.py of the shared fixtures, beside the checkout (../shared/fixtures)
sys.path.insert(0, os.path.join(ROOT, "..", "..", "..", "..", "shared", "fixtures"))
try:
    from serve import Robots
except Exception:  # noqa: BLE001
    Robots = None
print("robots checks:", "on" if Robots else "skipped (no ../shared)")
if Robots:
    rob = {}
    for sid in routes:
        r = routes[sid]["routes"].get("/robots.txt")
        if r:
            rob[sid] = Robots(open(os.path.join(ROOT, r["file"]), encoding="utf-8").read())
    for it in gold["items"]:
        sid, _ = route_for(it["url"])
        if sid in rob and rob[sid].disallowed(urlsplit(it["url"]).path, "Bulletin/1.0"):
            problems.append("gold disallowed by robots: %s" % it["url"])
    for d in distr["distractors"]:
        sid, _ = route_for(d["url"])
        dis = sid in rob and rob[sid].disallowed(urlsplit(d["url"]).path, "Bulletin/1.0")
        if (d["category"] == "robots_disallowed") != dis:
            problems.append("robots category mismatch: %s (disallowed=%s)" % (d["id"], dis))

for p in problems:
    print("PROBLEM", p)
langs = [i["language"] for s in gold["sections"] for i in s["items"]]
issuers = sorted({i["issuer"] for i in gold["items"]}, key=sort_key)
print("gold %d (my %d), issuers %d, distractors %d, cases %d, faults %d + %d content" % (
    len(gold["items"]), langs.count("my"), len(issuers), len(distr["distractors"]), len(distr["cases"]),
    len(faults["faults"]), len(faults["content_faults"])))
sys.exit(1 if problems else 0)
