"""agg: "Union Voices Digest", a WordPress aggregator in Brussels that reposts others' statements.
Each post carries a label "<Kind> | <issuer>" and a line "Source: <where it was found>". REST API closed."""
from common import STATEMENTS, REPORTS, at, esc, attr, paras, rfc822
from signatories import open_letter_112

SID = "agg"
TZ = "Europe/Brussels"

POSTS = [
 dict(key="S18", when="2022-03-12 09:00", kind="Statement", label_issuer="Ta'ang Women's Organization",
      path="/2022/03/12/statement-condemning-the-forced-recruitment-of-taang-youth-in-northern-shan-state/",
      title="Statement Condemning the Forced Recruitment of Ta'ang Youth in Northern Shan State",
      issuer="Ta'ang Women's Organization", source="Ta'ang Women's Organization website",
      body=["The Ta'ang Women's Organization (TWO) is alarmed by the forced recruitment of young Ta'ang men and women by the military council and its allied militias in Namhsan, Mantong and Kutkai Townships in late February and early March 2022.",
            "Young people have been taken from their homes at night and from buses on the Lashio road. Families who refuse to hand over a son or daughter are fined or threatened with arrest. Many young women now avoid travelling to the tea markets, their families' main source of income.",
            "TWO condemns these abuses and calls on all armed groups to stop recruiting civilians by force, to release those already taken, and to respect the safety of Ta'ang women who travel for work and trade."],
      sign=["Ta'ang Women's Organization", "12 March 2022"]),
 dict(key="S17", when="2022-03-14 08:15", kind="Statement", label_issuer="Chinland Joint Defense Committee",
      path="/2022/03/14/statement-on-the-militarys-renewed-arson-attacks-in-thantlang/",
      title="Statement on the Military's Renewed Arson Attacks in Thantlang",
      issuer="Chinland Joint Defense Committee", source="Chinland Post",
      body=["On 11 and 12 March 2022, military council troops stationed in Thantlang again set fire to houses in the town, destroying at least 80 more buildings. Since September 2021 more than 1,000 houses, churches and offices in Thantlang have been burned, and the town's entire population of about 10,000 people has fled to Mizoram and to villages in the surrounding hills.",
            "The Chinland Joint Defense Committee condemns this systematic destruction of a Chin town as a war crime and a deliberate attempt to make Chinland uninhabitable for its people.",
            "We call on the international community to recognise these crimes, to support the displaced people of Thantlang in India and in Chin State, and to stop all supplies of arms and aviation fuel to the military."],
      sign=["Chinland Joint Defense Committee (CJDC)", "14 March 2022"]),
 dict(key="S38", when="2022-03-15 12:00", kind="Statement", label_issuer=None,
      path="/2022/03/15/statement-on-the-juntas-blockade-of-food-supplies-to-villages-in-launglon-township/",
      title="Statement on the Junta's Blockade of Food Supplies to Villages in Launglon Township",
      issuer="Dawei District Strike Committee", source="Facebook",
      body=["Since 8 March 2022, military council troops have closed the roads into the villages of the Launglon peninsula in Dawei District and are stopping boats at the jetties. Rice, cooking oil, fuel and medicine can no longer reach more than 20 villages.",
            "Traders who tried to bring food in have been beaten and their goods seized. A pregnant woman from Zar Di village died on 12 March because she could not be taken to hospital in Dawei.",
            "We demand that the blockade be lifted immediately, and we call on humanitarian organisations and the people of Dawei District to support the affected villages by every means possible."],
      sign=["Issued by: Dawei District Strike Committee", "15 March 2022"]),
 dict(key="S19", when="2022-03-16 07:30", kind="Statement", label_issuer="KNDF",
      path="/2022/03/16/statement-on-the-shelling-of-displacement-sites-in-demoso-township/",
      title="Statement on the Shelling of Displacement Sites in Demoso Township",
      issuer="Karenni Nationalities Defense Force", source="Kantarawaddy Times",
      body=["On 15 March 2022, military council artillery units based in Loikaw fired more than 40 shells at displacement sites near Ngwe Taung village in Demoso Township, killing two displaced women and wounding six people, among them three children.",
            "The Karenni Nationalities Defense Force (KNDF) strongly condemns the deliberate targeting of civilians who have already lost their homes. Our forces will continue to protect the displaced population of Karenni State.",
            "We urge humanitarian organisations to move the displaced families to safer areas and to provide shelter and medical care, and we call on the international community to take action against those who order these attacks."],
      sign=["KNDF", "16 March 2022"]),
 dict(key="R4", when="2022-03-16 14:00", kind="Report", label_issuer="Human Rights Foundation of Monland", section=REPORTS,
      path="/2022/03/16/monthly-overview-february-2022-arrests-extortion-and-forced-portering-in-mon-state/",
      title="Monthly Overview \u2013 February 2022: Arrests, Extortion and Forced Portering in Mon State",
      issuer="Human Rights Foundation of Monland", source="HURFOM",
      body=["In February 2022, HURFOM field reporters documented 46 arbitrary arrests, 19 cases of extortion at military checkpoints and the forced use of 31 villagers as porters in Ye, Thanbyuzayat and Mudon Townships.",
            "The overview also records the growing number of young people leaving Mon State for Thailand to escape arrest and forced recruitment, and the impact of rising fuel prices on fishing communities.",
            "The full report, with case summaries and recommendations, can be downloaded from HURFOM's website."],
      sign=["Published by: Human Rights Foundation of Monland (HURFOM)"]),
 dict(key="S20", when="2022-03-17 10:00", kind="Open Letter", label_issuer="Civil society organisations",
      path="/2022/03/17/joint-open-letter-to-asean-foreign-ministers-on-the-special-envoys-visit-to-myanmar/",
      title="Joint Open Letter to ASEAN Foreign Ministers on the Special Envoy's Visit to Myanmar",
      issuer="112 Organizations", source="ALTSEAN-Burma",
      body=["To: The Foreign Ministers of the Member States of the Association of Southeast Asian Nations",
            "We, the undersigned 112 organizations, write to you ahead of the visit of the Special Envoy of the ASEAN Chair, H.E. Prak Sokhonn, to Myanmar from 20 to 23 March 2022.",
            "Eleven months after ASEAN agreed the Five-Point Consensus, the military has not stopped its violence. It has killed more than 1,600 people, burned thousands of homes and bombed villages from the air. A visit that meets only the junta will reward it for ignoring ASEAN.",
            "We urge you to ensure that the Special Envoy meets the National Unity Government, ethnic resistance organisations and civil society; that he does not accept any programme arranged by the junta; and that ASEAN suspends the junta from all its meetings until it ends its attacks on civilians.",
            "Signed by:"],
      signatories=open_letter_112(), sign=None),
 # --- not for the bulletin ---
 dict(key="D28", when="2022-03-11 17:00", kind="Statement", label_issuer="Chin National Front",
      path="/2022/03/11/statement-on-the-killing-of-civilians-in-falam-township/",
      title="Statement on the Killing of Civilians in Falam Township", source="Chin National Front",
      category="outside_window", why="posted 11 March 2022 at 17:00 in Brussels (16:00 UTC, 22:30 Yangon), before the window",
      body=["The Chin National Front condemns the killing of four civilians by military council troops in Falam Township on 9 March 2022."],
      sign=["Chin National Front", "11 March 2022"]),
 dict(key="D25", when="2022-03-14 11:00", kind="News", label_issuer="Myanmar Now",
      path="/2022/03/14/junta-bombs-villages-in-kyunhla-township/",
      title="Junta Bombs Villages in Kyunhla Township", source="Myanmar Now",
      category="news", why="a news article reposted from an outlet",
      body=["Military aircraft bombed two villages in Kyunhla Township, Sagaing Region, on Sunday, residents said. Local defence forces said no one was killed because villagers had fled before the attack."],
      sign=None),
 dict(key="D27", when="2022-03-14 16:00", kind="Weekly Update", label_issuer="Union Voices Digest",
      path="/2022/03/14/weekly-update-7-13-march-2022/",
      title="Weekly Update: 7\u201313 March 2022", source="Union Voices Digest",
      category="commentary", why="the aggregator's own weekly round-up",
      body=["This week: airstrikes in Karen and Karenni States, new arson attacks in Sagaing Region and Thantlang, and the Human Rights Council debates the High Commissioner's report. Read the statements we collected below."],
      sign=None),
 dict(key="D24", when="2022-03-15 15:30", kind="Statement", label_issuer="Karen National Union",
      path="/2022/03/15/knu-statement-on-intensified-airstrikes-and-shelling-in-karen-state/",
      title="KNU Statement on Intensified Airstrikes and Shelling in Karen State", source_link=("knu", "/index.php/statements/125-knu-statement-on-intensified-airstrikes-and-shelling-in-karen-state"),
      source="Karen National Union", category="duplicate", duplicate_of="S13",
      why="a repost of the KNU's statement; the bulletin keeps the KNU's own page",
      body=["Since the beginning of March 2022 the military council has intensified its airstrikes and artillery attacks on villages in Mutraw (Hpapun), Doo Tha Htoo (Thaton) and Kler Lwee Htoo (Nyaunglebin) Districts. Between 1 and 14 March, fighter jets and helicopters attacked civilian areas on at least 17 occasions.",
            "The Karen National Union strongly condemns these attacks on civilians, which are war crimes."],
      sign=["Karen National Union", "15.03.2022"]),
 dict(key="D26", when="2022-03-15 18:00", kind="Event", label_issuer="Union Voices Digest",
      path="/2022/03/15/webinar-federalism-after-the-coup-22-march-2022/",
      title="Webinar: Federalism after the Coup (22 March 2022)", source="Union Voices Digest",
      category="event", why="an event announcement",
      body=["Join us on Tuesday, 22 March 2022, at 14:00 CET for a webinar with speakers from the NUCC, ethnic organisations and civil society on the future of the federal union. Registration is free."],
      sign=None),
 dict(key="D29", when="2022-03-16 10:00", kind="Action", label_issuer="Campaign",
      path="/2022/03/16/sign-the-petition-no-jet-fuel-for-the-junta/",
      title="Sign the Petition: No Jet Fuel for the Junta", source="Union Voices Digest",
      category="petition", why="an action alert asking readers to sign a petition",
      body=["Fighter jets cannot fly without fuel. Sign the petition to the companies that still supply aviation fuel to Myanmar and ask them to stop now. 12,000 people have signed so far \u2013 help us reach 20,000."],
      sign=None),
]


