"""Shared plumbing for building the week-2021-06-04 corpus: files, routes, gold, distractors.

The page text lives in the site modules (s01_*.py ...); this file only records what they make.
"""
import hashlib
import html
import json
import os
import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

YGN = ZoneInfo("Asia/Yangon")
CORPUS = "week-2021-06-04"
WINDOW = {"from": "2021-05-29", "to": "2021-06-04", "timeZone": "Asia/Yangon"}

TYPES = {
    ".html": "text/html; charset=UTF-8",
    ".xml": "application/xml; charset=UTF-8",
    ".rss": "application/rss+xml; charset=UTF-8",
    ".atom": "application/atom+xml; charset=UTF-8",
    ".json": "application/json; charset=UTF-8",
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=UTF-8",
}


def esc(s):
    return html.escape(s, quote=True)


def t(iso, zone=None):
    """An aware datetime from ISO text; naive text is read in `zone`."""
    d = datetime.fromisoformat(iso)
    if d.tzinfo is None:
        d = d.replace(tzinfo=ZoneInfo(zone))
    return d


def ygn(d):
    return d.astimezone(YGN).isoformat(timespec="seconds")


def utc_z(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(d):
    from email.utils import format_datetime
    return format_datetime(d.astimezone(timezone.utc), usegmt=True)


MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
MY_MONTHS = {1: "ဇန်နဝါရီ", 2: "ဖေဖော်ဝါရီ", 3: "မတ်", 4: "ဧပြီ", 5: "မေ", 6: "ဇွန်",
             7: "ဇူလိုင်", 8: "ဩဂုတ်", 9: "စက်တင်ဘာ", 10: "အောက်တိုဘာ", 11: "နိုဝင်ဘာ", 12: "ဒီဇင်ဘာ"}
MY_DAYS = ["တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ"]


def my_num(n):
    return str(n).translate(MY_DIGITS)


def my_date(d):
    """'၂၀၂၁ ခုနှစ်၊ ဇွန်လ ၂ ရက်' (the usual form in statements)."""
    return "%s ခုနှစ်၊ %sလ %s ရက်" % (my_num(d.year), MY_MONTHS[d.month], my_num(d.day))


class Week:
    def __init__(self, root):
        self.root = root
        self.www = os.path.join(root, "www")
        self.routes = {}
        self.sites = []
        self.gold = []
        self.distractors = []
        self.cases = []
        self.faults = []
        self.content_faults = []
        self.sources = []
        self.ports = {}

    # -- sites and files ------------------------------------------------
    def site(self, meta, slash_redirect=None, wp_rest=None):
        if slash_redirect is None:
            slash_redirect = bool(meta.get("slash_redirect"))
        if slash_redirect != bool(meta.get("slash_redirect")):
            raise SystemExit("slash_redirect differs between sites.json and routes.json for " + meta["id"])
        self.sites.append(meta)
        self.ports[meta["id"]] = meta["port"]
        entry = {"routes": {}, "slash_redirect": slash_redirect}
        if wp_rest:
            entry["wp_rest"] = wp_rest
        self.routes[meta["id"]] = entry

    def base(self, sid):
        return "http://127.0.0.1:%d" % self.ports[sid]

    @staticmethod
    def file_for(path, ext):
        p, _, q = path.partition("?")
        rel = p.strip("/")
        if p.endswith("/") or rel == "":
            rel = (rel + "/index") if rel else "index"
        if q:
            rel += "@" + q.replace("&", "+")
        root, e = os.path.splitext(rel)
        if e.lower() != ext or q:
            rel += ext
        return rel

    def put(self, sid, path, body, ext=".html", ctype=None, lastmod=None, ignore_query=False,
            headers=None, file=None):
        """Serve `body` (str or bytes) at `path` (with its significant query, sorted) on site `sid`."""
        rel = file or self.file_for(path, ext)
        full = os.path.join(self.www, sid, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = body.encode("utf-8") if isinstance(body, str) else body
        with open(full, "wb") as f:
            f.write(data)
        route = {"file": "www/%s/%s" % (sid, rel), "type": ctype or TYPES[ext]}
        if lastmod is not None:
            route["lastmod"] = utc_z(lastmod)
        if ignore_query:
            route["ignore_query"] = True
        if headers:
            route["headers"] = headers
        key = self.route_key(path)
        if key in self.routes[sid]["routes"]:
            raise SystemExit("duplicate route %s %s" % (sid, key))
        self.routes[sid]["routes"][key] = route
        return route

    def redirect(self, sid, path, location, status=301):
        self.routes[sid]["routes"][self.route_key(path)] = {"status": status, "location": location}

    @staticmethod
    def route_key(path):
        from urllib.parse import parse_qsl
        p, _, q = path.partition("?")
        if not q:
            return p
        pairs = sorted(parse_qsl(q, keep_blank_values=True))
        return p + "?" + "&".join("%s=%s" % kv for kv in pairs)

    def put_json_file(self, sid, rel, obj):
        full = os.path.join(self.www, sid, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
        return "www/%s/%s" % (sid, rel)

    # -- expectations ---------------------------------------------------
    def gold_item(self, sid, path, title, issuer, published, language, section="Statements and Press Releases",
                  pair_of=None, note=None):
        item = {"section": section, "title": title, "issuer": issuer,
                "url": self.base(sid) + path, "published": ygn(published), "language": language,
                "site": sid, "_pair_of": pair_of, "_when": published}
        if note:
            item["note"] = note
        self.gold.append(item)
        return item

    def distractor(self, did, sid, path, title, published, category, why, **extra):
        d = {"id": did, "site": sid, "url": self.base(sid) + path, "title": title,
             "published": ygn(published) if published is not None else None, "category": category, "why": why}
        d.update(extra)
        self.distractors.append(d)
        return d

    def case(self, cid, what, expect, **extra):
        c = {"id": cid, "what": what, "expect": expect}
        c.update(extra)
        self.cases.append(c)

    def fault(self, **f):
        self.faults.append(f)

    def content_fault(self, **f):
        self.content_faults.append(f)

    def source(self, **s):
        self.sources.append(s)


def page_hash(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def simple_pdf(title, lines, created, author=None):
    """A small, valid one-page PDF with its text in Helvetica and Title/CreationDate in its Info."""
    def pdf_str(s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    content_lines = ["BT", "/F1 16 Tf", "72 770 Td", pdf_str(title) + " Tj", "/F1 11 Tf"]
    for ln in lines:
        content_lines.append("0 -18 Td")
        content_lines.append(pdf_str(ln) + " Tj")
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("latin-1", "replace")
    off = created.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    cdate = created.strftime("D:%Y%m%d%H%M%S") + "%s%02d'%02d'" % (sign, mins // 60, mins % 60)
    info = "<< /Title %s /CreationDate (%s) /ModDate (%s)%s /Producer (Microsoft Word) >>" % (
        pdf_str(title), cdate, cdate, (" /Author " + pdf_str(author)) if author else "")
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        None,
        info,
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        if o is None:
            out += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (i, len(stream)) + stream + b"\nendstream\nendobj\n"
        else:
            out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1", "replace")
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def paras(text):
    """Blank-line separated text to <p> elements (already-escaped markup allowed with a leading '|')."""
    out = []
    for block in [b.strip() for b in text.strip().split("\n\n") if b.strip()]:
        if block.startswith("|"):
            out.append(block[1:])
        else:
            out.append("<p>%s</p>" % esc(block).replace("\n", "<br>\n"))
    return "\n".join(out)


def slug(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s
