"""mofaj: the English pages of a foreign ministry's press site (Tokyo time); an RSS feed with no dates."""
from common import *

SID = "mofaj"
B = "{{BASE:mofaj}}"
TOKYO = "Asia/Tokyo"


def page(title, path, date_text, body, section, meta_date):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta name="description" content="{e(title)}">
<meta name="date" content="{meta_date}">
<title>Ministry of Foreign Affairs of Japan</title>
<link rel="stylesheet" href="/files/css/common_en.css" type="text/css">
</head>
<body>
<div id="wrapper">
<div id="header">
 <p class="logo"><a href="{B}/index.html"><img src="/files/img/logo_en.gif" width="258" height="36" alt="Ministry of Foreign Affairs of Japan"></a></p>
 <ul id="headerNavi"><li><a href="/j/index.html" lang="ja">Japanese</a></li><li><a href="/sitemap.html">Site Map</a></li></ul>
 <ul id="globalNavi"><li><a href="{B}/press/index.html">Press Releases</a></li><li><a href="{B}/region/asia-paci/myanmar/index.html">Myanmar</a></li><li><a href="{B}/policy/index.html">Foreign Policy</a></li></ul>
</div>
<div id="topicpath"><a href="{B}/index.html">Home</a>&nbsp;&gt;&nbsp;<a href="{B}/press/index.html">Press Releases</a>&nbsp;&gt;&nbsp;{section}</div>
<div id="maincontents">
 <div class="title-press"><h1>{e(title)}</h1></div>
 <p class="rightalign">{date_text}</p>
 <div class="main-contents">
{body}
 </div>
 <p class="pagetop"><a href="#header">Back to Top</a></p>
