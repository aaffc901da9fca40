"""mofa: the NUG Ministry of Foreign Affairs, a Hugo site with a JSON Feed that carries no dates."""
import json
from common import STATEMENTS, at, esc, attr, paras

SID = "mofa"
LH = "National Unity Government of the Republic of the Union of Myanmar"

PAGES = [
 dict(key="S6", lang="en", when="2022-03-17 14:00", section_tag="Press Releases",
      path="/press/2022/03/press-release-3-2022/",
      title="Press Release (3/2022) on the Planned Visit of the ASEAN Special Envoy",
      issuer="National Unity Government (Ministry of Foreign Affairs)",
      letter=[LH, "Ministry of Foreign Affairs"], dateline="Date: 17 March 2022",
      body=["The Ministry of Foreign Affairs of the National Unity Government has learned that the Special Envoy of the ASEAN Chair on Myanmar, H.E. Prak Sokhonn, plans to visit Myanmar from 20 to 23 March 2022.",
            "The Ministry reiterates that any engagement under the ASEAN Five-Point Consensus must include all stakeholders. A visit that meets only the military council, which has not implemented a single point of the consensus in eleven months, would lend it a legitimacy it does not have and would undermine ASEAN's own decisions.",
            "The Ministry requests the Special Envoy to meet the National Unity Government, the Committee Representing Pyidaungsu Hluttaw, ethnic resistance organisations and civil society; to seek access to State Counsellor Daw Aung San Suu Kyi and President U Win Myint; and to insist on an immediate end to airstrikes and attacks on civilians as the first step of any dialogue.",
            "The Ministry stands ready to work with ASEAN and its Special Envoy for a peaceful resolution that reflects the will of the people of Myanmar."],
      sign=["Ministry of Foreign Affairs", "National Unity Government"]),
 dict(key="S8", lang="en", when="2022-03-14 09:00", section_tag="Government Statements",
      path="/press/2022/03/statement-hlaing-tharyar-anniversary/", old_path="/news/statement-hlaing-tharyar-anniversary/",
      title="Statement of the National Unity Government on the First Anniversary of the Hlaing Tharyar Massacre",
      issuer="National Unity Government",
      letter=[LH, None], dateline="Date: 14 March 2022",
      body=["One year ago today, on 14 March 2021, soldiers and police opened fire on residents and factory workers in Hlaing Tharyar Township, Yangon, killing at least 65 people in a single day. The military council then placed the township under martial law and has never allowed an independent investigation.",
            "The National Unity Government remembers the victims and stands with their families, many of whom were forced to leave their homes and their work after the killings.",
            "The National Unity Government recalls its declaration of August 2021 accepting the jurisdiction of the International Criminal Court over crimes committed in Myanmar since 1 July 2002, and calls on the Court and on the Independent Investigative Mechanism for Myanmar to give priority to the killings of peaceful protesters in March 2021.",
            "Those who gave and carried out the orders to shoot in Hlaing Tharyar will be held accountable."],
      sign=["National Unity Government"], posted_by="Posted by the Press Office, Ministry of Foreign Affairs"),
 dict(key="D7", lang="en", when="2022-03-09 16:00", section_tag="Press Releases",
      path="/press/2022/03/press-release-2-2022/",
      title="Press Release (2/2022) on the Military Council's Participation in ASEAN Meetings",
      category="outside_window", why="published 9 March 2022, before the window",
      letter=[LH, "Ministry of Foreign Affairs"], dateline="Date: 9 March 2022",
      body=["The Ministry of Foreign Affairs welcomes the decision of several ASEAN Member States not to accept a political representative of the military council at the ASEAN Foreign Ministers' Retreat.",
            "The Ministry calls on ASEAN to maintain this position at every ASEAN meeting."],
      sign=["Ministry of Foreign Affairs", "National Unity Government"]),
 dict(key="D9", lang="en", when="2022-03-15 18:30", section_tag="News",
      path="/news/2022/03/minister-meets-members-of-the-european-parliament/",
      title="Minister Zin Mar Aung Meets Members of the European Parliament",
      category="news", why="a news story about a meeting, not a statement",
      letter=None, dateline="15 March 2022",
      body=["Union Minister for Foreign Affairs Daw Zin Mar Aung held an online meeting on 15 March 2022 with members of the European Parliament's Subcommittee on Human Rights.",
            "The Minister briefed the members on the humanitarian situation and on the National Unity Government's request for targeted sanctions on the Myanma Oil and Gas Enterprise. The members asked about the protection of displaced people in Sagaing Region."],
      sign=None),
 dict(key="D8", lang="en", when="2022-03-16 10:00", section_tag="Media Advisories",
      path="/news/2022/03/media-advisory-foreign-minister-at-human-rights-council-side-event/",
      title="Media Advisory: Foreign Minister to Speak at Human Rights Council Side Event",
      category="event", why="a media advisory announcing an event",
      letter=None, dateline="16 March 2022",
      body=["Union Minister for Foreign Affairs Daw Zin Mar Aung will speak at an online side event of the 49th session of the Human Rights Council, \u201cAccountability for Myanmar: one year on\u201d, on Friday, 18 March 2022, at 14:00 Geneva time.",
            "The event will be streamed live. Media wishing to interview the Minister afterwards should contact the Press Office."],
      sign=None),
 dict(key="D10", lang="my", when="2022-03-20 11:00", section_tag="သတင်းထုတ်ပြန်ချက်များ",
      path="/my/press/2022/03/press-release-3-2022/",
      title="အာဆီယံ အထူးကိုယ်စားလှယ်၏ ခရီးစဉ်နှင့် ပတ်သက်သည့် သတင်းထုတ်ပြန်ချက် (၃/၂၀၂၂)",
      category="outside_window", why="the Burmese version of Press Release (3/2022), posted 20 March 2022, after the window",
      pair_of="S6",
      letter=["ပြည်ထောင်စုသမ္မတမြန်မာနိုင်ငံ အမျိုးသားညီညွတ်ရေးအစိုးရ", "နိုင်ငံခြားရေးဝန်ကြီးဌာန"], dateline="ရက်စွဲ - ၂၀၂၂ ခုနှစ်၊ မတ်လ ၁၇ ရက်",
      body=["အာဆီယံဥက္ကဋ္ဌ၏ မြန်မာနိုင်ငံဆိုင်ရာ အထူးကိုယ်စားလှယ် H.E. Prak Sokhonn သည် ၂၀၂၂ ခုနှစ် မတ်လ ၂၀ ရက်မှ ၂၃ ရက်အထိ မြန်မာနိုင်ငံသို့ လာရောက်ရန် စီစဉ်ထားကြောင်း နိုင်ငံခြားရေးဝန်ကြီးဌာနက သိရှိရပါသည်။",
            "အာဆီယံ၏ သဘောတူညီချက် ငါးချက်အရ ဆောင်ရွက်မှုမှန်သမျှတွင် သက်ဆိုင်သူ အားလုံး ပါဝင်ရမည် ဖြစ်ကြောင်း ဝန်ကြီးဌာနက ထပ်လောင်းပြောကြားအပ်ပါသည်။"],
      sign=["နိုင်ငံခြားရေးဝန်ကြီးဌာန", "အမျိုးသားညီညွတ်ရေးအစိုးရ"]),
 dict(key="O1", lang="en", when="2022-02-24 12:00", section_tag="Press Releases", category="old",
      path="/press/2022/02/press-release-1-2022/",
      title="Press Release (1/2022) on the Human Rights Council's 49th Session",
      letter=[LH, "Ministry of Foreign Affairs"], dateline="Date: 24 February 2022",
      body=["The Ministry of Foreign Affairs welcomes the opening of the 49th session of the Human Rights Council."],
      sign=["Ministry of Foreign Affairs", "National Unity Government"]),
]


