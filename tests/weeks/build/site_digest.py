"""digest: a Joomla 4 aggregator (Brussels time) that reposts statements from many bodies; its RSS is not well-formed."""
from common import *

SID = "digest"
B = "{{BASE:digest}}"
BXL = "Europe/Brussels"
SITE = "Myanmar Rights Digest"


def page(a):
    local = a["dt"].astimezone(ZoneInfo(BXL))
    canonical = a.get("canonical") or (B + a["path"])
    badge = '<span class="badge bg-info org-badge">%s</span> ' % a["badge"] if a.get("badge") else ""
    label = '<div class="digest-label"><span class="kind">%s</span>%s</div>' % (
        a["kind"], (" | <span class=\"org\">%s</span>" % e(a["org"])) if a.get("org") else "")
    about = '<div class="digest-about"><h3>About</h3><p>%s</p></div>' % a["about"] if a.get("about") else ""
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="Super User">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Statements, reports and news on human rights in Myanmar, collected every day.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(a['title'])} – {SITE}</title>
<link href="{canonical}" rel="canonical">
<link href="{B}/index.php/statements?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="{SITE}">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4ad7f1" rel="stylesheet">
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-104">
<header class="header container-header full-width">
 <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="{B}/"><span title="{SITE}">{SITE}</span></a><div class="site-description">Statements, reports and news on human rights in Myanmar</div></div></div>
 <div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item item-101 default"><a href="{B}/">Home</a></li><li class="nav-item item-104 current active"><a href="{B}/index.php/statements" aria-current="location">Statements</a></li><li class="nav-item item-105"><a href="{B}/index.php/reports">Reports</a></li></ul></div>