</div>
<div id="footer"><p class="copy">Copyright &copy; Ministry of Foreign Affairs of Japan</p></div>
</div>
</body>
</html>
"""


def build(w):
    port = 18302
    w.site({
        "id": SID, "name": "Ministry of Foreign Affairs of Japan – Myanmar pages (English)", "port": port,
        "base_url": "http://127.0.0.1:%d" % port,
        "cms": "a government content system of static HTML 4 pages, updated by a publishing workflow",
        "languages": ["en"], "timezone": TOKYO, "owner": "Ministry of Foreign Affairs of Japan",
        "publishes_for_others": False,
        "feeds": [{"url": "/region/asia-paci/myanmar/rss.xml", "type": "RSS 2.0",
                   "notes": "What's New on the Myanmar pages: press releases, statements, press conferences, safety information and notices; items carry no pubDate (or any date)"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/press/release/index.html", "pagination": "none (one page per month)", "order": "newest first"},
                     {"url": "/region/asia-paci/myanmar/index.html", "pagination": "none", "order": "newest first"}],
        "listing_markup": "press releases as a definition list: each <dt> is a date (\"November 8, 2024\", Tokyo date) and the <dd> after it holds the link",
        "xpath": {"item": "//div[@class='list-news']/dl/dd", "link": "./a/@href", "title": "./a",
                  "date": "./preceding-sibling::dt[1]", "next": None},
        "markup_changed": "the press-release listing was redesigned: it is now a <ul class=\"news-list\"> of <li> items with <span class=\"date\">; the dl/dt/dd selectors above match nothing",
        "detail_markup": "title in div.title-press > h1 (the <title> is only the ministry's name); date as month-first text in p.rightalign (Tokyo date); <meta name=\"date\"> in ISO form; the header logo's alt text names the ministry; statements by the Press Secretary or the Foreign Minister speak for the ministry",
        "slash_redirect": False,
        "robots": "Disallow: /cgi-bin/ and /mt/",
        "notes": "The government of Japan's foreign ministry: the issuer is the Ministry of Foreign Affairs of Japan, whoever of its officials is named in the title.",
    })

    def d(day):
        return at("2024-11-%02d 00:00" % day, TOKYO) if isinstance(day, int) else at(day, TOKYO)

    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    items = [
        dict(id="G04", path="/press/release/pressite_000001_00871.html",
             title="Statement by the Press Secretary on the Airstrikes on Civilians in Sagaing Region, Myanmar",
             dt=d(5), section="Press Releases", cat="statement", issuer="Ministry of Foreign Affairs of Japan",
             body=P("1. Japan is deeply concerned that airstrikes by the Myanmar military on villages in Sagaing Region on 3 and 4 November reportedly killed many civilians, including children.",
                    "2. Japan strongly urges the Myanmar military to immediately cease violence against civilians, to release those detained, including State Counsellor Aung San Suu Kyi, and to restore Myanmar's democratic political system at an early date.",
                    "3. Japan will continue to work with ASEAN and the international community, and to provide humanitarian assistance that directly benefits the people of Myanmar.")),
        dict(id="G05", path="/press/release/pressite_000001_00884.html",
             title="Statement by the Foreign Minister on the Humanitarian Situation in Rakhine State, Myanmar",
             dt=d(8), section="Press Releases", cat="statement", issuer="Ministry of Foreign Affairs of Japan",
             body=P("1. Japan is gravely concerned about the deteriorating humanitarian situation in Rakhine State, where the blockade of transport routes has left a large part of the population facing acute food shortages.",
                    "2. Japan calls on all parties concerned to ensure the safe and unhindered delivery of humanitarian assistance and to protect civilians, including the Rohingya.",
                    "3. Japan has decided to extend Emergency Grant Aid through international organizations and will continue to stand with the people of Myanmar.")),
        dict(id="D09", path="/region/asia-paci/myanmar/safety_myanmar_2024_11.html",
             title="Overseas Safety Information: Myanmar (Level 3 \"Avoid all travel\" retained for Sagaing, Magway and Rakhine)",
             dt=d(6), section="Overseas Safety Information", cat="advisory", why="a travel advisory",
             body=P("The Ministry recommends that Japanese nationals avoid all travel to Sagaing Region, Magway Region and Rakhine State, and reconsider travel to the rest of Myanmar.",
                    "Those staying in Myanmar should register with the Embassy of Japan in Yangon.")),
        dict(id="D10", path="/press/kaiken/kaiken_000214.html",
             title="Press Conference by the Press Secretary (Excerpt)",
             dt=d(6), section="Press Conferences", cat="briefing", why="a transcript of a regular press conference",
             body=P("<strong>Reporter:</strong> Could you comment on the junta leader's attendance at the summit in Kunming?",
                    "<strong>Press Secretary:</strong> Japan is following the situation closely. Our position on Myanmar remains as stated in our earlier statements.")),
        dict(id="D11", path="/press/release/pressite_000001_00862.html",
             title="Statement by the Press Secretary on the Execution of Death Sentences in Myanmar",
             dt=d(1), section="Press Releases", cat="outside_window", why="dated November 1, 2024 in Tokyo: before the window in any zone",
             body=P("1. Japan deplores reports that death sentences have been carried out in Myanmar.",
                    "2. Japan urges the Myanmar military to refrain from further executions.")),
        dict(id="D12", path="/region/asia-paci/myanmar/recruit_local_staff_2024.html",
             title="Recruitment of a Local Staff Member (Political Affairs) at the Embassy of Japan in Myanmar",
             dt=d(7), section="Notices", cat="vacancy", why="a job advertisement",
             body=P("The Embassy of Japan in Myanmar is recruiting a full-time local staff member for its political section.",
                    "Applications close on 22 November 2024.")),
    ]
    for it in items:
        html_ = page(it["title"], it["path"], long_en(it["dt"]), it["body"], it["section"], it["dt"].strftime("%Y-%m-%d"))
        w.serve(SID, it["path"], it["path"].lstrip("/"), html_, HTML, it["dt"] + timedelta(hours=17), detail=True)
        w.add(id=it["id"], site=SID, url=w.base(SID) + it["path"], title=it["title"], dt=it["dt"], date_only=True,
              lang="en", cat=it["cat"], issuer=it.get("issuer"), section="Statements and Press Releases" if it["cat"] == "statement" else None,
              why=it.get("why"))

    order = sorted(items, key=lambda i: i["dt"], reverse=True)
    rss = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
           "<title>Ministry of Foreign Affairs of Japan: Myanmar (What's New)</title>",
           "<link>%s/region/asia-paci/myanmar/index.html</link>" % B,
           "<description>What's New on Japan-Myanmar relations</description>", "<language>en</language>"]
    for it in order:
        rss += ["<item>", "<title>%s</title>" % e(it["title"]), "<link>%s%s</link>" % (B, it["path"]),
                "<description>%s</description>" % e(it["section"]), "</item>"]
    rss += ["</channel>", "</rss>", ""]
    w.serve(SID, "/region/asia-paci/myanmar/rss.xml", "region/asia-paci/myanmar/rss.xml", "\n".join(rss),
            "application/rss+xml", order[0]["dt"] + timedelta(hours=17))

    # press release listing: redesigned markup (the dl/dt/dd of sites.json no longer matches)
    prs = [i for i in order if i["path"].startswith("/press/release/")]
    lis = "\n".join('  <li><span class="date">%s</span><a href="%s%s">%s</a></li>' % (long_en(i["dt"]), B, i["path"], e(i["title"])) for i in prs)
    listing = page("Press Releases (November 2024)", "/press/release/index.html", "", "<ul class=\"news-list\">\n%s\n</ul>" % lis,
                   "Press Releases", "2024-11-08")
    w.serve(SID, "/press/release/index.html", "press/release/index.html", listing, HTML, order[0]["dt"] + timedelta(hours=17))
    lis2 = "\n".join('<dt>%s</dt>\n<dd><a href="%s%s">%s</a></dd>' % (long_en(i["dt"]), B, i["path"], e(i["title"])) for i in order)
    mm = page("Japan-Myanmar Relations", "/region/asia-paci/myanmar/index.html", "", "<h2>What's New</h2>\n<div class=\"list-news\"><dl>\n%s\n</dl></div>" % lis2,
              "Myanmar", "2024-11-08")
    w.serve(SID, "/region/asia-paci/myanmar/index.html", "region/asia-paci/myanmar/index.html", mm, HTML, order[0]["dt"] + timedelta(hours=17))
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /mt/\n", TXT, "2023-04-01T00:00:00Z")

    w.faults.append({"id": "mofaj-detail-429", "site": SID, "type": "rate_limit", "count": 1, "retry_after": 3,
                     "match": {"path": "/press/release/pressite_000001_00884.html"},
                     "expect": "wait the Retry-After seconds (3) and fetch again; G05 is read and kept"})
    w.content_faults.append({"id": "mofaj-feed-no-dates", "site": SID, "url": "/region/asia-paci/myanmar/rss.xml",
                             "type": "feed_without_dates",
                             "description": "the What's New feed has no pubDate, dc:date or any other date on its items",
                             "expect": "read each item's page for its date (month-first text in p.rightalign, or <meta name=date>) before deciding whether it is in the window"})
    w.content_faults.append({"id": "mofaj-listing-redesign", "site": SID, "url": "/press/release/index.html",
                             "type": "markup_changed",
                             "description": "the press-release listing is now ul.news-list > li; sites.json's dl/dd selectors are stale",
                             "expect": "a source reading this listing with the old selectors is reported as needing attention (selectors matched nothing)"})