def article(w, p):
    dt = at(p["when"])
    lh = ""
    if p.get("letter"):
        lh = '<div class="letterhead"><img src="%s/images/nug-emblem.png" alt="" width="72"><p>%s</p>%s</div>' % (
            w.B(SID), esc(p["letter"][0]), "<p class=\"ministry\">%s</p>" % esc(p["letter"][1]) if p["letter"][1] else "")
    sign = ""
    if p.get("sign"):
        sign = '<div class="signature">%s</div>' % "".join("<p>%s</p>" % esc(s) for s in p["sign"])
    posted = '<p class="posted-by">%s</p>' % esc(p["posted_by"]) if p.get("posted_by") else ""
    lang = p["lang"]
    home = "Home" if lang == "en" else "ပင်မစာမျက်နှာ"
    crumb_section = p["section_tag"]
    return """<!doctype html>
<html lang="%(lang)s">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.92.2">
<title>%(title)s | Ministry of Foreign Affairs – NUG</title>
<meta name="description" content="%(desc)s">
<link rel="canonical" href="%(canon)s">
<link rel="alternate" type="application/feed+json" title="Ministry of Foreign Affairs" href="%(base)s/feed.json">
<meta property="og:title" content="%(atitle)s">
<meta property="og:type" content="article">
<meta property="og:url" content="%(canon)s">
<meta property="article:published_time" content="%(iso)s">
<meta property="article:section" content="%(asec)s">
<link rel="stylesheet" href="%(base)s/css/main.min.3c9f1e.css">
</head>
<body class="single">
<header class="site-header"><a class="brand" href="%(base)s/">Ministry of Foreign Affairs<span>National Unity Government of Myanmar</span></a>
<nav><a href="%(base)s/press/">Press</a> <a href="%(base)s/news/">News</a> <a href="%(base)s/about/">About</a> <a href="%(base)s/my/">မြန်မာ</a></nav></header>
<main class="container">
<ol class="breadcrumb"><li><a href="%(base)s/">%(home)s</a></li><li><a href="%(base)s/press/">%(crumb)s</a></li></ol>
<article class="post">
%(lh)s
<h1 class="post-title">%(title)s</h1>
<p class="post-date">%(dateline)s</p>
<div class="post-content">
%(body)s
%(sign)s
</div>
%(posted)s
</article>
</main>
<footer class="site-footer"><p>&copy; 2022 Ministry of Foreign Affairs, National Unity Government of the Republic of the Union of Myanmar</p></footer>
</body>
</html>
""" % dict(lang=lang, title=esc(p["title"]), atitle=attr(p["title"]), desc=attr(p["body"][0][:150]),
           canon=w.link(SID, p["path"]), base=w.B(SID), iso=dt.isoformat(), asec=attr(p["section_tag"]),
           home=home, crumb=esc(crumb_section), lh=lh, dateline=esc(p["dateline"]) if p.get("dateline") else "",
           body=paras(p["body"]), sign=sign, posted=posted)


