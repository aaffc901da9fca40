"""embjp: an embassy's hand-written site posting its ministry's and the G7's statements; RSS 1.0 in windows-1252."""
from common import esc, paras, t

SID = "embjp"
PORT = 18510
YGN = "Asia/Yangon"
TYO = "Asia/Tokyo"


def page(title, date_text, body_html, kind_line=""):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>Embassy of Japan in Myanmar</title>
<link rel="stylesheet" href="/common/css/style.css" type="text/css">
</head>
<body>
<div id="header">
 <div id="logo"><a href="/itprtop_en/index.html"><img src="/common/img/logo_en.gif" alt="Embassy of Japan in Myanmar" width="330" height="48"></a></div>
 <ul id="gnavi"><li><a href="/itprtop_en/index.html">Home</a></li><li><a href="/itpr_en/whatsnew.html">What's New</a></li><li><a href="/itpr_en/consular.html">Consular Services</a></li><li><a href="/itpr_ja/index.html">日本語</a></li></ul>
</div>
<div id="topicpath"><a href="/itprtop_en/index.html">Top</a> &gt; <a href="/itpr_en/whatsnew.html">What's New</a> &gt; {title}</div>
<div id="main">
{kind}<h1 class="title1">{title}</h1>
<p class="rightalign">{date}</p>
{body}
<p class="pagetop"><a href="#header">Page Top</a></p>
</div>
<div id="footer"><address>Embassy of Japan in Myanmar<br>No. 100, Natmauk Road, Bahan Township, Yangon, Myanmar</address>
<p>Copyright &copy; Embassy of Japan in Myanmar</p></div>
</body>
</html>
""".format(title=esc(title), date=esc(date_text), body=body_html, kind=kind_line)


def build(w):
    w.site({
        "id": SID, "name": "Embassy of Japan in Myanmar", "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "hand-written HTML 4.01 pages (a government template), RSS 1.0 (RDF) 'What's New' feed",
        "languages": ["en", "ja"], "timezone": YGN,
        "owner": "Embassy of Japan in Myanmar", "publishes_for_others": True,
        "feeds": [{"url": "/rss/whatsnew_en.rdf", "type": "RSS 1.0 (RDF), dc:date with +09:00",
                   "notes": "encoded in windows-1252, declared only in the XML prolog (served as application/xml without a charset); curly apostrophes and dashes are single cp1252 bytes"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/itpr_en/whatsnew.html", "pagination": "none", "order": "newest first"}],
        "listing_markup": "dl.news: dt ('2021/6/1', year/month/day) followed by dd > a (relative link, title)",
        "xpath": {"item": "//dl[@class='news']/dd", "link": "./a/@href", "title": "./a", "date": "./preceding-sibling::dt[1]", "label": None, "next": None},
        "detail_markup": "h1.title1; p.rightalign with the date ('June 1, 2021'); a kind line naming the issuing body ('Ministry of Foreign Affairs of Japan' / 'G7 Foreign Ministers’ Statement'); every page's logo and footer name the embassy, which only posts",
        "slash_redirect": False,
        "robots": "Disallow: /cgi-bin/",
        "notes": "The embassy reposts its ministry's Press Secretary statement and the G7 Foreign Ministers' statement; neither is the embassy's own. The Press Secretary page stalls for 20 seconds on the first request.",
    })
    items = []

    # ---- J1: G7 Foreign Ministers' statement ----
    j1_when = t("2021-06-01T18:00:00", TYO)
    j1_title = "G7 Foreign Ministers’ Statement on Myanmar"
    j1_path = "/itpr_en/g7_20210601.html"
    body = paras("""We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High Representative of the European Union, remain deeply concerned about the situation in Myanmar four months after the military coup of 1 February.

We condemn the continued use of lethal force against peaceful protesters and the attacks on civilians in Kayah, Chin and Kachin States, including the use of heavy weaponry and airstrikes, which have displaced tens of thousands of people. We call on the military to exercise utmost restraint and to respect human rights and international humanitarian law.

We call for the immediate and unconditional release of all those arbitrarily detained, including State Counsellor Aung San Suu Kyi and President Win Myint, and for the restoration of Myanmar's path to democracy.