def page(w, p):
    dt = at(p["when"], TZ)
    label = esc(p["kind"]) + (" | " + esc(p["label_issuer"]) if p.get("label_issuer") else "")
    if p.get("source_link"):
        sid, sp = p["source_link"]
        source = 'Source: <a href="%s" rel="nofollow">%s</a>' % (w.link(sid, sp), esc(p["source"]))
    else:
        source = "Source: %s" % esc(p["source"])
    body = paras(p["body"])
    if p.get("signatories"):
        body += "\n<ol class=\"signatories\">\n%s\n</ol>" % "\n".join("<li>%s</li>" % esc(n) for n in p["signatories"])
    if p.get("sign"):
        body += '\n<p class="sign">%s</p>' % "<br>".join(esc(s) for s in p["sign"])
    badge = ""
    if p.get("label_issuer") == "KNDF":
        badge = '<span class="issuer-badge" title="Issuer">KNDF</span>'
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>%(title)s | Union Voices Digest</title>
<link rel="canonical" href="%(canon)s">
<link rel="alternate" type="application/rss+xml" title="Union Voices Digest &raquo; Feed" href="%(base)s/feed/">
<link rel="https://api.w.org/" href="%(base)s/wp-json/">
<meta property="og:type" content="article">
<meta property="og:title" content="%(atitle)s">
<meta property="article:published_time" content="%(iso)s">
<meta property="article:section" content="%(kind)s">
</head>
<body class="post-template-default single single-post">
<header class="td-header"><a class="td-logo" href="%(base)s/">Union Voices Digest</a><span class="td-tagline">Statements, reports and news from Myanmar's peoples, collected in Brussels</span></header>
<div class="td-main-content">
<article class="post type-post">
<div class="doc-type"><span class="doc-kind">%(label)s</span>%(badge)s</div>
<h1 class="entry-title">%(title)s</h1>
<div class="doc-meta"><time class="entry-date" datetime="%(iso)s">%(shown)s</time> &middot; <span class="doc-source">%(source)s</span> &middot; <span class="td-post-author-name">Posted by UVD Desk</span></div>
<div class="td-post-content">
%(body)s
</div>
<p class="disclaimer">Union Voices Digest reposts documents as received. Views are those of the issuing organisations.</p>
</article>
</div>
<footer class="td-footer">&copy; 2022 Union Voices Digest</footer>
</body>
</html>
""" % dict(title=esc(p["title"]), atitle=attr(p["title"]), canon=w.link(SID, p["path"]), base=w.B(SID),
           iso=dt.isoformat(), kind=attr(p["kind"]), label=label, badge=badge, shown=dt.strftime("%-d %B %Y"),
           source=source, body=body)


def build(w):
    for p in POSTS:
        dt = at(p["when"], TZ)
        w.html(SID, p["path"], page(w, p), dt)
        if p["key"][0] in "SR":
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="en", pub=dt, gold=True,
                   section=p.get("section", STATEMENTS), issuer=p["issuer"])
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="en", pub=dt,
                   category=p["category"], why=p["why"], duplicate_of=p.get("duplicate_of"))
    sel = sorted(POSTS, key=lambda p: at(p["when"], TZ), reverse=True)
    items = ""
    for p in sel:
        dt = at(p["when"], TZ)
        cats = "<category><![CDATA[%s]]></category>" % p["kind"]
        if p.get("label_issuer"):
            cats += "<category><![CDATA[%s]]></category>" % p["label_issuer"]
        items += """<item>
