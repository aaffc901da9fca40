"""pv: a bilingual Hugo site (English at /, Burmese at /my/) with hreflang pairs; it also reposts others' statements."""
from common import *

SID = "pv"
B = "{{BASE:pv}}"
BS = "{{BASES:pv}}"
BKK = "Asia/Bangkok"
ORG = "Progressive Voice"
SECTIONS = {"statements": ("Statements & Press Releases", "ထုတ်ပြန်ချက်များ"), "reports": ("Reports", "အစီရင်ခံစာများ"),
            "weekly-highlights": ("Weekly Highlights", "အပတ်စဉ်"), "news": ("News", "သတင်း"), "events": ("Events", "အစီအစဉ်များ"),
            "opinion": ("Opinion", "အမြင်")}


def page(p, alt=None):
    lang = p["lang"]
    sec_en, sec_my = SECTIONS[p["section_dir"]]
    sec = sec_my if lang == "my" else sec_en
    prefix = "/my" if lang == "my" else ""
    hreflang = '<link rel="alternate" hreflang="%s" href="%s%s">\n' % (lang, B, p["path"])
    switch = ""
    if alt:
        hreflang += '<link rel="alternate" hreflang="%s" href="%s%s">\n' % (alt["lang"], B, alt["path"])
        switch = '<a class="lang-switch" href="%s%s" hreflang="%s">%s</a>' % (B, alt["path"], alt["lang"], "English" if alt["lang"] == "en" else "မြန်မာ")
    date_txt = long_en(p["dt"]) if lang == "en" else my_date(p["dt"], "mdy")
    author_lbl = "Author:" if lang == "en" else "စာရေးသူ -"
    read = "%d minute read" % p.get("read", 4) if lang == "en" else "%s မိနစ်" % my_num(p.get("read", 4))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])} | {ORG}</title>
<meta name="description" content="{e(p['summary'])}">
<link rel="canonical" href="{B}{p['path']}">
{hreflang}<meta property="og:title" content="{e(p['title'])}">
<meta property="og:url" content="{BS}{p['path']}">
<meta property="og:type" content="article">
<meta property="og:locale" content="{'my_MM' if lang == 'my' else 'en_US'}">
<meta property="article:published_time" content="{p['dt'].isoformat()}">
<meta property="article:section" content="{sec_en}">
<meta name="generator" content="Hugo 0.136.5">
<link rel="alternate" type="application/rss+xml" href="{B}{prefix}/index.xml" title="{ORG}">
<link rel="stylesheet" href="{B}/css/main.min.8a1f3c.css">
</head>
<body class="single {p['section_dir']}">
<header class="site-header"><a class="site-logo" href="{B}{prefix}/"><img src="{B}/images/pv-logo.png" alt="{ORG}"></a>
<nav class="main-nav"><a href="{B}{prefix}/statements/">{SECTIONS['statements'][1 if lang == 'my' else 0]}</a> <a href="{B}{prefix}/reports/">{SECTIONS['reports'][1 if lang == 'my' else 0]}</a> <a href="{B}{prefix}/weekly-highlights/">{SECTIONS['weekly-highlights'][1 if lang == 'my' else 0]}</a> {switch}</nav></header>
<main class="content">
<article class="post">
<header class="post-header">
 <p class="post-category"><a href="{B}{prefix}/{p['section_dir']}/">{sec}</a></p>
 <h1 class="post-title">{e(p['title'])}</h1>
 <div class="post-meta"><span class="post-date">{date_txt}</span> &bull; <span class="post-author">{author_lbl} {e(p['author'])}</span> &bull; <span class="reading-time">{read}</span></div>
