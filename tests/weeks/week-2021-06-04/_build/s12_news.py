"""springdaily: a Myanmar news site (nothing from it is gold): news, a live blog, opinion, a full-text repost, AMP copies."""
from common import esc, paras, t, rfc822

SID = "springdaily"
PORT = 18512
YGN = "Asia/Yangon"
NAME = "Spring Daily"


def article(path, section, title, when, author, body_html, amp=False, canonical=None):
    canon = canonical or ("{{BASE:springdaily}}" + (path[4:] if amp else path))
    ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"%s","author":{"@type":"Person","name":"%s"},"publisher":{"@type":"NewsMediaOrganization","name":"%s"}}' % (
        title.replace('"', '\\"'), when.isoformat(), author, NAME)
    return """<!DOCTYPE html>
<html lang="en"{ampattr}>
<head>
<meta charset="utf-8">
<title>{title} | {name}</title>
<link rel="canonical" href="{canon}">
{amplink}<meta property="og:site_name" content="{name}">
<meta property="og:type" content="article">
<meta property="article:section" content="{section}">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="{bodycls}">
<header class="masthead"><a href="/" class="brand">{name}</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/live">Live</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article class="story">
<div class="story__kicker">{section}</div>
<h1 class="story__headline">{title}</h1>
<div class="story__byline">By <span class="author">{author}</span> · <time datetime="{iso}">{shown}</time></div>
<div class="story__body">
{body}
</div>
</article>
</main>
<footer><p>&copy; 2021 {name}. Independent news from Myanmar.</p></footer>
</body>
</html>
""".format(ampattr=" amp" if amp else "", title=esc(title), name=NAME, canon=canon,
           amplink="" if amp else '<link rel="amphtml" href="{{BASE:springdaily}}/amp%s">\n' % path,
           section=esc(section), iso=when.isoformat(), ld=ld, bodycls="amp" if amp else "story-page", author=esc(author),
           shown=when.strftime("%-d %B %Y, %-I:%M %p"), body=body_html)


