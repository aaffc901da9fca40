"""pv: "Spring Revolution Resource Centre", a WordPress site that reposts others' statements under an
"Author:" field (a news outlet can be the Author of a reposted article). AMP copies, print copies under a
path robots.txt disallows, and a feed that is not well-formed (a raw "&" in one title)."""
from common import STATEMENTS, at, esc, attr, paras, rfc822
from signatories import SAGAING_WOMEN

SID = "pv"
SITE = "Spring Revolution Resource Centre"

POSTS = [
 dict(key="S21", when="2022-03-15 11:20", author="Karen Women's Organization", minutes=3, amp=True,
      path="/2022/03/15/kwo-condemns-sexual-violence-by-junta-troops-in-mutraw-district/",
      title="KWO Condemns Sexual Violence by Junta Troops in Mutraw District",
      issuer="Karen Women's Organization",
      body=["The Karen Women's Organization (KWO) condemns in the strongest terms the rape of a 24-year-old woman and the sexual assault of two teenage girls by military council soldiers during a raid on a village in Lu Thaw Township, Mutraw District, on 6 March 2022.",
            "The soldiers entered the village after an airstrike had driven most residents into hiding. The survivors were found by relatives the next morning and have since received medical care from a Karen health team. They and their families fear further reprisals.",
            "Sexual violence has been used by the Burma Army against Karen women for decades and has never been punished. Since the attempted coup it has been used again as a weapon of terror in Karen areas.",
            "KWO calls on the UN Special Representative on Sexual Violence in Conflict to document these crimes, on donors to fund survivor-centred services run by local women's organisations, and on the international community to refer the situation in Myanmar to the International Criminal Court."],
      sign=None),
 dict(key="S23", when="2022-03-16 15:00", author="Various Organizations", minutes=4, print=True,
      path="/2022/03/16/joint-statement-on-the-sale-of-telenor-myanmar-and-the-protection-of-users-data/",
      title="Joint Statement on the Sale of Telenor Myanmar and the Protection of Users' Data",
      issuer="Myanmar ICT for Development Organization, Athan, Free Expression Myanmar and Burma Campaign UK",
      body=["We, the undersigned organizations, are alarmed that the sale of Telenor Myanmar to M1 Group and its local partner Shwe Byain Phyu, approved by the military council, is being completed without any safeguards for the personal data of more than 18 million subscribers.",
            "Telenor Myanmar holds call records, location data and registration details that can be used to track journalists, human rights defenders and members of the Civil Disobedience Movement. Once the company is controlled by a partner with close ties to the military, nothing will prevent this information from being handed to the junta's security forces.",
            "We call on Telenor Group to halt the transfer until the historical data of its Myanmar users has been deleted, to publish the human rights impact assessment of the sale, and to explain what it has done to protect its users. We call on Norway's government, as Telenor's largest shareholder, to use its influence to this end.",
            "Signed by:"],
      signatories=["Myanmar ICT for Development Organization", "Athan", "Free Expression Myanmar", "Burma Campaign UK"]),
 dict(key="S37", when="2022-03-18 10:00", author="Various Organizations", minutes=3,
      path="/2022/03/18/joint-statement-by-the-womens-organizations-of-sagaing-region-on-sexual-violence-by-junta-troops/",
      title="Joint Statement by the Women's Organizations of Sagaing Region on Sexual Violence by Junta Troops",
      issuer="Women's Organizations of Sagaing Region",
      body=["We, the women's organizations of Sagaing Region, condemn the sexual violence committed by military council troops and Pyu Saw Htee militias during raids on villages in Salingyi, Yinmabin, Pale and Kani Townships in February and March 2022.",
            "We have documented at least nine cases of rape and sexual assault, including of a 15-year-old girl, and many more cases of women being stripped, beaten and threatened during interrogations at checkpoints. Most survivors cannot reach a doctor because the roads to Monywa are controlled by the army.",
            "We call on the National Unity Government and local people's administrations to set up safe reporting channels for survivors, on humanitarian organisations to bring medical and psychosocial support into the affected townships, and on the international community to ensure that these crimes are included in every accountability process.",
            "Signed by the following women's organizations of Sagaing Region:"],
      signatories=SAGAING_WOMEN),
 # --- not for the bulletin ---
 dict(key="D30", when="2022-03-14 09:40", author="Myanmar Now", minutes=5,
      path="/2022/03/14/junta-troops-torch-more-than-200-homes-in-pale-township/",
      title="Junta Troops Torch More than 200 Homes in Pale Township",
      category="news", why="a news article reposted with the outlet as \"Author\"; an outlet is not an issuer",
      body=["Military council troops set fire to more than 200 houses in three villages of Pale Township, Sagaing Region, over the weekend, residents and a local defence force told Myanmar Now.",
            "\u201cThey came in the morning with about 100 soldiers and burned everything,\u201d a resident of Kyaung Kone village said. The village administrator said the troops were searching for members of the People's Defence Force.",
            "The National Unity Government's Ministry of Human Rights said in a statement last week that it was documenting the arson attacks in Sagaing Region."],
      sign=None),
 dict(key="D33", when="2022-03-15 20:10", author="OHCHR", minutes=4,
      path="/2022/03/15/myanmar-bachelet-urges-decisive-international-action-as-un-report-documents-systematic-violations/",
      title="Myanmar: Bachelet urges decisive international action as UN report documents systematic violations",
      category="duplicate", duplicate_of="S24", why="a repost of the OHCHR press release; the bulletin keeps OHCHR's own page",
      body=["GENEVA (15 March 2022) \u2013 The international community must act urgently and in a coordinated way to stop the Myanmar military's campaign of violence against civilians, UN High Commissioner for Human Rights Michelle Bachelet said on Tuesday, as her Office published a report covering the year since the coup of 1 February 2021.",
            "(Reposted from the website of the Office of the High Commissioner for Human Rights.)"],
      sign=None),
 dict(key="D31", when="2022-03-18 18:00", author=SITE, minutes=6,
      path="/2022/03/18/weekly-highlights-airstrikes-and-arrests-12-18-march-2022/",
      title="Weekly Highlights: Airstrikes & Arrests, 12\u201318 March 2022",
      category="commentary", why="the site's own weekly round-up",
      body=["This week the junta kept bombing villages in Karen and Karenni States, while the UN High Commissioner's report confirmed what the people of Myanmar have been saying for a year. Here is what happened, and what our partners said about it."],
      sign=None),
 dict(key="D34", when="2022-03-19 00:05", author="Kachin Women's Association Thailand", minutes=3,
      path="/2022/03/19/kwat-statement-on-the-arrest-of-kachin-women-activists-in-myitkyina/",
      title="KWAT Statement on the Arrest of Kachin Women Activists in Myitkyina",
      category="outside_window", why="posted 19 March 2022 at 00:05 Yangon time (18 March 17:35 UTC), after the window",
      body=["The Kachin Women's Association Thailand condemns the arrest of four Kachin women activists in Myitkyina on 16 March 2022."],
      sign=None),
 dict(key="O1", when="2022-03-08 09:00", author="Women's League of Burma", minutes=3, category="old",
      path="/2022/03/08/statement-on-international-womens-day-2022/",
      title="Statement on International Women's Day 2022",
      body=["On International Women's Day, the Women's League of Burma salutes the women who lead the revolution."], sign=None),
]


