#!/usr/bin/env python3
"""Checks a built week: every JSON file parses, every routed file exists, feeds and sitemaps are well-formed XML
(except those faults.json says are malformed), every gold and distractor URL is routed, and - with --live - that
the fixture server answers every gold URL with 200 and applies the faults."""
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.dom.minidom
from urllib.parse import urlsplit, parse_qsl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(os.path.dirname(HERE), "week-2024-11-08")
SERVE = os.path.join(HERE, "..", "..", "..", "..", "shared", "fixtures", "serve.py")


def load(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return json.load(f)


def norm_query(q):
    pairs = [(k, v) for k, v in parse_qsl(q, keep_blank_values=True)
             if not (k.lower().startswith("utm_") or k.lower() in ("fbclid", "gclid", "mc_cid", "mc_eid", "_ga"))]
    return "&".join("%s=%s" % kv for kv in sorted(pairs))


def main():
    live = "--live" in sys.argv
    sites = load("sites.json")
    routes = load("routes.json")["sites"]
    faults = load("faults.json")
    gold = load("gold.json")
    dist = load("distractors.json")
    sources = json.load(open(os.path.join(os.path.dirname(ROOT), "week-2024-11-08.sources.json"), encoding="utf-8"))
    problems = []
    by_port = {s["port"]: s["id"] for s in sites["sites"]}
    malformed = {(c["site"], c["url"]) for c in faults["content_faults"] if c["type"] == "malformed_xml"}
    ports = sorted(by_port)
    if ports != list(range(18301, 18301 + len(ports))):
        problems.append("ports: %s" % ports)
    for sid, site in routes.items():
        if "/robots.txt" not in site["routes"]:
            problems.append("%s: no robots.txt" % sid)
        for key, r in site["routes"].items():
            if "file" not in r:
                continue
            path = os.path.join(ROOT, r["file"])
            if not os.path.exists(path):
                problems.append("%s %s: missing file %s" % (sid, key, r["file"]))
                continue
            t = r["type"]
            if any(x in t for x in ("xml", "rss", "atom")):
                try:
                    xml.dom.minidom.parse(path)
                    if (sid, key) in malformed:
                        problems.append("%s %s: meant to be malformed but parses" % (sid, key))
                except Exception as ex:
                    if (sid, key) not in malformed:
                        problems.append("%s %s: XML does not parse: %s" % (sid, key, ex))
            if t.startswith("application/json"):
                json.load(open(path, encoding="utf-8"))
            if t == "application/pdf" and not open(path, "rb").read(5) == b"%PDF-":
                problems.append("%s %s: not a PDF" % (sid, key))
        if site.get("wp_rest"):
            for k in ("posts", "categories"):
                json.load(open(os.path.join(ROOT, site["wp_rest"][k]), encoding="utf-8"))

    def routed(url):
        u = urlsplit(url)
        sid = by_port.get(u.port)
        if sid is None:
            return None, "unknown port"
        rs = routes[sid]["routes"]
        q = norm_query(u.query)
        key = u.path + ("?" + q if q else "")
        r = rs.get(key) or (rs.get(u.path) if rs.get(u.path, {}).get("ignore_query") else None)
        if r is None:
            return sid, "not routed"
        if "file" not in r:
            return sid, "routed to a redirect"
        return sid, None

    for s in gold["sections"]:
        for it in s["items"]:
            sid, err = routed(it["url"])
            if err:
                problems.append("gold %s: %s" % (it["url"], err))
            elif sid != it["site"]:
                problems.append("gold %s: site %s != %s" % (it["url"], sid, it["site"]))
            if not it["published"].endswith("+06:30"):
                problems.append("gold %s: published not +06:30" % it["url"])
    flat = [(i["section"], i["title"], i["issuer"], i["url"]) for i in gold["items"]]
    nested = [(s["title"], i["title"], i["issuer"], i["url"]) for s in gold["sections"] for i in s["items"]]
    if flat != nested:
        problems.append("gold: items is not the flattened sections")
    urls = [i["url"] for i in gold["items"]] + [d["url"] for d in dist["distractors"]]
    if len(urls) != len(set(urls)):
        problems.append("a URL is both gold and distractor, or listed twice")
    for d in dist["distractors"]:
        sid, err = routed(d["url"])
        if err:
            problems.append("distractor %s %s: %s" % (d["id"], d["url"], err))
    for s in sources["sources"]:
        sid, err = routed(s["url"])
        if err and routes.get(sid, {}).get("wp_rest") and urlsplit(s["url"]).path.startswith("/wp-json/wp/v2/posts"):
            err = None
        if err and not any(f["site"] == sid and f["type"] in ("status",) for f in faults["faults"]):
            problems.append("source %s: %s" % (s["id"], err))

    if live:
        problems += live_check(gold, dist, sites)
    for p in problems:
        print("PROBLEM", p)
    print("checked: %d gold, %d distractors, %d sites, %d sources; %s" % (
        len(gold["items"]), len(dist["distractors"]), len(sites["sites"]), len(sources["sources"]), "OK" if not problems else "%d problems" % len(problems)))
    return 1 if problems else 0


def get(url, headers=None):
    req = urllib.request.Request(url, headers=headers or {"User-Agent": "week-check/1.0"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=40) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as ex:
        return ex.code, dict(ex.headers), ex.read()


def live_check(gold, dist, sites):
    problems = []
    for transient in (False, True):
        args = [sys.executable, SERVE, ROOT, "--log", os.devnull]
        if not transient:
            args.append("--no-transient-faults")
        else:
            args += ["--stall-scale", "0.1"]
        srv = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            while True:
                line = srv.stdout.readline()
                if not line:
                    return problems + ["server exited before READY"]
                if line.strip() == "READY":
                    break
            if not transient:
                for it in gold["items"]:
                    st, _, body = get(it["url"])
                    if st != 200:
                        problems.append("live gold %s: %d" % (it["url"], st))
                for d in dist["distractors"]:
                    st, _, _ = get(d["url"])
                    if st != 200:
                        problems.append("live distractor %s: %d" % (d["url"], st))
                print("live: every gold and distractor URL answered (no transient faults)")
            else:
                b = lambda sid: next(s["base_url"] for s in sites["sites"] if s["id"] == sid)
                checks = [
                    ("unicef feed 503", b("unicef") + "/en/rss.xml", [503, 503, 200]),
                    ("mofaj detail 429", b("mofaj") + "/press/release/pressite_000001_00884.html", [429, 200]),
                    ("hurfom pdf 500", b("hurfom") + "/uploads/reports/Briefing-Paper-Nowhere-to-Hide-Conscription-Southern-Mon-State.pdf", [500, 200]),
                    ("knpp removed", b("knpp") + "/statements/2024-11-02-ceasefire-talks.html", [410]),
                    ("nug rest closed", b("nug") + "/wp-json/wp/v2/posts", [401]),
                    ("nug redirect 1", b("nug") + "/2024/11/06/statement-12-2024/", [301]),
                    ("nug redirect 2", b("nug") + "/statements/statement-12-2024/", [302]),
                    ("nug my feed 503", b("nug") + "/my/feed/", [503, 200]),
                    ("alliance rest", b("alliance") + "/wp-json/wp/v2/posts?categories=2,3,7&per_page=100", [200]),
                    ("strike stall", b("strike") + "/feeds/posts/default", [200]),
                ]
                for name, url, want in checks:
                    got = []
                    for _ in want:
                        t0 = time.time()
                        st, h, body = get(url)
                        got.append(st)
                        if name == "mofaj detail 429" and st == 429 and h.get("Retry-After") != "3":
                            problems.append("429 without Retry-After: 3")
                        if name == "alliance rest" and st == 200:
                            posts = json.loads(body)
                            print("live: alliance REST categories 2,3,7 -> %d posts, X-WP-Total %s" % (len(posts), h.get("X-WP-Total")))
                        if name == "strike stall":
                            print("live: stalled feed answered after %.1f s (stall-scale 0.1)" % (time.time() - t0))
                        time.sleep(0.6)
                    if got != want:
                        problems.append("fault %s: want %s, got %s" % (name, want, got))
                print("live: faults fire as described")
        finally:
            srv.terminate()
            srv.wait(timeout=10)
    return problems


if __name__ == "__main__":
    sys.exit(main())