<title>%s</title>
<link>%s</link>
<dc:creator><![CDATA[UVD Desk]]></dc:creator>
<pubDate>%s</pubDate>
%s
<guid isPermaLink="false">%s</guid>
<description><![CDATA[%s]]></description>
</item>
""" % (esc(p["title"]), w.link(SID, p["path"]), rfc822(dt), cats, w.link(SID, p["path"]), p["body"][0][:200])
    rss = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Union Voices Digest</title>
<atom:link href="%s/feed/" rel="self" type="application/rss+xml" />
<link>%s/</link>
<description>Statements, reports and news from Myanmar&#039;s peoples</description>
<lastBuildDate>%s</lastBuildDate>
<language>en-GB</language>
<generator>https://wordpress.org/?v=5.9.1</generator>
%s</channel>
</rss>
""" % (w.B(SID), w.B(SID), rfc822(at(sel[0]["when"], TZ)), items)
    w.add(SID, "/feed/", rss, "application/rss+xml; charset=UTF-8", at(sel[0]["when"], TZ))
    lis = "".join('<div class="td-block-span"><div class="doc-kind">%s</div><h3 class="entry-title"><a href="%s">%s</a></h3><time>%s</time></div>\n' % (
        esc(p["kind"]) + (" | " + esc(p["label_issuer"]) if p.get("label_issuer") else ""), w.link(SID, p["path"]), esc(p["title"]),
        at(p["when"], TZ).strftime("%-d %B %Y")) for p in sel)
    w.html(SID, "/", """<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Union Voices Digest</title>
<link rel="alternate" type="application/rss+xml" title="Union Voices Digest &raquo; Feed" href="%s/feed/"></head>
<body class="home"><header><a class="td-logo" href="%s/">Union Voices Digest</a></header><main>
%s</main></body></html>
""" % (w.B(SID), w.B(SID), lis), at(sel[0]["when"], TZ))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", "text/plain; charset=utf-8", at("2021-03-01 10:00", TZ))
    w.routes[SID]["slash_redirect"] = True