</header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{B}/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{B}/index.php/statements" class="pathway"><span>Statements</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{e(a['title'])}</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{'my-MM' if a['lang'] == 'my' else 'en-GB'}">
{label}
<div class="page-header">{badge}<h1 itemprop="headline">{e(a['title'])}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">Super User</span></dd>
<dd class="category-name">Category: <a href="{B}/index.php/statements" itemprop="genre">Statements</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{local.isoformat()}" itemprop="datePublished">Published: {local.strftime('%d %B %Y')}</time></dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
{a['body']}
<p class="digest-source"><strong>Source:</strong> {a['source']}</p>
</div>
{about}
</div>
</main>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>{SITE} collects what others publish; each item belongs to the organisation named on it.</p></div></footer>
</body>
</html>
"""


def build(w):
    port = 18307
    w.site({
        "id": SID, "name": SITE, "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "Joomla 4 (Cassiopeia template), search-engine-friendly URLs under /index.php/",
        "languages": ["en", "my"], "timezone": BXL, "owner": "a Brussels-based volunteer team that collects Myanmar statements",
        "publishes_for_others": True,
        "feeds": [{"url": "/index.php/statements?format=feed&type=rss", "type": "RSS 2.0",
                   "notes": "Joomla's category feed; pubDate with +0100; not well-formed this week (a bare & in one title, a bare <br> in one description)"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/index.php/statements", "pagination": "?start=10 (ten per page)", "order": "newest first"}],
        "listing_markup": "div.blog-item; link and title in h2 > a; date in dd.published > time (datetime with +01:00)",
        "xpath": {"item": "//div[contains(@class,'blog-item')]", "link": ".//h2/a/@href", "title": ".//h2/a",
                  "date": ".//dd[contains(@class,'published')]/time/@datetime", "label": ".//div[@class='digest-label']",
                  "next": "//a[@aria-label='Go to next page']/@href"},
        "detail_markup": "a label line above the title, \"Statement | <issuer>\" (or just the kind); h1 headline (on one item preceded by an acronym badge span, the acronym expanded only in the About box below the article); \"Written by: Super User\" is the site account; time[itemprop=datePublished] with +01:00; \"Source:\" at the end of the body names where the item came from (an organisation's site, a Facebook page, or an outlet), linking to the original when it is online; one copy carries rel=canonical to the original",
        "slash_redirect": False,
        "robots": "Joomla's defaults (administrator, cache, components … disallowed)",
        "notes": "An aggregator: never an issuer. Items first published elsewhere in this week's corpus are copies; the original keeps its own URL. Items whose only online copy is here are listed with this URL.",
    })
    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    base = lambda sid: "{{BASE:%s}}" % sid
    arts = [
        dict(id="D33", aid=2296, slug="chin-brotherhood-statement-airstrikes-matupi-mindat",
             title="Statement on the Junta's Airstrikes on Matupi and Mindat", local="2024-11-08 19:30", lang="en",
             kind="Statement", org="Chin Brotherhood", cat="outside_window",
             why="published Friday 8 November 19:30 Brussels time (+01:00) = 01:00 on 9 November in Yangon",
             trap="the site's own date is 8 November; in Asia/Yangon it is the day after the window",
             body=P("The Chin Brotherhood condemns the airstrikes carried out by the junta on Matupi and Mindat towns on 7 November 2024."),
             source="Chin Brotherhood (Facebook page)"),
        dict(id="G23", aid=2295, slug="2024-11-07-07-00-00",
             title="လူငယ်များကို အတင်းအဓမ္မ စစ်သားစုဆောင်းမှု ရပ်တန့်ရန် တောင်းဆိုကြောင်း ထုတ်ပြန်ချက်", local="2024-11-07 08:00", lang="my",
             kind="Statement", org="ရွှေဘိုမြို့နယ် လူငယ်ကွန်ရက်", cat="statement", issuer="Shwebo Township Youth Network",
             body=P("ထုတ်ပြန်သူ - ရွှေဘိုမြို့နယ် လူငယ်ကွန်ရက်",
                    "စစ်ကောင်စီသည် ရွှေဘိုမြို့နယ်အတွင်းရှိ ရပ်ကွက်နှင့် ကျေးရွာများမှ လူငယ်များကို ညအချိန်တွင် အိမ်များသို့ ဝင်ရောက် ဖမ်းဆီးကာ စစ်သားအဖြစ် အတင်းအဓမ္မ စုဆောင်းနေပါသည်။",
                    "ကျွန်ုပ်တို့ လူငယ်ကွန်ရက်အနေဖြင့် ဤလုပ်ရပ်များကို ချက်ချင်း ရပ်တန့်ရန် တောင်းဆိုပြီး ဖမ်းဆီးခံထားရသူ လူငယ်များကို ပြန်လည် လွှတ်ပေးရန် တောင်းဆိုပါသည်။",
                    my_date(at("2024-11-06 00:00", "Asia/Yangon"))),
             source="Facebook"),
        dict(id="D34", aid=2293, slug="daily-briefing-military-coup-6-november-2024",
             title="Daily Briefing in Relation to the Military Coup – 6 November 2024", local="2024-11-06 18:00", lang="en",
             kind="Briefing", org="Assistance Association for Political Prisoners", cat="briefing", why="a daily briefing of arrests and killings",
             body=P("As of 6 November 2024, 5,982 people have been killed by the junta and 28,140 arrested. 21,447 remain in detention."),
             source="Assistance Association for Political Prisoners", feed_desc_raw="AAPP daily figures<br>As of 6 November 2024"),
        dict(id="D35", aid=2292, slug="junta-chief-kunming-gms-lancang-mekong-talks",
             title="Junta chief in Kunming for GMS & Lancang-Mekong talks", local="2024-11-06 12:00", lang="en",
             kind="News", org="Myanmar Now", cat="news", why="a news article reposted from an outlet",
             body=P("Min Aung Hlaing arrived in Kunming on Tuesday for the Greater Mekong Subregion summit, his first visit to China since the coup."),
             source="Myanmar Now", feed_title_raw=True),
        dict(id="G21", aid=2291, slug="iec-statement-humanitarian-needs-displaced-people-karenni",
             title="Statement on the Humanitarian Needs of Displaced People in Karenni State", local="2024-11-05 10:12", lang="en",
             kind="Statement", cat="statement", issuer="Interim Executive Council of Karenni State",
             body=P("<strong>Issued by:</strong> Interim Executive Council of Karenni State",
                    "More than 250,000 people, two thirds of the population of Karenni State, are now displaced. Food stocks in the camps along the Pekhon, Demoso and Hpruso road will last only until the end of November.",
                    "The Interim Executive Council calls on donors and neighbouring countries to open cross-border routes for food and medicine, and on the junta to stop its airstrikes on camps for displaced people."),
             source="Interim Executive Council (Facebook page)"),
        dict(id="D36", aid=2290, slug="japan-statement-airstrikes-civilians-sagaing",
             title="Statement by the Press Secretary on the Airstrikes on Civilians in Sagaing Region, Myanmar", local="2024-11-05 16:00", lang="en",
             kind="Statement", org="Ministry of Foreign Affairs of Japan", cat="duplicate", duplicate_of="G04",
             why="a copy of the Japanese foreign ministry's statement (G04), linking to it",
             body=P("1. Japan is deeply concerned that airstrikes by the Myanmar military on villages in Sagaing Region on 3 and 4 November reportedly killed many civilians, including children."),
             source='<a href="%s/press/release/pressite_000001_00871.html">Ministry of Foreign Affairs of Japan</a>' % base("mofaj")),
        dict(id="D37", aid=2289, slug="knpp-statement-airstrike-camp-displaced-persons-demoso",
             title="Statement on the Airstrike on a Camp for Displaced Persons in Demoso Township", local="2024-11-04 12:00", lang="en",
             kind="Statement", org="Karenni National Progressive Party", cat="duplicate", duplicate_of="G18",
             canonical="%s/statements/2024-11-04-demoso-airstrike.html" % base("knpp"),
             why="a copy of the KNPP's statement (G18); its rel=canonical points at the KNPP's page",
             body=P("1. On 2 November 2024 at about 3:40 p.m., a military jet of the State Administration Council dropped two bombs on a camp for internally displaced persons near Daw Se village, Demoso Township, Karenni State."),
             source='<a href="%s/statements/2024-11-04-demoso-airstrike.html">KNPP</a>' % base("knpp")),
        dict(id="D38", aid=2288, slug="2024-11-05-02-40-00",
             title="ယင်းမာပင်မြို့နယ် ကျေးရွာများအပေါ် လေကြောင်းတိုက်ခိုက်မှုကို ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်", local="2024-11-05 09:00", lang="my",
             kind="Statement", org="ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီ", cat="duplicate", duplicate_of="G13",
             why="a copy of the Yinmabin Township Strike Committee's statement (G13) as posted on the district network's blog",
             body=P("နိုဝင်ဘာလ ၄ ရက်နေ့ နံနက်ပိုင်းတွင် စစ်ကောင်စီ၏ တိုက်လေယာဉ်များသည် ယင်းမာပင်မြို့နယ်အတွင်းရှိ ကျေးရွာနှစ်ရွာကို ဗုံးကြဲတိုက်ခိုက်ခဲ့ရာ ကလေးသုံးဦးအပါအဝင် အရပ်သား ခုနစ်ဦး သေဆုံးခဲ့ပါသည်။"),
             source='<a href="%s/2024/11/blog-post_5.html">%s</a>' % (base("strike"), "မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက်")),
        dict(id="D39", aid=2286, slug="progressive-voice-kunming-summit-china-must-stop-legitimising-junta",
             title="Kunming Summit: China Must Stop Legitimising the Junta", local="2024-11-05 14:00", lang="en",
             kind="Statement", org="Progressive Voice", cat="duplicate", duplicate_of="G28",
             why="a copy of Progressive Voice's statement (G28), linking to it",
             body=P("As the Greater Mekong Subregion summit opens in Kunming, China is giving the leader of a military that bombs its own people the stage he craves."),
             source='<a href="%s/statements/2024/11/kunming-summit-china-must-stop-legitimising-the-junta/">Progressive Voice</a>' % base("pv")),
        dict(id="G22", aid=2287, slug="kwo-statement-sexual-violence-junta-troops-hpapun-district",
             title="Statement on Sexual Violence Committed by Junta Troops in Hpapun District", local="2024-11-03 09:00", lang="en",
             kind="Statement", badge="KWO", cat="statement", issuer="Karen Women's Organization",
             body=P("On 28 October 2024, troops of Light Infantry Battalion 341 detained three women from a village in Hpapun District and sexually assaulted two of them during interrogation.",
                    "KWO demands that those responsible be held accountable, and calls on the international community to support survivors and to refer the situation in Myanmar to the International Criminal Court."),
             about="Karen Women's Organization (KWO) is a community-based organisation of Karen women founded in 1949, working in Karen State and in the refugee camps on the Thailand–Burma border.",
             source="karenwomen.org"),
        dict(id="D40", aid=2280, slug="nug-statement-2025-census-election-plans",
             title="Statement on the 2025 Census and Election Plans of the Military Council", local="2024-10-31 15:00", lang="en",
             kind="Statement", org="National Unity Government", cat="outside_window", why="published 31 October 2024",
             body=P("The National Unity Government rejects the military council's census and its plans to hold an election in 2025."),
             source="National Unity Government"),
    ]
    for a in arts:
        a["dt"] = at(a["local"], BXL)
        a["path"] = "/index.php/statements/%d-%s" % (a["aid"], a["slug"])
        w.serve(SID, a["path"], "index.php/statements/%d-%s.html" % (a["aid"], a["slug"]), page(a), HTML, a["dt"], detail=True)
        w.add(id=a["id"], site=SID, url=w.base(SID) + a["path"], title=a["title"], dt=a["dt"], lang=a["lang"], cat=a["cat"],
              issuer=a.get("issuer"), section="Statements and Press Releases" if a["cat"] == "statement" else None,
              why=a.get("why"), trap=a.get("trap"), duplicate_of=a.get("duplicate_of"))

    newest = sorted(arts, key=lambda a: a["dt"], reverse=True)
    items = []
    for a in newest:
        title = a["title"] if a.get("feed_title_raw") else e(a["title"])
        first = a["body"].split("</p>")[0].replace("<p>", "")
        desc = a["feed_desc_raw"] if a.get("feed_desc_raw") else "<![CDATA[%s]]>" % first
        local = a["dt"].astimezone(ZoneInfo(BXL))
        items.append("""\t\t<item>