We support ASEAN's efforts and urge the swift implementation of the Five-Point Consensus, including the appointment of a Special Envoy and a visit to Myanmar that meets all parties. We call for unhindered humanitarian access, and we reaffirm our support for the people of Myanmar.""")
    w.put(SID, j1_path, page(j1_title, "June 1, 2021", body, kind_line='<p class="kind">Statement</p>\n'), lastmod=j1_when)
    w.gold_item(SID, j1_path, j1_title, "G7 Foreign Ministers", j1_when, "en",
                note="posted by an embassy; the title names the collective (decision: 'G7 Foreign Ministers', as the title has it; not the embassy, not a list of countries)")
    items.append((j1_when, j1_path, j1_title, "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High Representative of the European Union, remain deeply concerned about the situation in Myanmar."))

    # ---- J2: Press Secretary of the ministry ----
    j2_when = t("2021-05-31T17:30:00", TYO)
    j2_title = "Statement by the Press Secretary of the Ministry of Foreign Affairs on the Situation in Myanmar"
    j2_path = "/itpr_en/11_000001_00412.html"
    body = paras("""(Provisional translation)

1. Japan is gravely concerned that the fighting in Kayah State and other areas of Myanmar has caused many civilian casualties and has forced tens of thousands of people to leave their homes. Japan strongly urges the Myanmar military to stop the violence against civilians immediately.

2. Japan once again calls on the Myanmar military to release those who have been detained, including State Counsellor Aung San Suu Kyi, and to swiftly restore Myanmar's democratic political system.

3. Japan supports the efforts of ASEAN, and strongly hopes that the Five-Point Consensus will be implemented promptly. Japan will continue to provide humanitarian assistance to the people of Myanmar.

|<p class="rightalign">Ministry of Foreign Affairs of Japan</p>""")
    w.put(SID, j2_path, page(j2_title, "May 31, 2021", body, kind_line='<p class="kind">Ministry of Foreign Affairs of Japan</p>\n'), lastmod=j2_when)
    w.gold_item(SID, j2_path, j2_title, "Ministry of Foreign Affairs of Japan", j2_when, "en",
                note="an embassy reposting its ministry's statement: By the ministry")
    items.append((j2_when, j2_path, j2_title, "Japan is gravely concerned that the fighting in Kayah State and other areas of Myanmar has caused many civilian casualties."))

    # ---- distractors ----
    cs_when = t("2021-06-03T12:00:00", TYO)
    cs_title = "Notice on Consular Services – as of June 3, 2021"
    cs_path = "/itpr_en/consular_20210603.html"
    w.put(SID, cs_path, page(cs_title, "June 3, 2021", paras("""Due to the current situation, the consular section is open by appointment only, from 9:00 to 12:00 on weekdays.

Japanese nationals in Myanmar are advised to avoid demonstrations and to register with the embassy's e-mail service.""")), lastmod=cs_when)
    w.distractor("embjp-consular", SID, cs_path, cs_title, cs_when, "advisory", "Consular notice.")
    items.append((cs_when, cs_path, cs_title, "The consular section is open by appointment only."))

    nw_when = t("2021-06-02T16:00:00", TYO)
    nw_title = "Ambassador hands over medical supplies to the Myanmar Red Cross Society"
    nw_path = "/itpr_en/news_20210602.html"
    w.put(SID, nw_path, page(nw_title, "June 2, 2021", paras("""On June 2, the Ambassador of Japan to Myanmar handed over medical supplies provided through the Japan International Cooperation Agency to the Myanmar Red Cross Society.

The supplies include oxygen concentrators and personal protective equipment.""")), lastmod=nw_when)
    w.distractor("embjp-news", SID, nw_path, nw_title, nw_when, "news", "Embassy news item.")
    items.append((nw_when, nw_path, nw_title, "The Ambassador handed over medical supplies."))

    sc_when = t("2021-05-31T11:00:00", TYO)
    sc_title = "Japanese Government (MEXT) Scholarship 2022 – Research Students: call for applications"
    sc_path = "/itpr_en/mext_2022.html"
    w.put(SID, sc_path, page(sc_title, "May 31, 2021", paras("""The Embassy of Japan invites applications for the Japanese Government (MEXT) Scholarship for research students for 2022.

Application deadline: June 30, 2021.""")), lastmod=sc_when)
    w.distractor("embjp-scholarship", SID, sc_path, sc_title, sc_when, "vacancy", "A call for applications.")
    items.append((sc_when, sc_path, sc_title, "Applications are invited for the MEXT Scholarship 2022."))

    ol_when = t("2021-05-21T18:00:00", TYO)
    ol_title = "Statement by Foreign Minister MOTEGI Toshimitsu on the Situation in Myanmar"
    ol_path = "/itpr_en/11_000001_00398.html"
    w.put(SID, ol_path, page(ol_title, "May 21, 2021", paras("""(Provisional translation)

Japan strongly urges the Myanmar military to stop the violence and to release those detained.

|<p class="rightalign">Ministry of Foreign Affairs of Japan</p>"""), kind_line='<p class="kind">Ministry of Foreign Affairs of Japan</p>\n'), lastmod=ol_when)
    w.distractor("embjp-before-window", SID, ol_path, ol_title, ol_when, "outside_window", "21 May, before the week.")
    items.append((ol_when, ol_path, ol_title, "Japan strongly urges the Myanmar military to stop the violence."))

    items.sort(key=lambda r: r[0], reverse=True)

    # ---- What's New listing ----
    dl = "".join('<dt>%d/%d/%d</dt>\n<dd><a href="%s">%s</a></dd>\n' % (
        it[0].astimezone(t("2021-01-01T00:00:00+06:30").tzinfo).year, it[0].astimezone(t("2021-01-01T00:00:00+06:30").tzinfo).month,
        it[0].astimezone(t("2021-01-01T00:00:00+06:30").tzinfo).day, it[1].rsplit("/", 1)[1], esc(it[2])) for it in items)
    w.put(SID, "/itpr_en/whatsnew.html", page("What's New", "", '<dl class="news">\n%s</dl>' % dl).replace('<p class="rightalign"></p>\n', ""),
          lastmod=items[0][0])
    w.put(SID, "/itprtop_en/index.html", page("Embassy of Japan in Myanmar", "", '<p><a href="/itpr_en/whatsnew.html">What\'s New</a></p>'))
    w.redirect(SID, "/", "{{BASE:embjp}}/itprtop_en/index.html", status=302)

    # ---- RSS 1.0 in windows-1252 ----
    lis = "".join('<rdf:li rdf:resource="{{BASE:embjp}}%s"/>' % it[1] for it in items)
    entries = "".join("""<item rdf:about="{{{{BASE:embjp}}}}{path}">
<title>{title}</title>
<link>{{{{BASE:embjp}}}}{path}</link>
<description>{desc}</description>
<dc:date>{date}</dc:date>
<dc:creator>Embassy of Japan in Myanmar</dc:creator>
</item>
""".format(path=it[1], title=esc(it[2]), desc=esc(it[3]), date=it[0].isoformat()) for it in items)
    rdf = """<?xml version="1.0" encoding="windows-1252"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en">
<channel rdf:about="{{BASE:embjp}}/rss/whatsnew_en.rdf">
<title>Embassy of Japan in Myanmar – What’s New</title>
<link>{{BASE:embjp}}/itpr_en/whatsnew.html</link>
<description>What’s New on the website of the Embassy of Japan in Myanmar</description>
<dc:language>en</dc:language>
<items><rdf:Seq>%s</rdf:Seq></items>
</channel>
%s</rdf:RDF>
""" % (lis, entries)
    w.put(SID, "/rss/whatsnew_en.rdf", rdf.encode("cp1252"), ext=".xml", ctype="application/xml", lastmod=items[0][0])
    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /cgi-bin/\n", ext=".txt")

    w.fault(id="embjp-stall", site=SID, type="stall", seconds=20, count=1, match={"path": j2_path},
            expect="the first request passes the attempt timeout (15 s); retry and read the page")
    w.fault(id="embjp-feed-weak-etag", site=SID, type="conditional", mode="weak-etag", match={"path": "/rss/whatsnew_en.rdf"},
            expect="send the weak ETag back in If-None-Match; accept 304")
    w.content_fault(id="embjp-feed-cp1252", site=SID, url=w.base(SID) + "/rss/whatsnew_en.rdf", type="legacy_encoding",
                    description="RSS 1.0 in windows-1252, declared only in the XML prolog; the G7 title's ’ (0x92) and the en dash (0x96) are cp1252 bytes.",
                    expect="the title reads 'G7 Foreign Ministers’ Statement on Myanmar', not mojibake")

    w.source(id="embjp", name="Embassy of Japan in Myanmar (What's New)", type="feed", url=w.base(SID) + "/rss/whatsnew_en.rdf",
             publishesForOthers=True, timeZone=YGN, language="en")

    w.case("embjp-g7", "The embassy posts 'G7 Foreign Ministers’ Statement on Myanmar' ('We, the G7 Foreign Ministers of Canada, … and the High Representative of the European Union').",
           "By G7 Foreign Ministers: the collective its title names (EDITORIAL: a collective named in the title wins); not the embassy")
    w.case("embjp-ministry", "The embassy posts the ministry's Press Secretary statement; a kind line and a closing line name the ministry.",
           "By Ministry of Foreign Affairs of Japan, not the embassy and not the Press Secretary")
