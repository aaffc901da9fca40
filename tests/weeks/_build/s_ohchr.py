"""ohchr: a UN human rights office's Drupal 9 site (Myanmar country page). Times are UTC in <time
datetime>, shown as Geneva dates; press releases open with a dateline "GENEVA (15 March 2022) –"."""
from common import STATEMENTS, at, esc, attr, paras, rfc822, UTC
from datetime import datetime

SID = "ohchr"
ISSUER = "Office of the High Commissioner for Human Rights"
TZ = "Europe/Zurich"


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


NODES = [
 dict(key="S24", nid=28097, when="2022-03-15 10:00", type="Press releases", badge="Office of the High Commissioner",
      path="/en/press-releases/2022/03/myanmar-bachelet-urges-decisive-international-action-un-report-documents",
      title="Myanmar: Bachelet urges decisive international action as UN report documents systematic violations",
      body=["GENEVA (15 March 2022) \u2013 The international community must act urgently and in a coordinated way to stop the Myanmar military's campaign of violence against civilians, UN High Commissioner for Human Rights Michelle Bachelet said on Tuesday, as her Office published a report covering the year since the coup of 1 February 2021.",
            "The report, based on interviews with more than 155 victims and witnesses, documents the use of lethal force against peaceful protesters, arbitrary detention, torture and deaths in custody, and a pattern of airstrikes, shelling and the burning of villages in Sagaing and Magway Regions and in Chin, Kayah and Kayin States.",
            "\u201cThe appalling breadth and scale of international law violations suffered by the people of Myanmar demand a firm, unified and resolute international response,\u201d Bachelet said. \u201cThe military leadership has shown it will not change course of its own accord.\u201d",
            "The High Commissioner called on Member States to use every means available to end the violence, including by cutting off the military's access to weapons, aviation fuel and foreign currency, and to support accountability through the Independent Investigative Mechanism for Myanmar and the International Court of Justice.",
            "ENDS",
            "For more information and media requests, please contact the UN Human Rights media office."]),
 dict(key="S25", nid=28114, when="2022-03-16 12:30", type="Press releases", badge="Special Procedures",
      path="/en/press-releases/2022/03/myanmar-un-expert-calls-member-states-cut-junta-access-weapons-and-revenue",
      chain=["/en/node/28114", "/en/2022/03/myanmar-un-expert-calls-member-states-cut-junta-access-weapons"],
      title="Myanmar: UN expert calls on Member States to cut off the junta's access to weapons and revenue",
      body=["GENEVA (16 March 2022) \u2013 The UN Special Rapporteur on the situation of human rights in Myanmar, Tom Andrews, today urged Member States of the Human Rights Council to act together to deprive the military junta of the weapons, fuel and money it uses to attack the people of Myanmar.",
            "\u201cStatements of concern have not stopped a single airstrike,\u201d the expert said. \u201cWhat is needed is a coalition of nations willing to cut off the junta's access to arms, to jet fuel and to the oil and gas revenue that funds its crimes.\u201d",
            "The Special Rapporteur said he had received credible reports that the military had carried out more than 300 airstrikes and artillery attacks on populated areas since November 2021.",
            "ENDS",
            "Mr. Tom Andrews is the UN Special Rapporteur on the situation of human rights in Myanmar. Special Rapporteurs are part of what is known as the Special Procedures of the Human Rights Council. They are independent experts who work on a voluntary basis; they are not UN staff and do not receive a salary for their work."]),
 # --- not for the bulletin ---
 dict(key="D40", nid=28051, when="2022-03-11 14:00", type="Press releases", badge="Special Procedures",
      path="/en/press-releases/2022/03/myanmar-un-experts-condemn-death-sentences-against-activists",
      title="Myanmar: UN experts condemn death sentences against activists",
      category="outside_window", why="published 11 March 2022 at 14:00 UTC (20:30 Yangon), before the window",
      body=["GENEVA (11 March 2022) \u2013 UN human rights experts today condemned the death sentences handed down by military tribunals to pro-democracy activists in Myanmar."]),
 dict(key="D38", nid=28079, when="2022-03-14 08:00", type="Media advisories", badge="Human Rights Council",
      path="/en/media-advisories/2022/03/human-rights-council-hold-interactive-dialogue-myanmar",
      title="Media advisory: Human Rights Council to hold interactive dialogue on Myanmar",
      category="event", why="a media advisory announcing a meeting",
      body=["GENEVA (14 March 2022) \u2013 The Human Rights Council will hold an enhanced interactive dialogue on the situation of human rights in Myanmar on Thursday, 17 March 2022, at 15:00 in Room XX of the Palais des Nations and online.",
            "The High Commissioner and the Special Rapporteur will present their reports. Accredited journalists may follow the meeting on UN Web TV."]),
 dict(key="D39", nid=28102, when="2022-03-16 09:00", type="Vacancies", badge="Careers",
      path="/en/vacancies/2022/03/associate-human-rights-officer-myanmar-team",
      title="Call for applications: Associate Human Rights Officer (P-2), Myanmar Team",
      category="vacancy", why="a vacancy notice",
      body=["The Office is seeking an Associate Human Rights Officer for its Myanmar Team, based in Bangkok. Deadline for applications: 15 April 2022.",
            "Candidates should have an advanced university degree in law or political science and at least two years of experience in human rights monitoring."]),
 dict(key="D37", nid=28125, when="2022-03-18 09:30", type="Press briefing notes", badge="Spokesperson",
      path="/en/press-briefing-notes/2022/03/myanmar-civilian-deaths-sagaing",
      title="Press briefing notes on Myanmar",
      category="briefing", why="press briefing notes of the spokesperson",
      body=["Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani. Location: Geneva. Date: 18 March 2022. Subject: Myanmar.",
            "We are deeply concerned by continuing reports of civilian deaths in Sagaing Region, where at least 19 people were killed this week in attacks on villages. We call on the military to stop these attacks immediately."]),
 dict(key="D36", nid=28131, when="2022-03-18 18:00", type="Press releases", badge="Special Procedures",
      path="/en/press-releases/2022/03/myanmar-un-experts-alarmed-mass-arrests-young-people",
      title="Myanmar: UN experts alarmed by mass arrests of young people in Yangon and Mandalay",
      category="outside_window", why="18 March 2022 at 18:00 UTC (19:00 in Geneva) is 19 March 00:30 in Yangon, after the window, though the page shows 18 March",
      body=["GENEVA (18 March 2022) \u2013 UN human rights experts today expressed alarm at the arrest of hundreds of young people in Yangon and Mandalay in house-to-house searches by the military since the beginning of March.",
            "\u201cYoung people are being detained simply for being young,\u201d the experts said."]),
]


