"""hurfom: an old PHP site of a documentation group (Bangkok time), serving its reports as PDFs; windows-1252 throughout."""
from common import *

SID = "hurfom"
B = "{{BASE:hurfom}}"
BKK = "Asia/Bangkok"
ORG = "Human Rights Foundation of Monland"


def cp(s):
    return s.encode("cp1252", errors="xmlcharrefreplace")


def shell(title, inner):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{title} :: HURFOM</title>
<link rel="alternate" type="application/rss+xml" title="HURFOM" href="{B}/rss.php">
<link href="css/main.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="top"><img src="images/hurfom_banner.jpg" alt="Human Rights Foundation of Monland" width="900" height="110"></div>
<div id="menu"><a href="index.php">Home</a> | <a href="news.php">Press Releases</a> | <a href="publications.php?cat=reports">Reports</a> | <a href="about.php">About Us</a></div>
<div id="content">
{inner}
</div>
<div id="footer">Copyright &copy; 2008-2024 Human Rights Foundation of Monland (HURFOM). All rights reserved.</div>
</body>
</html>
"""


def build(w):
    port = 18309
    w.site({
        "id": SID, "name": ORG, "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "a custom PHP site from 2008 (news.php?id=N, publications.php?cat=…), reports uploaded as PDFs",
        "languages": ["en", "my"], "timezone": BKK, "owner": ORG, "publishes_for_others": False,
        "feeds": [{"url": "/rss.php", "type": "RSS 2.0",
                   "notes": "encoded windows-1252, declared only in the XML prolog (the HTTP Content-Type has no charset); Burmese titles as numeric character references; report items link straight to their PDFs; pubDate with +0700"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/publications.php?cat=reports", "pagination": "none", "order": "newest first"},
                     {"url": "/news.php", "pagination": "none", "order": "newest first"}],
        "listing_markup": "reports in table.publist: one <tr> per report, the date (\"04 Nov 2024\") in the first cell, the title as a link to the PDF in the second",
        "xpath": {"item": "//table[@class='publist']//tr[td]", "link": "./td[2]/a/@href", "title": "./td[2]/a", "date": "./td[1]", "next": None},
        "detail_markup": "press releases at news.php?id=N: title in h1.newstitle, date in span.date (\"Thursday, 7 November 2024\"); the first sentence names the organisation. Reports are PDFs with no HTML page: their title is the link text (and the PDF's Title)",
        "slash_redirect": False,
        "robots": "Disallow: /admin/",
        "notes": "The English and Burmese editions of the monthly overview are separate PDFs posted together.",
    })
    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    docs = [
        dict(id="G27", kind="pdf", path="/uploads/reports/Briefing-Paper-Nowhere-to-Hide-Conscription-Southern-Mon-State.pdf",
             title="Briefing Paper: \u2018Nowhere to Hide\u2019 \u2013 Conscription and Displacement in Southern Mon State",
             local="2024-11-08 09:00", lang="en", cat="report", issuer=ORG,
             lines=["Briefing Paper: 'Nowhere to Hide'", "Conscription and Displacement in Southern Mon State",
                    "Human Rights Foundation of Monland (HURFOM), November 2024",
                    "Since February 2024, at least 1,300 young people from Ye, Thanbyuzayat and Mudon townships have been forced into military service."]),
        dict(id="G26", kind="news", nid=412, path="/news.php",
             title="HURFOM Condemns the Forced Conscription of Mon Youth in Ye Township",
             local="2024-11-07 16:00", lang="en", cat="statement", issuer=ORG,
             body=P("The Human Rights Foundation of Monland (HURFOM) condemns the junta\u2019s abduction of at least 37 young men from villages in Ye Township for military service between 28 October and 5 November 2024.",
                    "Witnesses told HURFOM that soldiers and local militia surrounded villages at night and took young men from their homes. Families who could pay were offered their sons\u2019 release for up to 3 million kyat.",
                    "HURFOM calls for the immediate release of those abducted and urges the international community to press the junta to end forced conscription.")),
        dict(id="G24", kind="pdf", path="/uploads/reports/Monthly-Overview-October-2024-ENG.pdf",
             title="Monthly Overview \u2013 October 2024", local="2024-11-04 10:00", lang="en", cat="report", issuer=ORG,
             lines=["Monthly Overview - October 2024", "Human Rights Foundation of Monland",
                    "Killings, arrests, forced recruitment and displacement documented in Mon State and Tanintharyi Region in October 2024."]),
        dict(id="G25", kind="pdf", path="/uploads/reports/Monthly-Overview-October-2024-MM.pdf",
             title="လစဉ်သုံးသပ်ချက် – ၂၀၂၄ ခုနှစ် အောက်တိုဘာလ", local="2024-11-04 10:05", lang="my", cat="report", issuer=ORG, pair="G24",
             lines=["HURFOM Monthly Overview - October 2024 (Burmese edition)", "Human Rights Foundation of Monland"]),
        dict(id="D48", kind="pdf", path="/uploads/jobs/Vacancy-Field-Documentation-Officer-Nov-2024.pdf",
             title="Vacancy Announcement: Field Documentation Officer (Mawlamyine)", local="2024-11-05 13:00", lang="en", cat="vacancy",
             why="a job advertisement (PDF)",
             lines=["Vacancy Announcement", "Field Documentation Officer (Mawlamyine)", "Closing date: 25 November 2024"]),
        dict(id="D49", kind="news", nid=413, path="/news.php",
             title="Invitation: Online Launch of the Briefing Paper \u2018Nowhere to Hide\u2019", local="2024-11-08 14:00", lang="en",
             cat="event", why="an invitation to a launch event",
             body=P("HURFOM invites journalists, diplomats and partners to the online launch of its new briefing paper on 14 November 2024 at 19:00 (Bangkok time).",
                    "Please register with the HURFOM office by 12 November.")),
        dict(id="D50", kind="pdf", path="/uploads/reports/Monthly-Overview-September-2024-ENG.pdf",
             title="Monthly Overview \u2013 September 2024", local="2024-10-03 10:00", lang="en", cat="outside_window",
             why="posted 3 October 2024",
             lines=["Monthly Overview - September 2024", "Human Rights Foundation of Monland"]),
    ]
    for d in docs:
        d["dt"] = at(d["local"], BKK)
        if d["kind"] == "pdf":
            w.serve(SID, d["path"], d["path"].lstrip("/"),
                    pdf(d["title"].replace("\u2018", "'").replace("\u2019", "'").replace("\u2013", "-") if d["lang"] == "en" else d["title"],
                        ORG, d["dt"], d["lines"]), PDF, d["dt"])
            d["url"] = d["path"]
        else:
            inner = """<h1 class="newstitle">%s</h1>