</header>
<div class="post-content">
{p['body']}
</div>
</article>
</main>
<footer class="site-footer"><p>{ORG} is a participatory rights-based policy research and advocacy organization.</p><p>&copy; 2024 {ORG}</p></footer>
</body>
</html>
"""


def build(w):
    port = 18310
    w.site({
        "id": SID, "name": ORG, "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "Hugo 0.136 static site, multilingual (English at /, Burmese at /my/), served by a static host",
        "languages": ["en", "my"], "timezone": BKK, "owner": ORG, "publishes_for_others": True,
        "feeds": [{"url": "/index.xml", "type": "RSS 2.0", "notes": "Hugo's English home feed: every section (statements, reports, weekly highlights, news reposts, events, opinion); pubDate with +0700"},
                  {"url": "/my/index.xml", "type": "RSS 2.0", "notes": "the Burmese home feed"}],
        "wp_rest": None, "sitemaps": ["/sitemap.xml"],
        "listings": [{"url": "/statements/", "pagination": "/statements/page/2/", "order": "newest first"},
                     {"url": "/reports/", "pagination": "/reports/page/2/", "order": "newest first"},
                     {"url": "/my/statements/", "pagination": "/my/statements/page/2/", "order": "newest first"}],
        "listing_markup": "article.post-summary; h2 > a; time[datetime] with +07:00",
        "xpath": {"item": "//article[@class='post-summary']", "link": "./h2/a/@href", "title": "./h2/a", "date": "./time/@datetime", "next": "//a[@rel='next']/@href"},
        "detail_markup": "h1.post-title; \"Author: …\" in the post meta (\"စာရေးသူ - …\" on Burmese pages) names the statement's issuer on reposts — and the outlet on reposted news; the section in p.post-category; <link rel=alternate hreflang=en|my> pairs a statement with its translation; og:url is the https form of the canonical",
        "slash_redirect": True,
        "robots": "allow all; Sitemap",
        "notes": "Translations are published a day or more after the English original. Reposts keep the original issuer in the Author field.",
    })
    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    posts = [
        dict(id="G28", lang="en", section_dir="statements", slug="kunming-summit-china-must-stop-legitimising-the-junta",
             title="Kunming Summit: China Must Stop Legitimising the Junta", local="2024-11-05 10:30", author=ORG,
             cat="statement", issuer=ORG, summary="China is giving the junta leader the stage he craves.",
             body=P("As the Greater Mekong Subregion summit opens in Kunming, China is giving the leader of a military that bombs its own people the stage he craves.",
                    "Since the junta's failed coup attempt, the people of Myanmar have made clear that they reject military rule. Hosting its leader lends false legitimacy to an illegal regime that controls less and less of the country.",
                    "Progressive Voice calls on China and the other governments of the subregion to stop legitimising the junta, to stop the flow of arms and aviation fuel, and to engage instead with the National Unity Government, ethnic resistance organizations and civil society.")),
        dict(id="G29", lang="my", section_dir="statements", slug="kunming-summit-china-must-stop-legitimising-the-junta",
             title="ကူမင်းထိပ်သီးအစည်းအဝေး – စစ်အုပ်စုကို တရားဝင်မှုပေးခြင်းအား တရုတ်နိုင်ငံ ရပ်တန့်ရမည်", local="2024-11-06 15:30", author=ORG,
             cat="statement", issuer=ORG, pair="G28", summary="တရုတ်နိုင်ငံသည် စစ်ခေါင်းဆောင်ကို စင်မြင့်ပေးနေသည်။",
             body=P("ကူမင်းမြို့တွင် မဲခေါင်ဒေသခွဲ ထိပ်သီးအစည်းအဝေး စတင်ချိန်၌ တရုတ်နိုင်ငံသည် မိမိပြည်သူများကို ဗုံးကြဲနေသော စစ်တပ်၏ ခေါင်းဆောင်အား သူလိုချင်သော စင်မြင့်ကို ပေးနေပါသည်။",
                    "Progressive Voice အနေဖြင့် တရုတ်နိုင်ငံနှင့် ဒေသတွင်း အစိုးရများအား စစ်အုပ်စုကို တရားဝင်မှုပေးခြင်း ရပ်တန့်ရန်၊ လက်နက်နှင့် လေယာဉ်လောင်စာ စီးဆင်းမှုကို ရပ်တန့်ရန် တောင်းဆိုပါသည်။")),
        dict(id="G30", lang="en", section_dir="reports", slug="dispossessed-land-confiscation-and-forced-displacement-since-the-coup",
             title="Dispossessed: Land Confiscation and Forced Displacement since the Coup", local="2024-11-07 09:30", author=ORG, read=12,
             cat="report", issuer=ORG, summary="A research report on land confiscation in six states and regions.",
             body=P("This report documents the confiscation of land by the military and its cronies in six states and regions since February 2021, and the forced displacement that has followed.",
                    "Drawing on 85 interviews with farmers and displaced people, it shows how land has been seized for military camps, mining and agribusiness, and how displaced families lose their land rights.",
                    '<a class="button" href="%s/files/reports/Dispossessed-Land-Confiscation-Nov-2024.pdf">Download the report</a>' % B)),
        dict(id="D51", lang="my", section_dir="reports", slug="dispossessed-land-confiscation-and-forced-displacement-since-the-coup",
             title="ပိုင်ဆိုင်မှု ဆုံးရှုံးခြင်း – အာဏာသိမ်းပြီးနောက် မြေယာသိမ်းဆည်းမှုနှင့် အတင်းအဓမ္မ နေရာရွှေ့ပြောင်းခံရမှု", local="2024-11-10 11:00", author=ORG, read=12,
             cat="outside_window", pair_of="G30", why="the Burmese translation of G30, published on 10 November, after the window",
             trap="a translation of a gold report, published after the window: it is not listed, and G30 stays alone",
             summary="မြေယာသိမ်းဆည်းမှုဆိုင်ရာ သုတေသန အစီရင်ခံစာ",
             body=P("ဤအစီရင်ခံစာသည် ၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလမှစ၍ ပြည်နယ်နှင့် တိုင်းဒေသကြီး ခြောက်ခုတွင် စစ်တပ်နှင့် ၎င်း၏ အပေါင်းအပါများ၏ မြေယာသိမ်းဆည်းမှုများကို မှတ်တမ်းတင်ထားပါသည်။")),
        dict(id="G31", lang="en", section_dir="statements", slug="airstrikes-on-schools-in-karen-state-must-end",
             title="Airstrikes on Schools in Karen State Must End", local="2024-11-04 16:30", author="Karen Peace Support Network",
             cat="statement", issuer="Karen Peace Support Network", summary="Three schools were bombed in Karen State in October.",
             body=P("In October 2024, junta aircraft bombed three schools in Hpapun and Kawkareik districts, killing five students and a teacher.",
                    "We call on the international community to stop the sale of aviation fuel to the junta and to support community schools in Karen State.")),
        dict(id="D52", lang="en", section_dir="weekly-highlights", slug="weekly-highlights-28-october-3-november-2024",
             title="Weekly Highlights: 28 October – 3 November 2024", local="2024-11-04 09:00", author=ORG, cat="commentary",
             why="the site's own weekly round-up", summary="The week in Myanmar.",
             body=P("This week, airstrikes continued across Sagaing and Karenni, the junta announced more conscription call-ups, and the junta leader prepared to travel to Kunming.")),
        dict(id="D53", lang="en", section_dir="news", slug="junta-steps-up-airstrikes-sagaing-kunming-summit",
             title="Junta Steps Up Airstrikes in Sagaing as Kunming Summit Opens", local="2024-11-06 12:00", author="Myanmar Now",
             cat="news", why="a news article reposted from an outlet, which its Author field names",
             trap="the Author field names an outlet, which is not an issuer", summary="Airstrikes killed 14 people in Sagaing this week.",
             body=P("At least 14 civilians were killed in airstrikes in Sagaing Region this week, as the junta leader headed to Kunming.")),
        dict(id="D54", lang="en", section_dir="events", slug="online-launch-dispossessed",
             title="Online Launch: Dispossessed – Land Confiscation since the Coup", local="2024-11-05 14:00", author=ORG, cat="event",
             why="announcement of a launch event", summary="Join us online on 12 November.",
             body=P("Join Progressive Voice and partners online on 12 November 2024 at 7:00 p.m. (Myanmar time) for the launch of our new report.")),
        dict(id="D55", lang="en", section_dir="opinion", slug="op-ed-myth-of-chinese-neutrality",
             title="Op-Ed: The Myth of Chinese Neutrality", local="2024-11-08 10:00", author="Guest Contributor", cat="commentary",
             why="an opinion piece", summary="China has never been neutral in Myanmar.",
             body=P("Beijing likes to present itself as a neutral neighbour. Its actions in Myanmar since 2021 tell a different story.")),
    ]
    by_key = {}
    for p in posts:
        p["dt"] = at(p["local"], BKK)
        prefix = "/my" if p["lang"] == "my" else ""
        p["path"] = "%s/%s/%s/%s/" % (prefix, p["section_dir"], p["dt"].strftime("%Y/%m"), p["slug"])
        by_key[(p["section_dir"], p["slug"], p["lang"])] = p
    for p in posts:
        alt = by_key.get((p["section_dir"], p["slug"], "en" if p["lang"] == "my" else "my"))
        w.serve(SID, p["path"], p["path"].strip("/") + "/index.html", page(p, alt), HTML, p["dt"], detail=True)
        w.add(id=p["id"], site=SID, url=w.base(SID) + p["path"], title=p["title"], dt=p["dt"], lang=p["lang"], cat=p["cat"],
              issuer=p.get("issuer"), section={"statement": "Statements and Press Releases", "report": "Reports"}.get(p["cat"]),
              why=p.get("why"), trap=p.get("trap"), pair=p.get("pair"), pair_of=p.get("pair_of"))
    w.serve(SID, "/files/reports/Dispossessed-Land-Confiscation-Nov-2024.pdf", "files/reports/Dispossessed-Land-Confiscation-Nov-2024.pdf",
            pdf("Dispossessed: Land Confiscation and Forced Displacement since the Coup", ORG, posts[2]["dt"],
                ["Dispossessed", "Land Confiscation and Forced Displacement since the Coup", "Progressive Voice, November 2024"]), PDF, posts[2]["dt"])

    def feed(lang):
        sel = sorted([p for p in posts if p["lang"] == lang], key=lambda p: p["dt"], reverse=True)
        prefix = "/my" if lang == "my" else ""
        items = "\n".join("""    <item>
      <title>%s</title>
      <link>%s%s</link>
      <pubDate>%s</pubDate>
      <guid>%s%s</guid>
      <description>%s</description>
    </item>""" % (e(p["title"]), B, p["path"], format_datetime(p["dt"]), B, p["path"], e(p["summary"])) for p in sel)
        return sel, """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>%s</title>
    <link>%s%s/</link>
    <description>Recent content on %s</description>
    <generator>Hugo</generator>
    <language>%s</language>
    <lastBuildDate>%s</lastBuildDate>
    <atom:link href="%s%s/index.xml" rel="self" type="application/rss+xml" />