def page(w, n):
    dt = utc(n["when"])
    local = dt.astimezone(__import__("zoneinfo").ZoneInfo(TZ))
    return """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<link rel="canonical" href="%(canon)s" />
<link rel="shortlink" href="%(base)s/en/node/%(nid)d" />
<meta property="og:title" content="%(atitle)s" />
<meta property="og:type" content="article" />
<title>%(title)s | OHCHR</title>
<link rel="alternate" type="application/rss+xml" title="Myanmar" href="%(base)s/en/countries/myanmar/rss.xml" />
</head>
<body class="path-node page-node-type-%(ntype)s">
<header class="site-header"><a href="%(base)s/en" class="site-logo">United Nations Human Rights &ndash; Office of the High Commissioner</a></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="%(base)s/en">Home</a></li><li><a href="%(base)s/en/news">News and events</a></li><li><a href="%(base)s/en/%(tslug)s">%(type)s</a></li></ol></nav>
<main role="main">
<div class="node-header">
<div class="field--name-field-content-type">%(type)s</div>
<h1 class="page-title"><span class="field--name-title">%(title)s</span></h1>
<div class="field--name-field-published-date"><time datetime="%(isoz)s">%(shown)s</time></div>
<div class="field--name-field-tags"><a href="%(base)s/en/countries/myanmar">Myanmar</a> <span class="badge">%(badge)s</span></div>
</div>
<div class="clearfix text-formatted field field--name-body">
%(body)s
</div>
</main>
<footer class="site-footer">&copy; OHCHR 1996-2022</footer>
</body>
</html>
""" % dict(canon=w.link(SID, n["path"]), base=w.B(SID), nid=n["nid"], atitle=attr(n["title"]), title=esc(n["title"]),
           ntype=n["type"].lower().replace(" ", "_"), tslug=n["type"].lower().replace(" ", "-"), type=esc(n["type"]),
           isoz=dt.strftime("%Y-%m-%dT%H:%M:%SZ"), shown=local.strftime("%-d %B %Y"), badge=esc(n["badge"]),
           body=paras(n["body"]))