<span class="date">%s</span>
<div class="newsbody">
%s
</div>
<p><a href="news.php">&laquo; Back to Press Releases</a></p>""" % (e(d["title"]), d["dt"].strftime("%A, ") + long_dmy(d["dt"]), d["body"])
            url = "/news.php?id=%d" % d["nid"]
            w.serve(SID, url, "news/%d.html" % d["nid"], cp(shell(e(d["title"]), inner)), "text/html", d["dt"])
            d["url"] = url
        w.add(id=d["id"], site=SID, url=w.base(SID) + d["url"], title=d["title"], dt=d["dt"], lang=d["lang"], cat=d["cat"],
              issuer=d.get("issuer"), section={"report": "Reports", "statement": "Statements and Press Releases"}.get(d["cat"]),
              why=d.get("why"), pair=d.get("pair"))

    newest = sorted(docs, key=lambda d: d["dt"], reverse=True)
    items = []
    for d in newest:
        items.append("""<item>
<title>%s</title>
<link>%s%s</link>
<description>%s</description>
<pubDate>%s</pubDate>
<guid>%s%s</guid>
</item>""" % (e(d["title"]), B, d["url"], e(d["title"]), format_datetime(d["dt"]), B, d["url"]))
    rss = """<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0">
<channel>
<title>Human Rights Foundation of Monland</title>
<link>%s/index.php</link>
<description>HURFOM \u2013 press releases and reports</description>
<language>en-us</language>
%s
</channel>
</rss>
""" % (B, "\n".join(items))
    w.serve(SID, "/rss.php", "rss.xml", cp(rss), "application/rss+xml", newest[0]["dt"])

    rows = "\n".join('<tr><td class="pubdate">%s</td><td><a href="%s%s">%s</a> <img src="images/pdf.gif" alt="PDF"></td></tr>' % (
        d["dt"].strftime("%d %b %Y"), B, d["url"], e(d["title"])) for d in newest if d["kind"] == "pdf" and d["cat"] != "vacancy")
    listing = shell("Reports", '<h1>Reports</h1>\n<table class="publist" width="100%%" cellpadding="4">\n<tr><th>Date</th><th>Title</th></tr>\n%s\n</table>' % rows)
    w.serve(SID, "/publications.php?cat=reports", "publications-reports.html", cp(listing), "text/html", newest[0]["dt"])
    news_rows = "\n".join('<li><span class="date">%s</span> <a href="%s%s">%s</a></li>' % (long_dmy(d["dt"]), B, d["url"], e(d["title"])) for d in newest if d["kind"] == "news")
    w.serve(SID, "/news.php", "news/index.html", cp(shell("Press Releases", "<h1>Press Releases</h1>\n<ul class=\"newslist\">\n%s\n</ul>" % news_rows)), "text/html", newest[0]["dt"])
    w.serve(SID, "/index.php", "index.html", cp(shell("Home", "<h1>Welcome to HURFOM</h1>\n<ul class=\"newslist\">\n%s\n</ul>" % news_rows)), "text/html", newest[0]["dt"])
    w.serve(SID, "/", "index.html", cp(shell("Home", "<h1>Welcome to HURFOM</h1>\n<ul class=\"newslist\">\n%s\n</ul>" % news_rows)), "text/html", newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: *\nDisallow: /admin/\n", TXT, "2012-01-01T00:00:00Z")

    w.faults.append({"id": "hurfom-pdf-500", "site": SID, "type": "fail_first", "status": 500, "count": 1,
                     "match": {"path": "/uploads/reports/Briefing-Paper-Nowhere-to-Hide-Conscription-Southern-Mon-State.pdf"},
                     "expect": "the first request for the briefing paper's PDF gets 500; a retry gets it (or the feed's title and date are enough to keep it)"})
    w.content_faults.append({"id": "hurfom-feed-cp1252", "site": SID, "url": "/rss.php", "type": "legacy_encoding",
                             "description": "the feed is windows-1252 (curly quotes and en dashes as single bytes 0x91–0x96), declared only in the XML prolog; Burmese titles are numeric character references",
                             "expect": "decode by the prolog: titles read \u2018Nowhere to Hide\u2019 and \u201cMonthly Overview \u2013 October 2024\u201d, not mojibake; the Burmese title comes through intact"})
    w.content_faults.append({"id": "hurfom-pdf-links", "site": SID, "url": "/publications.php?cat=reports", "type": "pdf_link_in_listing",
                             "description": "the reports listing and the feed link straight to PDFs; there is no HTML page for a report",
                             "expect": "take a report's title from the link text (or feed title) and its date from the listing or feed; keep the PDF's URL as the item's URL; classify it as a report"})
