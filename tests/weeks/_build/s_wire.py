"""wire: "Southern Cross Press Wire", a New Zealand news and press-release wire (own PHP CMS). No feed;
a topic listing with naive local times ("Sat, 12 Mar 2022, 9:05 am", Pacific/Auckland, NZDT +13:00).
Press releases carry "Press Release: <issuing body>"; news carries "Article: <reporter>"."""
from common import STATEMENTS, at, esc, attr, paras

SID = "wire"
TZ = "Pacific/Auckland"

STORIES = [
 dict(key="S31", code="WO2203/S00402", when="2022-03-19 02:00", by="Press Release: Women's Peace Network",
      slug="rohingya-women-left-without-protection-as-junta-tightens-movement-restrictions",
      title="Rohingya Women Left Without Protection as Junta Tightens Movement Restrictions",
      issuer="Women's Peace Network",
      body=["Women's Peace Network (WPN) is deeply concerned by new movement restrictions imposed on Rohingya communities in Sittwe, Pauktaw and Buthidaung Townships, which since February 2022 have prevented women from reaching clinics, markets and their families in neighbouring villages.",
            "Rohingya women who travel without the \u201cforms for travellers\u201d now demanded at checkpoints have been arrested and sentenced to prison terms under the Immigration Act. At least 36 women and girls were arrested in February alone.",
            "WPN calls on the international community to press the military to lift all restrictions on the freedom of movement of the Rohingya and to ensure that humanitarian agencies can reach women and girls in camps and villages in Rakhine State."]),
 dict(key="S29", code="WO2203/S00231", when="2022-03-15 16:12", by="Press Release: ASEAN Parliamentarians for Human Rights", print=True,
      slug="asean-mps-urge-bloc-to-engage-national-unity-government-ahead-of-envoys-visit",
      title="ASEAN MPs Urge Bloc to Engage National Unity Government Ahead of Envoy's Visit",
      issuer="ASEAN Parliamentarians for Human Rights",
      body=["We, the ASEAN Parliamentarians for Human Rights (APHR), call on ASEAN and its Special Envoy to use the visit to Myanmar planned for 20 to 23 March 2022 to open formal engagement with the National Unity Government and the ethnic resistance organisations, and not to limit the visit to meetings with the junta.",
            "\u201cA visit that only shakes the hands of the generals will be read in Naypyidaw as a reward,\u201d said APHR Chair Charles Santiago, a member of the Parliament of Malaysia. \u201cASEAN must speak to those the people of Myanmar elected.\u201d",
            "APHR also urges ASEAN member states to open their borders to refugees from Myanmar and to stop deporting people who fled the coup."]),
 dict(key="S30", code="WO2203/S00118", when="2022-03-12 09:05", by="Press Release: Karen Peace Support Network",
      slug="karen-groups-warn-of-humanitarian-catastrophe-as-displacement-soars",
      title="Karen Groups Warn of Humanitarian Catastrophe as Displacement Soars",
      issuer="Karen Peace Support Network",
      body=["The Karen Peace Support Network (KPSN), a network of more than 30 Karen civil society organisations, warns that the number of people displaced by the military's attacks in Karen State and eastern Bago Region has passed 150,000 and that food stocks in many hiding sites will run out before the rainy season.",
            "\u201cThe junta is bombing villages from the air while blocking every road that could bring rice and medicine,\u201d a KPSN spokesperson said. \u201cOnly cross-border aid delivered through local Karen organisations can reach these people.\u201d",
            "KPSN urges donors to fund local community-based organisations directly and calls on the Thai government to allow humanitarian assistance across the border and to give refuge to those fleeing the attacks."]),
 # --- not for the bulletin ---
 dict(key="D49", code="WO2203/S00431", when="2022-03-19 16:00", by="Press Release: Fortify Rights",
      slug="myanmar-stop-arbitrary-arrests-of-family-members-of-activists",
      title="Myanmar: Stop Arbitrary Arrests of Family Members of Activists",
      category="outside_window", why="released Sat, 19 Mar 2022, 4:00 pm New Zealand time (19 March 09:30 Yangon), after the window",
      body=["The Myanmar military junta should immediately stop arresting the family members of pro-democracy activists, Fortify Rights said today."]),
 dict(key="D46", code="WO2203/S00266", when="2022-03-16 02:10", by="Press Release: UN Human Rights Office",
      slug="myanmar-bachelet-urges-decisive-international-action-as-un-report-documents-systematic-violations",
      title="Myanmar: Bachelet urges decisive international action as UN report documents systematic violations",
      category="duplicate", duplicate_of="S24", why="the wire's copy of the OHCHR press release; the bulletin keeps OHCHR's own page",
      body=["GENEVA (15 March 2022) \u2013 The international community must act urgently and in a coordinated way to stop the Myanmar military's campaign of violence against civilians, UN High Commissioner for Human Rights Michelle Bachelet said on Tuesday, as her Office published a report covering the year since the coup of 1 February 2021."]),
 dict(key="D47", code="WO2203/S00190", when="2022-03-14 19:30", by="Article: Hana Whitcombe",
      slug="myanmar-community-marks-human-rights-day-with-wellington-vigil",
      title="Myanmar Community Marks Human Rights Day with Wellington Vigil",
      category="news", why="a news article by a reporter",
      body=["About 200 members of Wellington's Myanmar community gathered at Parliament on Sunday evening to mark Myanmar Human Rights Day and to remember those killed since last year's coup.",
            "Speakers called on the New Zealand Government to expand its travel ban on members of the military regime."]),
 dict(key="D45", code="WO2203/S00114", when="2022-03-12 06:10", by="Press Release: Human Rights Watch",
      slug="myanmar-military-torches-villages-in-sagaing-region",
      title="Myanmar: Military Torches Villages in Sagaing Region",
      category="outside_window", why="released Sat, 12 Mar 2022, 6:10 am New Zealand time, which is 11 March 23:40 in Yangon: before the window although the wire's date says 12 March",
      body=["Myanmar's military has burned hundreds of homes in Sagaing Region since late February, Human Rights Watch said today, releasing satellite imagery of four villages."]),
 dict(key="O1", code="WO2203/S00052", when="2022-03-08 11:00", by="Press Release: Amnesty International", category="old",
      slug="myanmar-women-leading-the-resistance-face-brutal-reprisals", title="Myanmar: Women Leading the Resistance Face Brutal Reprisals",
      body=["Women who lead the resistance to Myanmar's military face arrest, torture and sexual violence, Amnesty International said."]),
]