def body_html(p):
    b = paras(p["body"])
    if p.get("signatories"):
        b += "\n<ol>\n%s\n</ol>" % "\n".join("<li>%s</li>" % esc(n) for n in p["signatories"])
    return b


def page(w, p, variant="main"):
    dt = at(p["when"])
    canon = w.link(SID, p["path"])
    amp_link = '<link rel="amphtml" href="%s">\n' % w.link(SID, p["path"] + "amp/") if p.get("amp") and variant == "main" else ""
    prn = ""
    if p.get("print") and variant == "main":
        prn = '<a class="print-link" href="%s" rel="nofollow">Print this page</a>' % w.link(SID, "/print" + p["path"])
    head_extra = ""
    if variant == "amp":
        head_extra = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-boilerplate>body{visibility:hidden}</style>\n'
    robots = '<meta name="robots" content="noindex, follow">\n' if variant == "print" else ""
    return """<!DOCTYPE html>
<html lang="en-US"%(amp)s>
<head>
<meta charset="UTF-8">
<title>%(title)s &#8211; %(site)s</title>
%(robots)s<link rel="canonical" href="%(canon)s">
%(amp_link)s<link rel="alternate" type="application/rss+xml" title="%(site)s &raquo; Feed" href="%(base)s/feed/">
<meta property="og:type" content="article">
<meta property="og:title" content="%(atitle)s">
<meta property="og:site_name" content="%(site)s">
<meta property="article:published_time" content="%(iso)s">
<meta name="author" content="%(aauthor)s">
%(head_extra)s</head>
<body class="single single-post">
<header class="site-header"><a href="%(base)s/" class="logo">%(site)s</a>
<nav><a href="%(base)s/category/statements/">Statements</a> <a href="%(base)s/category/reports/">Reports</a> <a href="%(base)s/category/news/">News</a> <a href="%(base)s/weekly-highlights/">Weekly Highlights</a></nav></header>
<main class="content">
<article>
<h1 class="post-title">%(title)s</h1>
<div class="post-meta"><span class="post-date">%(shown)s</span> &bull; <span class="post-author">Author: <a href="%(base)s/author/%(aslug)s/">%(author)s</a></span> &bull; <span class="reading-time">%(minutes)d minute read</span></div>
<div class="post-content">
%(body)s
</div>
<div class="post-tools">%(prn)s</div>
</article>
</main>
<footer class="site-footer"><p>%(site)s reposts statements and reports of Myanmar's civil society, ethnic organisations and the resistance. &copy; 2022</p></footer>
</body>
</html>
""" % dict(amp=" amp" if variant == "amp" else "", title=esc(p["title"]), atitle=attr(p["title"]), site=SITE,
           robots=robots, canon=canon, amp_link=amp_link, base=w.B(SID), iso=dt.isoformat(), aauthor=attr(p["author"]),
           head_extra=head_extra, shown=dt.strftime("%B %-d, %Y"), aslug=p["author"].lower().replace(" ", "-").replace("'", ""),
           author=esc(p["author"]), minutes=p["minutes"], body=body_html(p), prn=prn)


