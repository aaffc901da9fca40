"""library: an online document library (Drupal 7) with labelled catalogue fields. Its "new additions"
listing was redesigned (cards instead of a table) after the selectors in sites.json were written."""
from common import STATEMENTS, REPORTS, at, esc, attr, tiny_pdf

SID = "library"

DOCS = [
 dict(key="R1", nid=40112, slug="khrg-mutraw-incident-report-ler-mu-plaw-february-2022", section=REPORTS, lang="en",
      title="Mutraw District Incident Report: Airstrikes on Ler Mu Plaw Village Tract, February 2022",
      dop="2022-03-14", entry="2022-03-15", publisher="Karen Human Rights Group (KHRG)",
      issuer="Karen Human Rights Group", crumb="Karen Human Rights Group (KHRG)",
      desc="This Incident Report describes two airstrikes by the Burma/Myanmar military on Ler Mu Plaw village tract, Lu Thaw Township, Mutraw District, on 9 and 17 February 2022. One villager was killed and three were injured; a school, a rice store and eleven houses were destroyed. Villagers fled to hiding sites and report shortages of food and medicine.",
      subject="Karen State--Human rights; Airstrikes; Internally displaced persons", language="English",
      fmt="pdf", size="1.38 MB", pdf="/sites/default/files/docs2022/KHRG-Incident-Report-Ler-Mu-Plaw-Feb2022.pdf",
      cat="Human rights reports -- Karen State"),
 dict(key="S16", nid=40131, slug="knpp-statement-on-junta-airstrikes-in-demoso-township", section=STATEMENTS, lang="en",
      title="KNPP Statement on Junta Airstrikes in Demoso Township",
      dop="2022-03-16", entry="2022-03-17", publisher="Karenni National Progressive Party (KNPP)",
      issuer="Karenni National Progressive Party", crumb="Karenni National Progressive Party (KNPP)",
      desc="Statement of the Karenni National Progressive Party condemning the airstrikes of 15 and 16 March 2022 on villages and displacement sites in Demoso Township, Karenni State, in which three civilians were killed, and calling on the international community to stop the supply of aviation fuel to the military council.",
      subject="Karenni State--Armed conflict; Airstrikes; Statements", language="English",
      fmt="pdf", size="212 KB", pdf="/sites/default/files/docs2022/KNPP-statement-2022-03-16.pdf",
      cat="Statements by ethnic organisations"),
 dict(key="R2", nid=40138, slug="magway-region-human-rights-monthly-report-february-2022", section=REPORTS, lang="my",
      title="မကွေးတိုင်းဒေသကြီး လူ့အခွင့်အရေး ချိုးဖောက်မှုများဆိုင်ရာ လစဉ်အစီရင်ခံစာ (၂၀၂၂ ဖေဖော်ဝါရီ)",
      dop="2022-03-17", entry="2022-03-18", publisher="မကွေးတိုင်း လူ့အခွင့်အရေး စောင့်ကြည့်ရေးအဖွဲ့",
      issuer="Magway Region Human Rights Monitoring Group", crumb="မကွေးတိုင်း လူ့အခွင့်အရေး စောင့်ကြည့်ရေးအဖွဲ့",
      desc="၂၀၂၂ ခုနှစ် ဖေဖော်ဝါရီလအတွင်း မကွေးတိုင်းဒေသကြီး ဂန့်ဂေါ၊ ထီးလင်း၊ ဆောနှင့် ပေါက်မြို့နယ်များတွင် ဖြစ်ပွားခဲ့သော ကျေးရွာမီးရှို့မှု၊ ဖမ်းဆီးမှုနှင့် သတ်ဖြတ်မှု ဖြစ်ရပ်များကို စုစည်းထားသော လစဉ်အစီရင်ခံစာ။",
      subject="Magway Region--Human rights; Arson; Arbitrary arrest", language="Burmese/ မြန်မာဘာသာ",
      fmt="pdf", size="2.9 MB", pdf="/sites/default/files/docs2022/Magway-HR-monthly-2022-02-bu.pdf",
      cat="Human rights reports -- Magway Region"),
 dict(key="D19", nid=40129, slug="aapp-daily-briefing-in-relation-to-the-military-coup-16-march-2022", lang="en",
      title="Daily Briefing in Relation to the Military Coup (16 March 2022)",
      dop="2022-03-16", entry="2022-03-16", publisher="Assistance Association for Political Prisoners (Burma)",
      crumb="Assistance Association for Political Prisoners (Burma)",
      desc="As of 16 March 2022, a total of 12,103 people are under detention and 1,630 people have been killed by the junta. Daily briefing with the list of people arrested and killed.",
      subject="Political prisoners--Burma; Coup 2021", language="English", fmt="pdf", size="640 KB",
      pdf="/sites/default/files/docs2022/AAPP-Daily-Briefing-2022-03-16.pdf", cat="Political prisoners",
      category="briefing", why="a daily briefing"),
 dict(key="D20", nid=40117, slug="persecution-of-muslims-in-the-central-dry-zone-since-the-coup", lang="en",
      title="Persecution of Muslims in Myanmar's Central Dry Zone since the Coup",
      dop="2022-03-01", entry="2022-03-15", publisher="Burma Human Rights Network (BHRN)",
      crumb="Burma Human Rights Network (BHRN)",
      desc="Report on arrests, extortion and the destruction of mosques in Magway, Mandalay and Sagaing Regions between February 2021 and January 2022.",
      subject="Muslims--Burma; Religious freedom", language="English", fmt="pdf", size="3.1 MB",
      pdf="/sites/default/files/docs2022/BHRN-Central-Dry-Zone-2022.pdf", cat="Human rights reports -- Religious minorities",
      category="outside_window", why="Date of Publication 2022-03-01, before the window; only its catalogue entry (2022-03-15) falls in the week"),
 dict(key="D21", nid=40121, slug="junta-steps-up-arrests-in-mandalay-ahead-of-armed-forces-day", lang="en",
      title="Junta steps up arrests in Mandalay ahead of Armed Forces Day",
      dop="2022-03-15", entry="2022-03-15", publisher="Myanmar Now",
      crumb="Myanmar Now",
      desc="News article: security forces detained at least 30 young people in Mandalay in the week to 15 March 2022.",
      subject="Arbitrary arrest--Mandalay; News", language="English", fmt="html", size="",
      pdf=None, cat="News articles", category="news", why="a news article kept by the library"),
 dict(key="D22", nid=40124, slug="ohchr-press-release-15-march-2022-myanmar-report", lang="en",
      title="Myanmar: Bachelet urges decisive international action as UN report documents systematic violations",
      dop="2022-03-15", entry="2022-03-16", publisher="Office of the High Commissioner for Human Rights (OHCHR)",
      crumb="Office of the High Commissioner for Human Rights (OHCHR)",
      desc="Press release on the report of the High Commissioner on the situation of human rights in Myanmar since 1 February 2021 (A/HRC/49/72).",
      subject="United Nations--Human rights; Press releases", language="English", fmt="html", size="",
      pdf=None, cat="UN documents", category="duplicate", duplicate_of="S24",
      why="the library's catalogue copy of the OHCHR press release; the bulletin keeps OHCHR's own page"),
 dict(key="D23", nid=40144, slug="statement-on-the-arrest-of-karenni-women-in-loikaw", lang="en",
      title="Statement on the Arrest of Karenni Women in Loikaw",
      dop="2022-03-19", entry="2022-03-20", publisher="Karenni National Women's Organization (KNWO)",
      crumb="Karenni National Women's Organization (KNWO)",
      desc="Statement condemning the arrest of seven Karenni women in Loikaw on 17 March 2022.",
      subject="Karenni State--Women; Arbitrary arrest", language="English", fmt="pdf", size="180 KB",
      pdf="/sites/default/files/docs2022/KNWO-statement-2022-03-19.pdf", cat="Statements by ethnic organisations",
      category="outside_window", why="Date of Publication 2022-03-19, after the window"),
 dict(key="O1", nid=40067, slug="karenni-human-rights-situation-january-2022", lang="en", category="old",
      title="Human Rights Situation in Karenni State, January 2022", dop="2022-02-10", entry="2022-02-12",
      publisher="Karenni Human Rights Group (KnHRG)", crumb="Karenni Human Rights Group (KnHRG)",
      desc="Monthly report for January 2022.", subject="Karenni State--Human rights", language="English",
      fmt="pdf", size="1.1 MB", pdf=None, cat="Human rights reports -- Karenni State"),
 dict(key="O2", nid=40089, slug="chro-rights-monitor-february-2022", lang="en", category="old",
      title="Rights Monitor: February 2022", dop="2022-03-04", entry="2022-03-07",
      publisher="Chin Human Rights Organization (CHRO)", crumb="Chin Human Rights Organization (CHRO)",
      desc="Monthly monitoring of human rights violations in Chin State and Sagaing Region.", subject="Chin State--Human rights",
      language="English", fmt="pdf", size="950 KB", pdf=None, cat="Human rights reports -- Chin State"),
]