def path_of(s):
    return "/stories/%s/%s.htm" % (s["code"], s["slug"])


def shown(dt):
    # "Tuesday, 15 March 2022, 4:12 pm"
    h = dt.strftime("%-I:%M %p").lower()
    return "%s, %s, %s" % (dt.strftime("%A"), dt.strftime("%-d %B %Y"), h)


def page(w, s, printed=False):
    dt = at(s["when"], TZ)
    return """<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>%(title)s | Southern Cross Press Wire</title>
%(canon)s
<meta name="description" content="%(desc)s">
</head>
<body class="%(cls)s">
<div id="top"><a href="%(base)s/">Southern Cross Press Wire</a> &ndash; independent news and press releases</div>
<div id="nav"><a href="%(base)s/world/">World</a> | <a href="%(base)s/tags/myanmar/">Myanmar</a></div>
<div id="story">
<h1>%(title)s</h1>
<div class="byline"><b>%(by)s</b><br>%(shown)s</div>
<div class="story-body">
%(body)s
</div>
%(tools)s
<p class="copyright">&copy; Southern Cross Press Wire. Press releases are published as received from their issuers.</p>
</div>
</body>
</html>
""" % dict(title=esc(s["title"]), canon='<link rel="canonical" href="%s">' % w.link(SID, path_of(s)), desc=attr(s["body"][0][:150]),
           cls="print" if printed else "story", base=w.B(SID), by=esc(s["by"]), shown=shown(dt), body=paras(s["body"]),
           tools="" if printed else '<div class="tools"><a href="%s/print/%s.htm">Print</a> | <a href="%s/tags/myanmar/">More on Myanmar</a></div>' % (w.B(SID), s["code"], w.B(SID)))


def build(w):
    for s in STORIES:
        dt = at(s["when"], TZ)
        w.html(SID, path_of(s), page(w, s), dt)
        if s.get("print"):
            w.html(SID, "/print/%s.htm" % s["code"], page(w, s, printed=True), dt)
            w.item(key="D48", site=SID, path="/print/%s.htm" % s["code"], title=s["title"], lang="en", pub=dt,
                   category="robots_disallowed", duplicate_of=s["key"], why="the print copy under /print/, which robots.txt disallows")
        if s.get("category") == "old":
            continue
        if s["key"].startswith("S"):
            w.item(key=s["key"], site=SID, path=path_of(s), title=s["title"], lang="en", pub=dt, gold=True,
                   section=STATEMENTS, issuer=s["issuer"])
        else:
            w.item(key=s["key"], site=SID, path=path_of(s), title=s["title"], lang="en", pub=dt,
                   category=s["category"], why=s["why"], duplicate_of=s.get("duplicate_of"))
    sel = sorted(STORIES, key=lambda s: s["when"], reverse=True)
    pages = [sel[:6], sel[6:]]
    for n, chunk in enumerate(pages, 1):
        rows = ""
        for s in chunk:
            dt = at(s["when"], TZ)
            rows += """<div class="story-item">
<h3><a href="%s">%s</a></h3>
<span class="byline">%s</span> <span class="date">%s</span>
<p class="teaser">%s&hellip;</p>
</div>
""" % (w.link(SID, path_of(s)), esc(s["title"]), esc(s["by"]),
       dt.strftime("%a, %-d %b %Y, ") + dt.strftime("%-I:%M %p").lower(), esc(s["body"][0][:140].rsplit(" ", 1)[0]))
        nxt = '<a class="next" href="%s/tags/myanmar/?page=2">Older stories &raquo;</a>' % w.B(SID) if n == 1 else \
              '<a class="prev" href="%s/tags/myanmar/">&laquo; Newer stories</a>' % w.B(SID)
        doc = """<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><title>Myanmar | Southern Cross Press Wire</title></head>
<body><div id="top"><a href="%s/">Southern Cross Press Wire</a></div>
<h2>Stories tagged: Myanmar</h2>
<div class="story-list">
%s</div>
<div class="pager">%s</div>
</body></html>
""" % (w.B(SID), rows, nxt)
        path = "/tags/myanmar/" if n == 1 else "/tags/myanmar/?page=2"
        w.add(SID, path, doc, "text/html; charset=utf-8", at(chunk[0]["when"], TZ), fname="tags/myanmar/index%s.html" % ("" if n == 1 else "-2"))
    w.html(SID, "/", """<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>Southern Cross Press Wire</title></head>
<body><h1>Southern Cross Press Wire</h1><p><a href="%s/tags/myanmar/">Myanmar</a></p></body></html>
""" % w.B(SID), at(sel[0]["when"], TZ))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /print/\nDisallow: /search/\nDisallow: /cgi-bin/\n", "text/plain", at("2018-07-01 10:00", TZ))