def build(w, faults):
    for n in NODES:
        dt = utc(n["when"])
        w.html(SID, n["path"], page(w, n), dt)
        if n["key"].startswith("S"):
            w.item(key=n["key"], site=SID, path=n["path"], title=n["title"], lang="en", pub=dt, gold=True,
                   section=STATEMENTS, issuer=ISSUER)
        else:
            w.item(key=n["key"], site=SID, path=n["path"], title=n["title"], lang="en", pub=dt,
                   category=n["category"], why=n["why"])
        if n.get("chain"):
            hops = n["chain"] + [n["path"]]
            for i in range(len(hops) - 1):
                faults.append({"id": "ohchr-node-redirect-%d" % (i + 1), "site": SID, "type": "redirect",
                               "match": {"path": hops[i]}, "status": 301, "location": "{{BASE:%s}}%s" % (SID, hops[i + 1]),
                               "expect": "follow the chain (%d of %d hops); the item's URL is the last one" % (i + 1, len(hops) - 1)})
    sel = sorted(NODES, key=lambda n: n["when"], reverse=True)
    items = ""
    for n in sel:
        link = n["chain"][0] if n.get("chain") else n["path"]
        items += """  <item>
    <title>%s</title>
    <link>%s</link>
    <description>%s</description>
    <pubDate>%s</pubDate>
    <dc:creator>OHCHR</dc:creator>
    <guid isPermaLink="false">%d at https://www.ohchr.org</guid>
  </item>
""" % (esc(n["title"]), w.link(SID, link), esc(n["body"][0][:240]), rfc822(utc(n["when"])), n["nid"])
    rss = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="%s/en" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Myanmar</title>
    <link>%s/en/countries/myanmar</link>
    <description>News and events on Myanmar</description>
    <language>en</language>
    <atom:link href="%s/en/countries/myanmar/rss.xml" rel="self" type="application/rss+xml" />
%s  </channel>
</rss>
""" % (w.B(SID), w.B(SID), w.B(SID), items)
    w.add(SID, "/en/countries/myanmar/rss.xml", rss, "application/rss+xml; charset=utf-8", utc(sel[0]["when"]))
    rows = ""
    for n in sel:
        dt = utc(n["when"])
        rows += """<div class="views-row"><article class="node--view-mode-teaser">
<div class="field--name-field-content-type">%s</div>
<h3><a href="%s" hreflang="en">%s</a></h3>
<time datetime="%s">%s</time></article></div>
""" % (esc(n["type"]), w.link(SID, n["path"]), esc(n["title"]), dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
       dt.astimezone(__import__("zoneinfo").ZoneInfo(TZ)).strftime("%-d %B %Y"))
    w.html(SID, "/en/countries/myanmar", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>Myanmar | OHCHR</title>
<link rel="alternate" type="application/rss+xml" title="Myanmar" href="%s/en/countries/myanmar/rss.xml" /></head>
<body><h1>Myanmar</h1><div class="view-content">
%s</div></body></html>
""" % (w.B(SID), rows), utc(sel[0]["when"]))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /core/\nDisallow: /admin/\nDisallow: /search/\nDisallow: /user/\nDisallow: /en/search\n",
          "text/plain", utc("2021-01-10 10:00"))