\t\t\t<title>%s</title>
\t\t\t<link>%s%s</link>
\t\t\t<guid isPermaLink="true">%s%s</guid>
\t\t\t<description>%s</description>
\t\t\t<author>webmaster@digest.example (Super User)</author>
\t\t\t<category>Statements</category>
\t\t\t<pubDate>%s</pubDate>
\t\t</item>""" % (title, B, a["path"], B, a["path"], desc, format_datetime(local)))
    rss = """<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
\t<channel>
\t\t<title>Statements</title>
\t\t<description><![CDATA[Statements, reports and news on human rights in Myanmar]]></description>
\t\t<link>%s/index.php/statements</link>
\t\t<lastBuildDate>%s</lastBuildDate>
\t\t<generator>Joomla! - Open Source Content Management</generator>
\t\t<atom:link rel="self" type="application/rss+xml" href="%s/index.php/statements?format=feed&amp;type=rss"/>
\t\t<language>en-gb</language>
%s
\t</channel>
</rss>
""" % (B, format_datetime(newest[0]["dt"].astimezone(ZoneInfo(BXL))), B, "\n".join(items))
    w.serve(SID, "/index.php/statements?format=feed&type=rss", "index.php/statements.rss", rss, "application/rss+xml; charset=utf-8", newest[0]["dt"])

    def blog(chunk, start, has_next):
        rows = []
        for a in chunk:
            local = a["dt"].astimezone(ZoneInfo(BXL))
            rows.append(f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
 <div class="item-content">
  <div class="digest-label"><span class="kind">{a['kind']}</span>{(' | <span class="org">' + e(a['org']) + '</span>') if a.get('org') else ''}</div>
  <div class="page-header"><h2 itemprop="name"><a href="{B}{a['path']}" itemprop="url">{e(a['title'])}</a></h2></div>
  <dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author">Written by: <span itemprop="name">Super User</span></dd>
  <dd class="published"><time datetime="{local.isoformat()}" itemprop="datePublished">Published: {local.strftime('%d %B %Y')}</time></dd></dl>
 </div>
</div>""")
        nxt = ('<li class="page-item"><a aria-label="Go to next page" href="%s/index.php/statements?start=%d" class="page-link">Next</a></li>' % (B, start + 10)) if has_next else ""
        prev = ('<li class="page-item"><a aria-label="Go to previous page" href="%s/index.php/statements" class="page-link">Prev</a></li>' % B) if start else ""
        return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>Statements – {SITE}</title>
