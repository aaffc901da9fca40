"""Shared plumbing for building the week-2022-03-18 fixture corpus.

Every page text in this corpus is written by hand in the site modules; this file only writes files,
records routes and keeps the list of items with their expected treatment.
"""
import hashlib
import html
import json
import os
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

YGN = ZoneInfo("Asia/Yangon")
UTC = timezone.utc
STATEMENTS = "Statements and Press Releases"
REPORTS = "Reports"


def at(s, tz="Asia/Yangon"):
    """'2022-03-13 10:00' in the given zone, as an aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def enc(path):
    """A path as it appears in links: non-ASCII percent-encoded in lower case, as WordPress writes it."""
    out = quote(path, safe="/:?=&%-._~+,")
    # lower-case the hex of escapes, as WordPress does for Burmese slugs
    res, i = [], 0
    while i < len(out):
        if out[i] == "%" and i + 2 < len(out):
            res.append(out[i:i + 3].lower())
            i += 3
        else:
            res.append(out[i])
            i += 1
    return "".join(res)


def rfc822(dt):
    return format_datetime(dt.astimezone(UTC), usegmt=False).replace("-0000", "+0000")


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def paras(ps):
    return "\n".join("<p>%s</p>" % p for p in ps)


class Week:
    def __init__(self, root, ports, corpus):
        self.root = root
        self.ports = ports
        self.corpus = corpus
        self.routes = {sid: {"routes": {}} for sid in ports}
        self.items = []

    def B(self, sid):
        return "{{BASE:%s}}" % sid

    def public(self, sid, path):
        return "http://127.0.0.1:%d%s" % (self.ports[sid], enc(path))

    def link(self, sid, path):
        return self.B(sid) + enc(path)

    @staticmethod
    def fname(path):
        p = path.lstrip("/")
        if p == "" or p.endswith("/"):
            p += "index.html"
        elif "?" not in p and "." not in p.rsplit("/", 1)[-1]:
            p += ".html"  # a path without extension may also be a folder of other paths
        p = p.replace("?", "__q__").replace("=", "-").replace("&", "_")
        if any(ord(c) > 127 for c in p):
            head, _, tail = p.rpartition("/")
            ext = os.path.splitext(tail)[1] or ".html"
            p = (head + "/" if head else "") + "u-" + hashlib.sha1(tail.encode()).hexdigest()[:12] + ext
        return p

    def add(self, sid, path, body, ctype, lastmod, ignore_query=False, fname=None, headers=None):
        rel = "www/%s/%s" % (sid, fname or self.fname(path))
        full = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        with open(full, "wb") as f:
            f.write(data)
        r = {"file": rel, "type": ctype, "lastmod": iso_z(lastmod)}
        if ignore_query:
            r["ignore_query"] = True
        if headers:
            r["headers"] = headers
        if path in self.routes[sid]["routes"]:
            raise SystemExit("route twice: %s %s" % (sid, path))
        self.routes[sid]["routes"][path] = r
        return rel

    def html(self, sid, path, body, lastmod, **kw):
        return self.add(sid, path, body, "text/html; charset=UTF-8", lastmod, ignore_query=True, **kw)

    def item(self, **kw):
        kw.setdefault("gold", False)
        self.items.append(kw)
        return kw

    def write_json(self, name, obj):
        with open(os.path.join(self.root, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")


def tiny_pdf(title_ascii, lines):
    """A small, valid one-page PDF with a few lines of ASCII text (the report's cover)."""
    text = ["BT", "/F1 16 Tf", "60 770 Td", "(%s) Tj" % title_ascii.replace("(", "[").replace(")", "]")]
    text += ["/F1 11 Tf"]
    for ln in lines:
        text += ["0 -22 Td", "(%s) Tj" % ln.replace("(", "[").replace(")", "]")]
    text += ["ET"]
    stream = "\n".join(text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)
