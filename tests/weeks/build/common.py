"""Shared pieces for building the simulated week: the item model, routes, files, PDFs, dates."""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

YANGON = ZoneInfo("Asia/Yangon")
HTML = "text/html; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
ATOM = "application/atom+xml; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
TXT = "text/plain; charset=UTF-8"
PDF = "application/pdf"

e = html.escape


def at(s, zone):
    """A wall-clock time in a zone ("2024-11-04 10:00") as an aware datetime."""
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(zone))


def utc_z(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(dt, keep_offset=False):
    if keep_offset:
        return format_datetime(dt)
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


def yangon_iso(dt):
    return dt.astimezone(YANGON).isoformat(timespec="seconds")


MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
MY_MONTHS = ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
             "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"]
MY_WEEKDAYS = ["တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ"]


def my_num(n):
    return str(n).translate(MY_DIGITS)


def my_date(dt, style="ymd"):
    """Burmese dates as statements write them."""
    y, m, d = my_num(dt.year), MY_MONTHS[dt.month - 1], my_num(dt.day)
    if style == "ymd":
        return "%s ခုနှစ်၊ %sလ %s ရက်" % (y, m, d)
    if style == "mdy":
        return "%sလ %s ရက်၊ %s" % (m, d, y)
    if style == "weekday":
        return "%sနေ့၊ %sလ %s၊ %s" % (MY_WEEKDAYS[dt.weekday()], m, d, y)
    raise ValueError(style)


def long_en(dt):
    return "%s %d, %d" % (dt.strftime("%B"), dt.day, dt.year)


def long_dmy(dt):
    return "%d %s %d" % (dt.day, dt.strftime("%B"), dt.year)


class Week:
    """Collects files, routes, items and faults while the sites are written."""

    def __init__(self, root, corpus):
        self.root = root
        self.corpus = corpus
        self.routes = {}
        self.sites = []
        self.items = []
        self.faults = []
        self.content_faults = []
        self.cases = []

    def site(self, meta):
        self.sites.append(meta)
        self.routes[meta["id"]] = {"routes": {}}
        if meta.get("slash_redirect"):
            self.routes[meta["id"]]["slash_redirect"] = True
        return meta

    def write(self, sid, rel, data):
        path = os.path.join(self.root, "www", sid, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        return "www/%s/%s" % (sid, rel)

    def serve(self, sid, urlpath, rel, data, ctype, lastmod, detail=False, headers=None):
        """Write a file and route a URL path (with any significant query) to it."""
        fname = self.write(sid, rel, data)
        r = {"file": fname, "type": ctype}
        if lastmod is not None:
            r["lastmod"] = utc_z(lastmod) if isinstance(lastmod, datetime) else lastmod
        if detail:
            r["ignore_query"] = True
        if headers:
            r["headers"] = headers
        self.routes[sid]["routes"][urlpath] = r

    def redirect(self, sid, urlpath, location, status=301):
        self.routes[sid]["routes"][urlpath] = {"status": status, "location": location}

    def wp_rest(self, sid, posts_rel, cats_rel, tz_minutes):
        self.routes[sid]["wp_rest"] = {"posts": "www/%s/%s" % (sid, posts_rel),
                                       "categories": "www/%s/%s" % (sid, cats_rel),
                                       "tz_minutes": tz_minutes}

    def add(self, **item):
        self.items.append(item)
        return item

    def base(self, sid):
        for s in self.sites:
            if s["id"] == sid:
                return s["base_url"]
        raise KeyError(sid)


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# -- PDF ------------------------------------------------------------------

def _pdf_text(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _pdf_info_string(s):
    try:
        s.encode("latin-1")
        return _pdf_text(s)
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def pdf(title, author, created, lines, subject=None):
    """A small valid PDF: one page of Helvetica text, an Info dictionary with Title and Author."""
    stream = ["BT", "/F1 16 Tf", "72 760 Td", "20 TL", _pdf_text(lines[0]) + " Tj", "/F1 11 Tf", "15 TL"]
    for ln in lines[1:]:
        stream.append("T* " + _pdf_text(ln) + " Tj")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    off = created.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    d = created.strftime("D:%Y%m%d%H%M%S") + "%s%02d'%02d'" % (sign, abs(mins) // 60, abs(mins) % 60)
    info = "<< /Title %s /Author %s /Creator (Microsoft Word) /Producer (Microsoft Word for Microsoft 365) /CreationDate (%s) /ModDate (%s)%s >>" % (
        _pdf_info_string(title), _pdf_info_string(author), d, d,
        (" /Subject " + _pdf_info_string(subject)) if subject else "")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info.encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