<link href="{B}/index.php/statements?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0"></head>
<body class="site com_content view-category layout-blog">
<main><div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<h1>Statements</h1>
<div class="com-content-category-blog__items blog-items">
{chr(10).join(rows)}
</div>
<div class="com-content-category-blog__navigation w-100"><nav class="pagination__wrapper" aria-label="Pagination"><ul class="pagination ms-0 mb-4">{prev}{nxt}</ul></nav></div>
</div></main></body></html>
"""
    w.serve(SID, "/index.php/statements", "index.php/statements.html", blog(newest[:10], 0, len(newest) > 10), HTML, newest[0]["dt"])
    w.serve(SID, "/index.php/statements?start=10", "index.php/statements-start-10.html", blog(newest[10:], 10, False), HTML, newest[0]["dt"])
    w.serve(SID, "/", "index.html", blog(newest[:10], 0, len(newest) > 10), HTML, newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt", """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
""", TXT, "2023-09-01T00:00:00Z")
    w.content_faults.append({"id": "digest-feed-malformed", "site": SID, "url": "/index.php/statements?format=feed&type=rss",
                             "type": "malformed_xml",
                             "description": "the feed is not well-formed XML: D35's <title> carries a bare \"&\" and D34's <description> a bare <br> outside CDATA",
                             "expect": "read the feed leniently (or fall back to the listing) and still get every item, the three gold items among them"})
