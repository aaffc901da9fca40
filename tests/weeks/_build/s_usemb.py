"""usemb: the U.S. Embassy in Burma, WordPress (site time Asia/Yangon, dates shown m/d/yyyy); it reposts
Department of State press statements, posts the embassy's own notices and a joint statement of ambassadors."""
from common import STATEMENTS, at, esc, attr, paras, rfc822

SID = "usemb"
STATE = "United States Department of State"
AMBS = ("The Ambassadors (Australia, Canada, the European Union, New Zealand, Norway, the Republic of Korea, "
        "Switzerland, the United Kingdom and the United States)")

POSTS = [
 dict(key="S28", when="2022-03-12 01:30", topics=["Press Releases", "Secretary of State"],
      path="/promoting-accountability-for-the-burmese-military-regimes-violence-against-civilians/",
      title="Promoting Accountability for the Burmese Military Regime's Violence against Civilians", issuer=STATE,
      head=["Press Statement", "Antony J. Blinken, Secretary of State", "March 11, 2022"],
      body=["Today the Department of State is taking steps to impose visa restrictions on 11 officials of the Burmese military regime who are responsible for, or complicit in, the killing and burning of civilians in Sagaing Region, including the killing of at least 35 people near Mo So village in Kayah State on December 24, 2021.",
            "The regime's violence against the people of Burma has continued unabated since the military coup of February 1, 2021. The United States will continue to use every tool at its disposal to promote accountability and to support the people of Burma in their pursuit of a return to the path of democracy.",
            "We urge all countries to stop the sale of arms and dual-use technology to the regime and to support the work of the Independent Investigative Mechanism for Myanmar."],
      foot="This is the text of a press statement issued by the U.S. Department of State, Office of the Spokesperson, on 03/11/2022 01:45 PM EST."),
 dict(key="S26", when="2022-03-16 21:05", topics=["Press Releases", "Statements"],
      path="/burma-condemning-the-military-regimes-airstrikes-on-civilians/",
      title="Burma: Condemning the Military Regime's Airstrikes on Civilians", issuer=STATE,
      head=["Press Statement", "Ned Price, Department Spokesperson", "March 16, 2022"],
      body=["The United States condemns the Burmese military regime's continued airstrikes and artillery attacks on civilians in Karen and Karenni States and in Sagaing Region, which over the past week have killed dozens of people, including children, and forced thousands more from their homes.",
            "These attacks are part of a pattern of brutal violence that the regime has carried out against the people of Burma since the coup. We call on the regime to cease its violence immediately, to allow unhindered humanitarian access, and to release all those unjustly detained.",
            "We continue to urge all countries to halt the sale of jet fuel and weapons to the regime and to hold the regime accountable for its actions."],
      foot="This is the text of a press statement issued by the U.S. Department of State, Office of the Spokesperson."),
 dict(key="S27", when="2022-03-17 15:00", topics=["Joint Statements"],
      path="/joint-statement-on-the-protection-of-civilians-in-myanmar/",
      title="Joint Statement on the Protection of Civilians in Myanmar", issuer=AMBS,
      head=["Joint Statement"],
      body=["We, the Ambassadors of Australia, Canada, the European Union, New Zealand, Norway, the Republic of Korea, Switzerland, the United Kingdom and the United States, are gravely concerned by the escalation of the military's attacks on civilians across Myanmar, including airstrikes on villages and displacement sites in Karen and Karenni States and the burning of homes in Sagaing and Magway Regions.",
            "Attacks on civilians and civilian objects are prohibited under international humanitarian law. We call on the military to immediately end the violence, to respect the protection of civilians, and to grant safe and unhindered access for humanitarian assistance to all people in need.",
            "We reiterate our support for ASEAN's efforts, including the Five-Point Consensus, and call for an inclusive dialogue with all stakeholders. We stand with the people of Myanmar in their aspirations for a peaceful, democratic and inclusive future."],
      foot="Yangon, 17 March 2022"),
 # --- not for the bulletin ---
 dict(key="D44", when="2022-03-11 17:00", topics=["Embassy News"],
      path="/remarks-by-the-charge-daffaires-at-the-international-womens-day-reception/",
      title="Remarks by the Chargé d'Affaires at the International Women's Day Reception",
      category="outside_window", why="posted 3/11/2022, before the window",
      head=["Remarks"],
      body=["Good evening, and thank you all for joining us to celebrate International Women's Day, and to honour the women of Burma who continue to lead the struggle for democracy."],
      foot=None),
 dict(key="D43", when="2022-03-14 10:00", topics=["Jobs"],
      path="/vacancy-announcement-political-economic-specialist/",
      title="Vacancy Announcement: Political/Economic Specialist",
      category="vacancy", why="a job advertisement",
      head=["Vacancy Announcement"],
      body=["The U.S. Embassy in Rangoon is seeking an individual for the position of Political/Economic Specialist in the Political/Economic Section. Closing date: 03/28/2022.",
            "Applicants must have a university degree and fluency in English and Burmese."],
      foot=None),
 dict(key="D42", when="2022-03-15 08:00", topics=["Security Alerts", "U.S. Citizen Services"],
      path="/security-alert-u-s-embassy-rangoon-burma-march-15-2022/",
      title="Security Alert \u2013 U.S. Embassy Rangoon, Burma (March 15, 2022)",
      category="alert", why="a security alert for U.S. citizens",
      head=["Security Alert"],
      body=["Location: Rangoon and Mandalay, Burma. Event: The U.S. Embassy has received reports of possible demonstrations and increased security force presence around March 27, Armed Forces Day.",
            "Actions to take: avoid demonstrations; monitor local media; keep a low profile."],
      foot=None),
 dict(key="D62", when="2022-03-15 09:00", topics=["U.S. Citizen Services"],
      path="/burma-travel-advisory/",
      title="Burma (Myanmar) Travel Advisory: Level 4 \u2013 Do Not Travel",
      category="advisory", why="a travel advisory",
      head=["Travel Advisory"],
      body=["Do not travel to Burma due to COVID-19, civil unrest and armed conflict. Reissued with updates to health information."],
      foot=None),
 dict(key="D41", when="2022-03-19 07:10", topics=["Press Releases"],
      path="/burma-sanctioning-officials-responsible-for-the-killing-of-protesters/",
      title="Burma: Sanctioning Officials Responsible for the Killing of Protesters",
      category="outside_window", why="a Department of State statement of 03/18/2022 08:15 PM EDT (19 March 06:45 in Yangon), reposted 3/19/2022; after the window",
      head=["Press Statement", "Ned Price, Department Spokesperson", "March 18, 2022"],
      body=["Today the Department of the Treasury designated four individuals responsible for the killing of peaceful protesters in Burma."],
      foot="This is the text of a press statement issued by the U.S. Department of State, Office of the Spokesperson, on 03/18/2022 08:15 PM EDT."),
]