def path_of(d):
    return "/docs/" + d["slug"]


def page(w, d):
    rows = [("Title:", esc(d["title"])), ("Date of Publication:", d["dop"]), ("Date of entry/update:", d["entry"]),
            ("Source/publisher:", esc(d["publisher"])), ("Description/subject:", esc(d["desc"])),
            ("Category:", esc(d["cat"])), ("Language:", esc(d["language"])), ("Subject:", esc(d["subject"]))]
    if d.get("fmt"):
        rows.append(("Format:", d["fmt"] + (" (%s)" % d["size"] if d["size"] else "")))
    if d.get("pdf"):
        rows.append(("Local URL:", '<a href="%s%s">%s%s</a>' % (w.B(SID), d["pdf"], w.B(SID), d["pdf"])))
    trs = "\n".join('<tr><th class="field-label">%s</th><td class="field-item">%s</td></tr>' % r for r in rows)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="%(canon)s" />
<link rel="shortlink" href="%(base)s/node/%(nid)d" />
<title>%(title)s | Burma/Myanmar Document Library</title>
</head>
<body class="html not-front page-node page-node-%(nid)d node-type-document">
<div id="header"><a href="%(base)s/" id="logo">Burma/Myanmar Document Library</a>
<p class="slogan">An online archive of documents on human rights, politics and society in Burma/Myanmar</p></div>
<div class="breadcrumb"><a href="%(base)s/">Home</a> &raquo; <a href="%(base)s/publishers">Publishers</a> &raquo; <a href="%(base)s/publishers/%(nid)d">%(crumb)s</a></div>
<div id="main">
<h1 class="title" id="page-title">%(title)s</h1>
<div class="node node-document">
<table class="document-fields">
%(trs)s
</table>
</div>
</div>
<div id="footer">The library catalogues documents published by others; copyright remains with the publishers.</div>
</body>
</html>
""" % dict(canon=w.link(SID, path_of(d)), base=w.B(SID), nid=d["nid"], title=esc(d["title"]), crumb=esc(d["crumb"]), trs=trs)


def build(w):
    for d in DOCS:
        dop = at(d["dop"] + " 00:00", "Asia/Bangkok")
        entry = at(d["entry"] + " 09:00", "Asia/Bangkok")
        w.html(SID, path_of(d), page(w, d), entry)
        if d.get("pdf"):
            w.add(SID, d["pdf"], tiny_pdf(d["publisher"].encode("ascii", "replace").decode() if d["lang"] == "en" else "Magway Region",
                                          [d["title"].encode("ascii", "replace").decode()[:80] if d["lang"] == "en" else "Monthly report February 2022"]),
                  "application/pdf", entry)
        if d.get("category") == "old":
            continue
        pub = at(d["dop"] + " 00:00")  # a date only; read in the bulletin's zone
        if d["key"][0] in "SR":
            w.item(key=d["key"], site=SID, path=path_of(d), title=d["title"], lang=d["lang"], pub=pub, gold=True,
                   section=d["section"], issuer=d["issuer"])
        else:
            w.item(key=d["key"], site=SID, path=path_of(d), title=d["title"], lang=d["lang"], pub=pub,
                   category=d["category"], why=d["why"], duplicate_of=d.get("duplicate_of"))

    # the redesigned listing: cards (the table the old selectors expect is gone)
    sel = sorted(DOCS, key=lambda d: (d["entry"], d["nid"]), reverse=True)
    pages = [sel[i:i + 6] for i in range(0, len(sel), 6)]
    for n, chunk in enumerate(pages):
        cards = ""
        for d in chunk:
            cards += """<div class="views-row">
 <div class="doc-card">
  <h3 class="doc-card__title"><a href="%s%s">%s</a></h3>
  <div class="doc-card__publisher">%s</div>
  <div class="doc-card__meta"><span class="label">Entered:</span> %s</div>
 </div>