%s
  </channel>
</rss>
""" % (ORG, B, prefix, ORG, "my" if lang == "my" else "en-us", format_datetime(sel[0]["dt"]), B, prefix, items)
    for lang in ("en", "my"):
        sel, xml = feed(lang)
        prefix = "/my" if lang == "my" else ""
        w.serve(SID, prefix + "/index.xml", (prefix.strip("/") + "/" if prefix else "") + "index.xml", xml, "application/rss+xml", sel[0]["dt"])

    def listing(section, lang):
        sel = sorted([p for p in posts if p["lang"] == lang and p["section_dir"] == section], key=lambda p: p["dt"], reverse=True)
        prefix = "/my" if lang == "my" else ""
        arts = "\n".join('<article class="post-summary"><h2><a href="%s%s">%s</a></h2><time datetime="%s">%s</time><p>%s</p></article>' % (
            B, p["path"], e(p["title"]), p["dt"].isoformat(), long_en(p["dt"]) if lang == "en" else my_date(p["dt"], "mdy"), e(p["summary"])) for p in sel)
        name = SECTIONS[section][1 if lang == "my" else 0]
        html_ = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{name} | {ORG}</title><link rel="canonical" href="{B}{prefix}/{section}/"><meta name="generator" content="Hugo 0.136.5"></head>
<body class="list {section}"><main class="content"><h1>{name}</h1>
{arts}
</main></body></html>
"""
        w.serve(SID, "%s/%s/" % (prefix, section), "%s%s/index.html" % ((prefix.strip("/") + "/") if prefix else "", section), html_, HTML, sel[0]["dt"] if sel else "2024-11-01T00:00:00Z")
    listing("statements", "en")
    listing("reports", "en")
    listing("statements", "my")
    listing("reports", "my")
    for lang in ("en", "my"):
        prefix = "/my" if lang == "my" else ""
        sel = sorted([p for p in posts if p["lang"] == lang], key=lambda p: p["dt"], reverse=True)
        locs = "\n".join("  <url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (B, p["path"], p["dt"].isoformat()) for p in sel)
        w.serve(SID, prefix + "/sitemap.xml" if prefix else "/en/sitemap.xml", ("my" if prefix else "en") + "/sitemap.xml",
                '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n%s\n</urlset>\n' % locs,
                XML, sel[0]["dt"])
    w.serve(SID, "/sitemap.xml", "sitemap.xml",
            '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>%s/en/sitemap.xml</loc></sitemap>\n  <sitemap><loc>%s/my/sitemap.xml</loc></sitemap>\n</sitemapindex>\n' % (B, B),
            XML, "2024-11-10T04:00:00Z")
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: *\nAllow: /\nSitemap: {{BASE:pv}}/sitemap.xml\n", TXT, "2024-01-01T00:00:00Z")
    w.cases.append({"what": "og:url on Progressive Voice pages is the https form of the page's own address (not served)",
                    "expect": "the item keeps its canonical http URL; the https og:url is the same item, not a second copy"})