def page(w, p):
    dt = at(p["when"])
    head = ""
    if p.get("head"):
        head = '<p class="statement-meta">%s</p>\n' % "<br>".join("<strong>%s</strong>" % esc(h) if i == 0 else esc(h) for i, h in enumerate(p["head"]))
    foot = '<p><em>%s</em></p>' % esc(p["foot"]) if p.get("foot") else ""
    topics = ", ".join('<a href="%s/category/%s/" rel="category tag">%s</a>' % (w.B(SID), t.lower().replace(" ", "-").replace(".", ""), esc(t)) for t in p["topics"])
    return """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>%(title)s - U.S. Embassy &amp; Consulate in Burma</title>
<link rel="canonical" href="%(canon)s">
<link rel="alternate" type="application/rss+xml" title="U.S. Embassy in Burma &raquo; Feed" href="%(base)s/feed/">
<meta property="og:type" content="article">
<meta property="og:title" content="%(atitle)s">
<meta property="article:published_time" content="%(iso)s">
</head>
<body class="post-template-default single single-post">
<header id="masthead"><div class="header-logo"><a href="%(base)s/">U.S. Embassy in Burma</a></div>
<nav class="nav-menu"><a href="%(base)s/news-events/">News &amp; Events</a> <a href="%(base)s/u-s-citizen-services/">U.S. Citizen Services</a> <a href="%(base)s/visas/">Visas</a> <a href="%(base)s/embassy/">Embassy</a></nav></header>
<div id="content" class="site-content">
<article class="post">
<header class="entry-header"><h1 class="entry-title">%(title)s</h1>
<div class="entry-meta"><span class="author">By U.S. Embassy Rangoon</span> | <span class="date">%(shown)s</span> | <span class="cat-links">Topics: %(topics)s</span></div></header>
<div class="entry-content">
%(head)s%(body)s
%(foot)s
</div>
</article>
</div>
<footer class="site-footer"><p>This is the official website of the U.S. Embassy in Burma. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.</p></footer>
</body>
</html>
""" % dict(title=esc(p["title"]), atitle=attr(p["title"]), canon=w.link(SID, p["path"]), base=w.B(SID),
           iso=dt.isoformat(), shown="%d/%d/%d" % (dt.month, dt.day, dt.year), topics=topics, head=head,
           body=paras(p["body"]), foot=foot)


def build(w):
    for p in POSTS:
        dt = at(p["when"])
        w.html(SID, p["path"], page(w, p), dt)
        if p["key"].startswith("S"):
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="en", pub=dt, gold=True,
                   section=STATEMENTS, issuer=p["issuer"])
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="en", pub=dt,
                   category=p["category"], why=p["why"])
    sel = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    items = ""
    for p in sel:
        items += """		<item>
		<title>%s</title>
		<link>%s</link>
		<dc:creator><![CDATA[usembrangoon]]></dc:creator>
		<pubDate>%s</pubDate>
		%s
		<guid isPermaLink="false">%s</guid>
		<description><![CDATA[%s]]></description>
		</item>
""" % (esc(p["title"]), w.link(SID, p["path"]), rfc822(at(p["when"])),
       "".join("<category><![CDATA[%s]]></category>" % t for t in p["topics"]), w.link(SID, p["path"]),
       " ".join(p.get("head", [])) + " " + p["body"][0][:200])
    rss = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>U.S. Embassy &amp; Consulate in Burma</title>
	<atom:link href="%s/feed/" rel="self" type="application/rss+xml" />
	<link>%s/</link>
	<description>U.S. Embassy in Burma</description>
	<lastBuildDate>%s</lastBuildDate>
	<language>en-US</language>
%s</channel>
</rss>
""" % (w.B(SID), w.B(SID), rfc822(at(sel[0]["when"])), items)
    w.add(SID, "/feed/", rss, "application/rss+xml; charset=UTF-8", at(sel[0]["when"]))
    w.html(SID, "/", """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>U.S. Embassy in Burma</title>
<link rel="alternate" type="application/rss+xml" title="U.S. Embassy in Burma &raquo; Feed" href="%s/feed/"></head>
<body><h1>U.S. Embassy in Burma</h1></body></html>
""" % w.B(SID), at(sel[0]["when"]))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", "text/plain; charset=utf-8", at("2021-02-01 10:00"))
    w.routes[SID]["slash_redirect"] = True