</div>
""" % (w.B(SID), path_of(d), esc(d["title"]), esc(d["publisher"]), d["entry"])
        pager = '<ul class="pager">'
        if n > 0:
            pager += '<li class="pager-previous"><a href="%s/new-additions%s">&lsaquo; previous</a></li>' % (w.B(SID), "" if n == 1 else "?page=%d" % (n - 1))
        if n + 1 < len(pages):
            pager += '<li class="pager-next"><a href="%s/new-additions?page=%d">next &rsaquo;</a></li>' % (w.B(SID), n + 1)
        pager += "</ul>"
        doc = """<!DOCTYPE html>
<html xml:lang="en" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" /><title>New additions | Burma/Myanmar Document Library</title></head>
<body class="page-new-additions"><div id="header"><a href="%s/" id="logo">Burma/Myanmar Document Library</a></div>
<h1 class="title">New additions</h1>
<div class="view view-new-additions view-id-new_additions">
<div class="view-content">
%s</div>
%s
</div></body></html>
""" % (w.B(SID), cards, pager)
        path = "/new-additions" if n == 0 else "/new-additions?page=%d" % n
        w.add(SID, path, doc, "text/html; charset=utf-8", at(chunk[0]["entry"] + " 09:00", "Asia/Bangkok"),
              fname="new-additions%s.html" % ("" if n == 0 else "-page-%d" % n))
    sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    for d in sel:
        sm += "  <url><loc>%s%s</loc><lastmod>%s</lastmod><changefreq>monthly</changefreq></url>\n" % (w.B(SID), path_of(d), d["entry"])
    sm += "</urlset>\n"
    w.add(SID, "/sitemap.xml", sm, "application/xml; charset=utf-8", at("2022-03-20 09:00", "Asia/Bangkok"))
    w.html(SID, "/", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>Burma/Myanmar Document Library</title></head>
<body><h1>Burma/Myanmar Document Library</h1><p><a href="%s/new-additions">New additions</a></p></body></html>
""" % w.B(SID), at("2022-03-20 09:00", "Asia/Bangkok"))
    w.add(SID, "/robots.txt", "User-agent: *\nCrawl-delay: 1\nDisallow: /admin/\nDisallow: /user/\nDisallow: /search/\nDisallow: /?q=search\n\nSitemap: %s/sitemap.xml\n" % w.B(SID),
          "text/plain", at("2019-11-01 10:00"))