def build(w):
    for p in PAGES:
        dt = at(p["when"])
        w.html(SID, p["path"], article(w, p), dt)
        if p.get("category") == "old":
            continue
        if p["key"].startswith("S"):
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang=p["lang"], pub=dt, gold=True,
                   section=STATEMENTS, issuer=p["issuer"])
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang=p["lang"], pub=dt,
                   category=p["category"], why=p["why"], pair_of=p.get("pair_of"))
    # JSON Feed 1.1: no dates at all (the generator's template leaves them out)
    items = []
    for p in sorted(PAGES, key=lambda p: p["when"], reverse=True):
        url = w.link(SID, p.get("old_path") or p["path"])
        it = {"id": w.link(SID, p["path"]), "url": url, "title": p["title"],
              "summary": p["body"][0][:180].rsplit(" ", 1)[0] + "…",
              "content_html": paras(p["body"]), "tags": [p["section_tag"]]}
        if p["lang"] != "en":
            it["language"] = p["lang"]
        items.append(it)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Ministry of Foreign Affairs – National Unity Government",
            "home_page_url": w.B(SID) + "/", "feed_url": w.B(SID) + "/feed.json", "language": "en",
            "authors": [{"name": "Ministry of Foreign Affairs"}], "items": items}
    w.add(SID, "/feed.json", json.dumps(feed, ensure_ascii=False, indent=2), "application/feed+json; charset=utf-8", at("2022-03-20 11:00"))
    # listing of press releases, Hugo list template
    for lpath, sec, lang in (("/press/", ("Press Releases", "Government Statements"), "en"),
                             ("/news/", ("News", "Media Advisories"), "en"),
                             ("/my/press/", ("သတင်းထုတ်ပြန်ချက်များ",), "my")):
        sel = sorted([p for p in PAGES if p["section_tag"] in sec and p["lang"] == lang], key=lambda p: p["when"], reverse=True)
        lis = ""
        for p in sel:
            dt = at(p["when"])
            lis += '<li class="post-item"><a class="post-link" href="%s">%s</a> <time datetime="%s">%s</time></li>\n' % (
                w.link(SID, p["path"]), esc(p["title"]), dt.strftime("%Y-%m-%d"), dt.strftime("%b %-d, %Y"))
        doc = """<!doctype html>
<html lang="%s"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.92.2"><title>%s | Ministry of Foreign Affairs – NUG</title>
<link rel="alternate" type="application/feed+json" title="Ministry of Foreign Affairs" href="%s/feed.json"></head>
<body class="list"><header class="site-header"><a class="brand" href="%s/">Ministry of Foreign Affairs</a></header>
<main class="container"><h1>%s</h1>
<ul class="post-list">
%s</ul></main></body></html>
""" % (lang, esc(sec[0]), w.B(SID), w.B(SID), esc(sec[0]), lis)
        w.html(SID, lpath, doc, at(sel[0]["when"]))
    w.html(SID, "/", """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministry of Foreign Affairs – NUG</title>
<link rel="alternate" type="application/feed+json" title="Ministry of Foreign Affairs" href="%s/feed.json"></head>
<body><h1>Ministry of Foreign Affairs</h1><p>National Unity Government of the Republic of the Union of Myanmar</p>
<p><a href="%s/press/">Press releases and statements</a> &middot; <a href="%s/news/">News</a></p></body></html>
""" % (w.B(SID), w.B(SID), w.B(SID)), at("2022-03-20 11:00"))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /drafts/\n", "text/plain; charset=utf-8", at("2021-09-01 10:00"))
    w.routes[SID]["slash_redirect"] = True
