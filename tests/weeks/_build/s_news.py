"""news: "Myanmar Daily Ledger", a news outlet's CMS. Nothing it publishes belongs in the bulletin: news
reports about statements, opinion, an explainer, and a "Full text" copy of a statement."""
from common import at, esc, attr, paras, rfc822

SID = "news"
SITE = "Myanmar Daily Ledger"

ARTS = [
 dict(key="D57", when="2022-03-15 10:30", section="News", byline="By Khin Sandar Win",
      path="/news/2022/03/15/crph-declares-junta-village-administration-amendments-void",
      title="CRPH declares junta's village administration amendments void",
      category="news", why="a news report about a CRPH announcement",
      body=["The Committee Representing Pyidaungsu Hluttaw said on Monday that the junta's amendments to the Ward or Village-Tract Administration Law were \u201cnull and void\u201d, in an announcement posted on its website.",
            "The amendments, published in state media last week, require residents to register overnight guests with administrators who now report to military officers. Residents in Yangon said ward offices had begun house-to-house checks."]),
 dict(key="D59", when="2022-03-15 18:45", section="News", byline="Ledger Staff",
      path="/news/2022/03/15/full-text-knu-statement-on-intensified-airstrikes-and-shelling-in-karen-state",
      title="Full text: KNU statement on intensified airstrikes and shelling in Karen State",
      category="duplicate", duplicate_of="S13", why="a news outlet's copy of the KNU statement; the bulletin keeps the KNU's own page",
      body=["The Karen National Union issued the following statement on 15 March 2022.",
            "Since the beginning of March 2022 the military council has intensified its airstrikes and artillery attacks on villages in Mutraw (Hpapun), Doo Tha Htoo (Thaton) and Kler Lwee Htoo (Nyaunglebin) Districts. Between 1 and 14 March, fighter jets and helicopters attacked civilian areas on at least 17 occasions.",
            "The Karen National Union strongly condemns these attacks on civilians, which are war crimes."]),
 dict(key="D56", when="2022-03-16 09:15", section="News", byline="By Aung Naing Soe",
      path="/news/2022/03/16/nug-human-rights-ministry-says-troops-burned-1100-homes-in-sagaing",
      title="NUG human rights ministry says troops burned 1,100 homes in Sagaing",
      category="news", why="a news report quoting a statement",
      body=["Junta troops burned more than 1,100 houses in 23 villages of Sagaing Region in the first two weeks of March, the National Unity Government's Ministry of Human Rights said in an announcement on Wednesday.",
            "The ministry said it would submit evidence to the UN's Independent Investigative Mechanism for Myanmar. A spokesman for the junta did not respond to requests for comment."]),
 dict(key="D60", when="2022-03-16 14:00", section="Explainers", byline="By Ledger Explainers Desk",
      path="/explainers/2022/03/16/what-the-un-human-rights-report-on-myanmar-says",
      title="Explainer: What the UN's new human rights report on Myanmar says",
      category="commentary", why="an explainer written by the outlet",
      body=["The UN High Commissioner for Human Rights published a report on Tuesday covering the year since the coup. Here is what it found, and what happens next at the Human Rights Council."]),
 dict(key="D58", when="2022-03-17 08:00", section="Opinion", byline="By Thet Htar Swe",
      path="/opinion/2022/03/17/aseans-envoy-must-meet-the-nug-not-just-the-generals",
      title="Opinion: ASEAN's envoy must meet the NUG, not just the generals",
      category="commentary", why="an opinion column",
      body=["When Prak Sokhonn lands in Naypyitaw next week, he will be tempted to believe that the men who receive him are in charge of Myanmar. They are not."]),
 dict(key="D61", when="2022-03-18 12:20", section="News", byline="By Saw Eh Htoo",
      path="/news/2022/03/18/karen-displaced-face-food-shortages-as-fighting-spreads",
      title="Karen displaced face food shortages as fighting spreads",
      category="news", why="a news report",
      body=["Tens of thousands of people displaced by fighting in Karen State are running short of rice, aid workers said on Friday, as airstrikes continued near the Thai border.",
            "The Karen Peace Support Network said last week that more than 150,000 people had been displaced."]),
]


def page(w, a):
    dt = at(a["when"])
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%(title)s | %(site)s</title>
<link rel="canonical" href="%(canon)s">
<meta property="og:type" content="article">
<meta property="og:site_name" content="%(site)s">
<meta property="article:section" content="%(sec)s">
<meta property="article:published_time" content="%(iso)s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%(jtitle)s","datePublished":"%(iso)s","author":[{"@type":"Person","name":"%(jby)s"}],"publisher":{"@type":"NewsMediaOrganization","name":"%(site)s"}}</script>
</head>
<body class="article-page">
<header class="masthead"><a href="%(base)s/">%(site)s</a></header>
<article>
<div class="kicker">%(sec)s</div>
<h1>%(title)s</h1>
<div class="byline">%(by)s &middot; <time datetime="%(iso)s">%(shown)s</time></div>
<div class="article-body">
%(body)s
</div>
</article>
<footer>&copy; 2022 %(site)s</footer>
</body>
</html>
""" % dict(title=esc(a["title"]), site=SITE, canon=w.link(SID, a["path"]), sec=esc(a["section"]), iso=dt.isoformat(),
           jtitle=a["title"].replace('"', '\\"'), jby=a["byline"].replace("By ", ""), base=w.B(SID), by=esc(a["byline"]),
           shown=dt.strftime("%-d %B %Y %H:%M"), body=paras(a["body"]))


def build(w):
    for a in ARTS:
        dt = at(a["when"])
        w.html(SID, a["path"], page(w, a), dt)
        w.item(key=a["key"], site=SID, path=a["path"], title=a["title"], lang="en", pub=dt,
               category=a["category"], why=a["why"], duplicate_of=a.get("duplicate_of"))
    sel = sorted(ARTS, key=lambda a: a["when"], reverse=True)
    items = "".join("""<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><author>%s</author><category>%s</category><description>%s</description></item>
""" % (esc(a["title"]), w.link(SID, a["path"]), rfc822(at(a["when"])), esc(a["byline"].replace("By ", "")), a["section"], esc(a["body"][0][:200])) for a in sel)
    rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>%s</title><link>%s/</link><description>Latest news</description><language>en</language>
%s</channel></rss>
""" % (SITE, w.B(SID), items)
    w.add(SID, "/feed/latest.xml", rss, "application/rss+xml; charset=utf-8", at(sel[0]["when"]))
    w.html(SID, "/", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
<link rel="alternate" type="application/rss+xml" href="%s/feed/latest.xml"></head><body><h1>%s</h1>%s</body></html>
""" % (SITE, w.B(SID), SITE, "".join('<h2><a href="%s">%s</a></h2>' % (w.link(SID, a["path"]), esc(a["title"])) for a in sel)), at(sel[0]["when"]))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /search\nDisallow: /preview/\n", "text/plain", at("2020-01-01 10:00"))