def build(w):
    for p in POSTS:
        dt = at(p["when"])
        w.html(SID, p["path"], page(w, p), dt)
        if p.get("amp"):
            w.html(SID, p["path"] + "amp/", page(w, p, "amp"), dt)
            w.item(key="D32", site=SID, path=p["path"] + "amp/", title=p["title"], lang="en", pub=dt,
                   category="duplicate", duplicate_of=p["key"], why="the AMP copy of the repost; its canonical is the main page")
        if p.get("print"):
            w.html(SID, "/print" + p["path"], page(w, p, "print"), dt)
            w.item(key="D35", site=SID, path="/print" + p["path"], title=p["title"], lang="en", pub=dt,
                   category="robots_disallowed", duplicate_of=p["key"], why="the print copy, under /print/ which robots.txt disallows")
        if p.get("category") == "old":
            continue
        if p["key"].startswith("S"):
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="en", pub=dt, gold=True,
                   section=STATEMENTS, issuer=p["issuer"])
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="en", pub=dt,
                   category=p["category"], why=p["why"], duplicate_of=p.get("duplicate_of"))
    sel = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    items = ""
    for p in sel:
        dt = at(p["when"])
        # the theme prints titles into the feed without escaping them: "&" arrives raw
        items += """	<item>
		<title>%s</title>
		<link>%s</link>
		<dc:creator><![CDATA[%s]]></dc:creator>
		<pubDate>%s</pubDate>
		<guid isPermaLink="false">%s</guid>
		<description><![CDATA[%s]]></description>
		<content:encoded><![CDATA[%s]]></content:encoded>
	</item>
""" % (p["title"], w.link(SID, p["path"]), p["author"], rfc822(dt), w.link(SID, p["path"]), p["body"][0][:220], body_html(p))
    rss = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>%s</title>
	<atom:link href="%s/feed/" rel="self" type="application/rss+xml" />
	<link>%s/</link>
	<description>Voices of Myanmar&#039;s Spring Revolution</description>
	<lastBuildDate>%s</lastBuildDate>
	<language>en-US</language>
%s</channel>
</rss>
""" % (SITE, w.B(SID), w.B(SID), rfc822(at(sel[0]["when"])), items)
    w.add(SID, "/feed/", rss, "application/rss+xml; charset=UTF-8", at(sel[0]["when"]))
    lis = "".join('<article class="post-card"><h2><a href="%s">%s</a></h2><div class="post-meta">%s &bull; Author: %s</div></article>\n' % (
        w.link(SID, p["path"]), esc(p["title"]), at(p["when"]).strftime("%B %-d, %Y"), esc(p["author"])) for p in sel)
    w.html(SID, "/", """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s</title>
<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s/feed/"></head><body>
<header><a href="%s/" class="logo">%s</a></header><main>
%s</main></body></html>
""" % (SITE, SITE, w.B(SID), w.B(SID), SITE, lis), at(sel[0]["when"]))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /print/\nDisallow: /*?s=\n",
          "text/plain; charset=utf-8", at("2021-08-01 10:00"))
    w.routes[SID]["slash_redirect"] = True
