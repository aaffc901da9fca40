#!/usr/bin/env python3
"""Checks the built corpus: JSON parses, feeds parse (except the deliberately malformed one), every gold and
distractor URL is served by routes.json, and gold.json passes check-week's own comparison against itself."""
import importlib.machinery, importlib.util, json, os, sys, types
from urllib.parse import urlsplit, unquote
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "week-2022-03-18")
J = {n: json.load(open(os.path.join(ROOT, n), encoding="utf-8")) for n in ("sites.json", "routes.json", "faults.json", "gold.json", "distractors.json")}
ports = {s["id"]: s["port"] for s in J["sites.json"]["sites"]}
byport = {v: k for k, v in ports.items()}
routes = J["routes.json"]["sites"]
bad = 0
faulted = {(f["site"], f["match"]["path"]) for f in J["faults.json"]["faults"] if f["type"] in ("redirect", "status")}
for sid, r in routes.items():
    for path, rt in r["routes"].items():
        f = os.path.join(ROOT, rt["file"])
        if not os.path.exists(f):
            print("missing file", sid, path); bad += 1
        t = rt["type"]
        if "xml" in t or "rss" in t or "atom" in t:
            data = open(f, "rb").read().replace(b"{{BASE:", b"http://x/{{").replace(b"}}", b"")
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                if (sid, path) != ("pv", "/feed/"):
                    print("xml error", sid, path, e); bad += 1
            else:
                if (sid, path) == ("pv", "/feed/"):
                    print("pv feed should be malformed"); bad += 1
        if "json" in t:
            json.load(open(f, encoding="utf-8"))
    if r.get("wp_rest"):
        for k in ("posts", "categories"):
            json.load(open(os.path.join(ROOT, r["wp_rest"][k]), encoding="utf-8"))


def served(url):
    u = urlsplit(url)
    sid = byport[u.port]
    path = unquote(u.path)
    key = path + ("?" + u.query if u.query else "")
    return sid, (key in routes[sid]["routes"]) and (sid, path) not in faulted


urls = [i["url"] for s in J["gold.json"]["sections"] for i in s["items"]]
durls = [d["url"] for d in J["distractors.json"]["distractors"]]
for u in urls + durls:
    sid, ok = served(u)
    if not ok:
        print("not served:", u); bad += 1
assert len(set(urls)) == len(urls), "duplicate gold url"
assert len(set(durls)) == len(durls), "duplicate distractor url"
assert not set(urls) & set(durls), "gold and distractor share a url"
# flattened list equals sections
flat = [(s["title"], i["title"], i["issuer"], i["url"]) for s in J["gold.json"]["sections"] for i in s["items"]]
assert flat == [(i["section"], i["title"], i["issuer"], i["url"]) for i in J["gold.json"]["items"]]
# check-week's comparison of the gold with itself
# ../shared beside the repository's root, as the project's tests expect it
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "tools", "check-week")
if os.path.exists(path):
    loader = importlib.machinery.SourceFileLoader("checkweek", path)
    mod = types.ModuleType(loader.name)
    mod.__file__ = path
    loader.exec_module(mod)
    score, problems = mod.compare(J["gold.json"], J["gold.json"])
    print("check-week compare(gold, gold):", score, problems)
else:
    print("../shared/tools/check-week not found: order not checked")
    if problems:
        bad += 1
print("gold %d, distractors %d, routes %d, problems %d" % (len(urls), len(durls), sum(len(r["routes"]) for r in routes.values()), bad))
sys.exit(1 if bad else 0)