def build(w):
    w.site({
        "id": SID, "name": NAME, "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "news CMS (Arc-like), AMP copies under /amp/",
        "languages": ["en"], "timezone": YGN,
        "owner": NAME, "publishes_for_others": False,
        "feeds": [{"url": "/feed/", "type": "RSS 2.0", "notes": "news, opinion and live pages; pubDate with +0630"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [], "listing_markup": None, "xpath": None,
        "detail_markup": "h1.story__headline; byline 'By <reporter>'; time[datetime]; JSON-LD NewsArticle (publisher Spring Daily); AMP copies at /amp/<path> with rel=canonical",
        "slash_redirect": False,
        "robots": "allows everything",
        "notes": "News reports quote this week's statements; one 'In full' article reprints a joint statement; none of it is gold.",
    })
    items = []

    def add(path, section, title, when, author, body_html, amp=True):
        w.put(SID, path, article(path, section, title, when, author, body_html), lastmod=when, ignore_query=True)
        if amp:
            w.put(SID, "/amp" + path, article("/amp" + path, section, title, when, author, body_html, amp=True), lastmod=when)
        items.append((when, path, title, section))
        return path

    a = add("/news/2021/06/04/asean-envoys-arrive-in-naypyitaw-amid-calls-to-meet-nug", "News",
            "ASEAN envoys arrive in Naypyitaw amid calls to meet the NUG", t("2021-06-04T18:00:00", YGN), "Staff reporter",
            paras("""YANGON — The ASEAN Chair's envoy and the bloc's Secretary-General arrived in Naypyitaw on Friday for talks with the junta, as lawmakers and civil society groups across the region urged them to meet the National Unity Government as well.

ASEAN Parliamentarians for Human Rights said in a statement on Friday that meeting only the junta would hand its leader “exactly the legitimacy he is looking for”. A joint statement by 398 organizations issued on Thursday made the same demand.

|<p><a href="{{BASE:cssn}}/2021/06/03/asean-must-not-grant-legitimacy-to-the-junta/?utm_source=springdaily&amp;utm_medium=referral">Read the joint statement</a></p>

The envoys were received by the junta's foreign minister and are expected to meet Senior General Min Aung Hlaing on Saturday."""))
    w.distractor("springdaily-asean", SID, a, "ASEAN envoys arrive in Naypyitaw amid calls to meet the NUG", t("2021-06-04T18:00:00", YGN), "news",
                 "A news report quoting APHR's and the coalition's statements.")
    w.distractor("springdaily-asean-amp", SID, "/amp" + a, "ASEAN envoys arrive in Naypyitaw amid calls to meet the NUG", t("2021-06-04T18:00:00", YGN), "news",
                 "AMP copy of a news report.", duplicate_of=w.base(SID) + a)

    f = add("/news/2021/05/30/in-full-karenni-civil-society-groups-condemn-attacks-in-loikaw-and-demoso", "News",
            "In full: Karenni civil society groups condemn attacks in Loikaw and Demoso", t("2021-05-30T19:00:00", YGN), "Spring Daily",
            paras("""|<p><em>Spring Daily publishes below the full text of the joint statement issued on Sunday by 37 Karenni civil society organizations.</em></p>

We, the undersigned 37 Karenni civil society organizations, strongly condemn the military junta's attacks on civilians in Loikaw and Demoso since 21 May 2021.

The junta's troops have fired artillery shells into residential wards and villages, killed civilians including children, and struck churches where displaced families had taken refuge.

|<p><a href="{{BASE:cssn}}/2021/05/30/joint-statement-by-karenni-civil-society-organizations-on-the-attacks-in-loikaw-and-demoso/">The statement on the coalition's website</a></p>"""))
    w.distractor("springdaily-in-full", SID, f, "In full: Karenni civil society groups condemn attacks in Loikaw and Demoso", t("2021-05-30T19:00:00", YGN), "duplicate",
                 "A news site's reprint of the Karenni CSOs' joint statement; the gold item keeps the coalition's URL.",
                 duplicate_of=w.base("cssn") + "/2021/05/30/joint-statement-by-karenni-civil-society-organizations-on-the-attacks-in-loikaw-and-demoso/")

    lv = add("/live/2021/06/01/live-updates-four-months-after-the-coup", "Live",
             "Live updates: four months after the coup", t("2021-06-01T08:00:00", YGN), "Spring Daily live team",
             paras("""08:00 — Good morning. Today marks four months since the military seized power.

10:15 — UNICEF says at least 56 children have been killed since February.

16:40 — The NUG's ministries of health and human rights issue a joint statement on attacks on health workers."""), amp=False)
    w.distractor("springdaily-live", SID, lv, "Live updates: four months after the coup", t("2021-06-01T08:00:00", YGN), "news", "A live blog.")

    op = add("/opinion/2021/06/02/aseans-five-point-consensus-is-failing-myanmar", "Opinion",
             "ASEAN's five-point consensus is failing Myanmar", t("2021-06-02T12:00:00", YGN), "A guest contributor",
             paras("""Six weeks after ASEAN's leaders agreed their five-point consensus, not one point has been implemented.

The bloc's envoys must not repeat the mistakes of the past."""))
    w.distractor("springdaily-opinion", SID, op, "ASEAN's five-point consensus is failing Myanmar", t("2021-06-02T12:00:00", YGN), "commentary", "An opinion piece.")

    st = add("/news/2021/06/03/nug-statement-urges-asean-envoys-to-meet-it-directly", "News",
             "NUG statement urges ASEAN envoys to meet it directly", t("2021-06-03T21:30:00", YGN), "Staff reporter",
             paras("""The National Unity Government on Thursday called on the ASEAN delegation to meet it directly during its visit to Naypyitaw.

In Announcement (7/2021), the NUG said any engagement that excluded it “will only lend legitimacy to those responsible for atrocity crimes”."""))
    w.distractor("springdaily-nug-statement-story", SID, st, "NUG statement urges ASEAN envoys to meet it directly", t("2021-06-03T21:30:00", YGN), "news",
                 "A news article about a statement, with 'statement' in its headline.", trap="headline names a statement")

    mi = add("/news/2021/05/30/junta-troops-shell-villages-near-mindat", "News",
             "Junta troops shell villages near Mindat as thousands flee", t("2021-05-30T11:00:00", YGN), "Staff reporter",
             paras("MINDAT — Junta troops shelled villages around Mindat in Chin State on Saturday, residents said, as thousands fled into the hills."))
    w.distractor("springdaily-mindat", SID, mi, "Junta troops shell villages near Mindat as thousands flee", t("2021-05-30T11:00:00", YGN), "news", "News report.")

    items.sort(key=lambda i: i[0], reverse=True)
    rss_items = "".join("<item><title>%s</title><link>{{BASE:springdaily}}%s</link><pubDate>%s</pubDate><category>%s</category><guid>{{BASE:springdaily}}%s</guid></item>\n" % (
        esc(i[2]), i[1], i[0].strftime("%a, %d %b %Y %H:%M:%S +0630"), i[3], i[1]) for i in items)
    w.put(SID, "/feed/", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Spring Daily</title><link>{{BASE:springdaily}}/</link><description>Independent news from Myanmar</description>
%s</channel></rss>
""" % rss_items, ext=".xml", ctype="application/rss+xml; charset=UTF-8", lastmod=items[0][0], ignore_query=True)
    w.put(SID, "/", '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Spring Daily</title></head><body><h1>Spring Daily</h1></body></html>\n')
    w.put(SID, "/robots.txt", "User-agent: *\nAllow: /\n", ext=".txt")

    w.fault(id="springdaily-feed-stall", site=SID, type="stall", seconds=5, count=1, match={"path": "/feed/"},
            expect="a slow first answer (5 s) within the attempt timeout: wait for it")

    w.source(id="springdaily", name="Spring Daily (news)", type="feed", url=w.base(SID) + "/feed/", kind="news", timeZone=YGN, language="en")
