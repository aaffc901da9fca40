"""nug: a WordPress + Polylang portal of the National Unity Government where ministries post in their own sections; REST API closed."""
from common import *

SID = "nug"
B = "{{BASE:nug}}"
YGN = "Asia/Yangon"
CATS = {"statements": ("Statements", "ထုတ်ပြန်ချက်များ"), "ministry-of-human-rights": ("Ministry of Human Rights", "လူ့အခွင့်အရေးဝန်ကြီးဌာန"),
        "announcements": ("Announcements", "ကြေညာချက်များ")}


def page(p, alt=None):
    lang = p["lang"]
    local = p["dt"].astimezone(ZoneInfo(YGN))
    home = "ပင်မ" if lang == "my" else "Home"
    crumbs = ['<a href="%s/%s/">%s</a>' % (B, lang, home)]
    for label, href in p["crumbs"]:
        crumbs.append('<a href="%s%s">%s</a>' % (B, href, label))
    hreflang = '<link rel="alternate" href="%s%s" hreflang="%s">\n' % (B, p["path"], lang)
    if alt:
        hreflang += '<link rel="alternate" href="%s%s" hreflang="%s">\n' % (B, alt["path"], alt["lang"])
    date_txt = my_date(local) if lang == "my" else long_dmy(local)
    site = "အမျိုးသားညီညွတ်ရေးအစိုးရ" if lang == "my" else "National Unity Government of Myanmar"
    return f"""<!DOCTYPE html>
<html lang="{'my-MM' if lang == 'my' else 'en-US'}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])} &#8211; {site}</title>
<link rel="canonical" href="{B}{p['path']}">
{hreflang}<meta property="og:locale" content="{'my_MM' if lang == 'my' else 'en_US'}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{local.isoformat()}">
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="{B}{'/my' if lang == 'my' else ''}/feed/">
<meta name="generator" content="WordPress 6.5.5">
<link rel='stylesheet' id='generate-style-css' href='{B}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
</head>
<body class="post-template-default single single-post postid-{p['wp']} wp-custom-logo right-sidebar nav-below-header">
<header class="site-header" id="masthead"><div class="inside-header grid-container">
 <div class="site-logo"><a href="{B}/{lang}/" rel="home"><img class="header-image is-logo-image" alt="{site}" src="{B}/wp-content/uploads/2021/04/nug-logo.png"></a></div>
 <div class="site-branding"><p class="main-title"><a href="{B}/{lang}/" rel="home">{site}</a></p></div>
 <nav class="main-navigation"><ul class="menu"><li class="lang-item lang-item-en"><a lang="en-US" hreflang="en-US" href="{B}/en/">English</a></li><li class="lang-item lang-item-my"><a lang="my-MM" hreflang="my-MM" href="{B}/my/">မြန်မာ</a></li></ul></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>{' <span class="separator"> &rsaquo; </span> '.join(crumbs)}</p></nav>
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-{p['wp']}" class="post-{p['wp']} post type-post status-publish format-standard hentry category-{p['cat_slug']}">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{local.isoformat()}" itemprop="datePublished">{date_txt}</time></span></div></header>
<div class="entry-content" itemprop="text">
{p['body']}
</div>
<footer class="entry-meta"><span class="cat-links"><a href="{B}{p['crumbs'][0][1]}" rel="category tag">{p['crumbs'][0][0]}</a></span></footer>
</div>
</article>
</main></div></div></div>
<footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2024 {site}</div></div></footer>
</body>
</html>
"""


def build(w):
    port = 18311
    w.site({
        "id": SID, "name": "National Unity Government of Myanmar", "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "WordPress 6.5 with Polylang (GeneratePress theme); ministries post in their own categories",
        "languages": ["en", "my"], "timezone": YGN, "owner": "National Unity Government of Myanmar", "publishes_for_others": False,
        "feeds": [{"url": "/feed/", "type": "RSS 2.0", "notes": "English posts; pubDate in UTC (+0000); some item links are pre-migration permalinks that redirect"},
                  {"url": "/my/feed/", "type": "RSS 2.0", "notes": "Burmese posts"}],
        "wp_rest": None,
        "sitemaps": ["/wp-sitemap.xml"],
        "listings": [{"url": "/en/statements/", "pagination": "/en/statements/page/2/", "order": "newest first"},
                     {"url": "/en/ministry-of-human-rights/", "pagination": "/page/2/", "order": "newest first"}],
        "listing_markup": "WordPress archive: article; h2.entry-title > a; time.entry-date (datetime with +06:30)",
        "xpath": {"item": "//main//article", "link": ".//h2[contains(@class,'entry-title')]/a/@href", "title": ".//h2[contains(@class,'entry-title')]/a",
                  "date": ".//time[contains(@class,'entry-date')]/@datetime", "next": "//a[contains(@class,'next')]/@href"},
        "detail_markup": "h1.entry-title; time.entry-date with +06:30 (day-first text, or a Burmese date on Burmese posts); the breadcrumb names the posting section (Statements, or a ministry such as Ministry of Human Rights); Burmese posts of ministries carry a letterhead naming the ministries in Burmese only; cabinet statements end with the signature \"National Unity Government\"; hreflang pairs English and Burmese versions",
        "slash_redirect": True,
        "robots": "WordPress defaults: Disallow /wp-admin/ (Allow admin-ajax.php)",
        "notes": "The REST API is closed (401 under /wp-json/). The site moved from date permalinks (/2024/11/06/…) to /en/… and /my/… paths: old links redirect, in two hops for one item in the feed.",
    })
    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    LETTERHEAD_MY = ('<p style="text-align:center"><strong>ပြည်ထောင်စုသမ္မတမြန်မာနိုင်ငံတော်<br>အမျိုးသားညီညွတ်ရေးအစိုးရ<br>'
                     'လူ့အခွင့်အရေးဝန်ကြီးဌာန နှင့် အမျိုးသမီး၊ လူငယ်နှင့် ကလေးသူငယ်ရေးရာ ဝန်ကြီးဌာန</strong></p>')
    posts = [
        dict(id="G32", wp=8841, lang="en", path="/en/statements/statement-no-12-2024-gms-summit-kunming/",
             feed_link="/2024/11/06/statement-12-2024/",
             title="Statement No. 12/2024 on the Junta Leader's Attendance at the GMS Summit in Kunming",
             utc="2024-11-06 09:30", cat="statement", issuer="National Unity Government", cat_slug="statements",
             crumbs=[("Statements", "/en/statements/")],
             body=P("1. The National Unity Government has learned that Min Aung Hlaing, leader of the terrorist military council, is attending the 8th Greater Mekong Subregion Summit in Kunming, China, on 6 and 7 November 2024.",
                    "2. The military council does not represent the people of Myanmar. Its participation in regional meetings lends it a legitimacy it does not have and emboldens its campaign of airstrikes against civilians.",
                    "3. The National Unity Government calls on the governments of the subregion not to recognise the military council and to engage with the legitimate representatives of the people of Myanmar.",
                    "National Unity Government<br>6 November 2024")),
        dict(id="G33", wp=8843, lang="my", path="/my/statements/statement-no-12-2024-gms-summit-kunming-my/",
             title="ကူမင်းမြို့တွင် ကျင်းပသည့် မဲခေါင်ဒေသခွဲ ထိပ်သီးအစည်းအဝေးသို့ စစ်ခေါင်းဆောင် တက်ရောက်ခြင်းနှင့် ပတ်သက်၍ ထုတ်ပြန်ချက် အမှတ် (၁၂/၂၀၂၄)",
             utc="2024-11-06 10:00", cat="statement", issuer="National Unity Government", pair="G32", cat_slug="statements",
             crumbs=[("ထုတ်ပြန်ချက်များ", "/my/statements/")],
             body=P("၁။ အကြမ်းဖက် စစ်ကောင်စီခေါင်းဆောင် မင်းအောင်လှိုင်သည် ၂၀၂၄ ခုနှစ် နိုဝင်ဘာလ ၆ ရက်မှ ၇ ရက်အထိ တရုတ်နိုင်ငံ ကူမင်းမြို့တွင် ကျင်းပသည့် ၈ ကြိမ်မြောက် မဲခေါင်ဒေသခွဲ ထိပ်သီးအစည်းအဝေးသို့ တက်ရောက်နေကြောင်း အမျိုးသားညီညွတ်ရေးအစိုးရက သိရှိရပါသည်။",
                    "၂။ စစ်ကောင်စီသည် မြန်မာပြည်သူများကို ကိုယ်စားမပြုပါ။",
                    "အမျိုးသားညီညွတ်ရေးအစိုးရ<br>" + my_date(at("2024-11-06 00:00", YGN)))),
        dict(id="G34", wp=8820, lang="en", path="/en/ministry-of-human-rights/press-release-massacre-civilians-tabayin-township/",
             title="Press Release on the Massacre of Civilians in Tabayin Township", utc="2024-11-01 18:00", cat="statement",
             issuer="National Unity Government (Ministry of Human Rights)", cat_slug="ministry-of-human-rights",
             crumbs=[("Ministry of Human Rights", "/en/ministry-of-human-rights/"), ("Press Releases", "/en/ministry-of-human-rights/press-releases/")],
             trap="published 2024-11-01T18:00Z: 1 November in UTC, 2 November (00:30) in Yangon, so inside the window",
             body=P("On 30 October 2024, troops of the military council entered Ywathit village in Tabayin Township, Sagaing Region, and killed eleven villagers, among them two women and a fourteen-year-old boy. Several houses were burned.",
                    "These killings are part of a widespread and systematic attack on the civilian population and amount to crimes against humanity. The evidence has been shared with international accountability mechanisms.",
                    "Anyone with information is asked to contact the documentation team through the secure channels published on this site.")),
        dict(id="G35", wp=8852, lang="my", path="/my/ministry-of-human-rights/joint-statement-gender-based-violence/",
             title="ကျား၊မ အခြေပြု အကြမ်းဖက်မှုများ ဆန့်ကျင်ရေး ပူးတွဲထုတ်ပြန်ချက်", utc="2024-11-07 07:30", cat="statement",
             issuer="National Unity Government (Ministry of Human Rights and Ministry of Women, Youths and Children Affairs)",
             cat_slug="ministry-of-human-rights",
             crumbs=[("လူ့အခွင့်အရေးဝန်ကြီးဌာန", "/my/ministry-of-human-rights/"), ("ထုတ်ပြန်ချက်များ", "/my/ministry-of-human-rights/statements/")],
             body=LETTERHEAD_MY + "\n" + P(
                 "စစ်ကောင်စီတပ်များသည် စစ်ကိုင်း၊ မကွေး နှင့် ကရင်နီ ဒေသများရှိ ကျေးရွာများသို့ ဝင်ရောက်စီးနင်းစဉ် အမျိုးသမီးများနှင့် မိန်းကလေးများအပေါ် လိင်အကြမ်းဖက်မှုများကို စနစ်တကျ ကျူးလွန်နေကြောင်း မှတ်တမ်းများ ရရှိထားပါသည်။",
                 "ဝန်ကြီးဌာန နှစ်ခုအနေဖြင့် အသက်ရှင်ကျန်ရစ်သူများအား ကူညီစောင့်ရှောက်ရေး အစီအစဉ်များကို ပူးတွဲ ဆောင်ရွက်သွားမည် ဖြစ်ပြီး ကျူးလွန်သူများကို တာဝန်ခံစေရေး ဆက်လက် ဆောင်ရွက်သွားမည် ဖြစ်ပါသည်။",
                 "လူ့အခွင့်အရေးဝန်ကြီးဌာန<br>အမျိုးသမီး၊ လူငယ်နှင့် ကလေးသူငယ်ရေးရာ ဝန်ကြီးဌာန<br>" + my_date(at("2024-11-07 00:00", YGN)))),
        dict(id="G36", wp=8860, lang="en", path="/en/ministry-of-human-rights/reports/monthly-report-human-rights-violations-october-2024/",
             title="Monthly Report on Human Rights Violations Committed by the Military Junta \u2013 October 2024", utc="2024-11-08 05:00",
             cat="report", issuer="National Unity Government (Ministry of Human Rights)", cat_slug="ministry-of-human-rights",
             crumbs=[("Ministry of Human Rights", "/en/ministry-of-human-rights/"), ("Reports", "/en/ministry-of-human-rights/reports/")],
             body=P("This report compiles the human rights violations documented in October 2024: 312 civilians killed, 97 of them in airstrikes; 1,140 houses burned; 486 people arbitrarily arrested.",
                    '<a href="%s/wp-content/uploads/2024/11/MOHR-Monthly-Report-October-2024.pdf">Download the full report (PDF)</a>' % B)),
        dict(id="D56", wp=8836, lang="my", path="/my/announcements/ministry-of-education-staff-recruitment/",
             title="ပညာရေးဝန်ကြီးဌာန ဝန်ထမ်းများ ခေါ်ယူခြင်း ကြေညာချက်", utc="2024-11-05 04:00", cat="vacancy", cat_slug="announcements",
             crumbs=[("ကြေညာချက်များ", "/my/announcements/")], why="a recruitment notice (a vacancy), though it is headed ကြေညာချက် (announcement)",
             body=P("ပညာရေးဝန်ကြီးဌာနတွင် အွန်လိုင်း သင်ကြားရေး ဆရာ/ဆရာမ ၂၀ ဦး ခေါ်ယူမည် ဖြစ်ပါသည်။ လျှောက်လွှာများကို နိုဝင်ဘာလ ၂၀ ရက်နေ့ နောက်ဆုံးထား ပေးပို့ရပါမည်။")),
        dict(id="D57", wp=8839, lang="en", path="/en/announcements/media-advisory-nug-press-conference-7-november-2024/",
             title="Media Advisory: NUG Press Conference on 7 November 2024", utc="2024-11-06 12:00", cat="event", cat_slug="announcements",
             crumbs=[("Announcements", "/en/announcements/")], why="a media advisory for a press conference",
             body=P("The National Unity Government will hold a press conference on 7 November 2024 at 3:00 p.m. Myanmar time. Journalists may register through the link below.")),
        dict(id="D58", wp=8866, lang="en", path="/en/statements/statement-no-13-2024-conscription-women/",
             title="Statement No. 13/2024 on the Military Council's Conscription of Women", utc="2024-11-08 18:00", cat="outside_window",
             cat_slug="statements", crumbs=[("Statements", "/en/statements/")],
             why="published 2024-11-08T18:00Z = 00:30 on 9 November in Yangon", trap="the UTC date (8 November) is inside the window; the Yangon date is not",
             body=P("1. The National Unity Government condemns the military council's order to conscript women.", "National Unity Government<br>9 November 2024")),
        dict(id="D59", wp=8790, lang="en", path="/en/statements/statement-no-11-2024-census/",
             title="Statement No. 11/2024 on the Military Council's Census", utc="2024-10-30 08:00", cat="outside_window",
             cat_slug="statements", crumbs=[("Statements", "/en/statements/")], why="published 30 October 2024",
             body=P("1. The National Unity Government rejects the census conducted by the military council.", "National Unity Government<br>30 October 2024")),
    ]
    idx = {p["id"]: p for p in posts}
    for p in posts:
        p["dt"] = datetime.fromisoformat(p["utc"]).replace(tzinfo=timezone.utc)
    alts = {"G32": idx["G33"], "G33": idx["G32"]}
    for p in posts:
        w.serve(SID, p["path"], p["path"].strip("/") + "/index.html", page(p, alts.get(p["id"])), HTML, p["dt"], detail=True)
        w.add(id=p["id"], site=SID, url=w.base(SID) + p["path"], title=p["title"], dt=p["dt"], lang=p["lang"], cat=p["cat"],
              issuer=p.get("issuer"), section={"statement": "Statements and Press Releases", "report": "Reports"}.get(p["cat"]),
              why=p.get("why"), trap=p.get("trap"), pair=p.get("pair"))
    w.serve(SID, "/wp-content/uploads/2024/11/MOHR-Monthly-Report-October-2024.pdf", "wp-content/uploads/2024/11/MOHR-Monthly-Report-October-2024.pdf",
            pdf("Monthly Report on Human Rights Violations - October 2024", "Ministry of Human Rights, National Unity Government", idx["G36"]["dt"].astimezone(ZoneInfo(YGN)),
                ["Ministry of Human Rights", "National Unity Government of the Republic of the Union of Myanmar",
                 "Monthly Report on Human Rights Violations Committed by the Military Junta - October 2024"]), PDF, idx["G36"]["dt"])

    def feed(lang):
        sel = sorted([p for p in posts if p["lang"] == lang], key=lambda p: p["dt"], reverse=True)
        prefix = "/my" if lang == "my" else ""
        site = "အမျိုးသားညီညွတ်ရေးအစိုးရ" if lang == "my" else "National Unity Government of Myanmar"
        items = []
        for p in sel:
            link = B + p.get("feed_link", p["path"])
            items.append("""	<item>
		<title>%s</title>
		<link>%s</link>
		<dc:creator><![CDATA[nug-web]]></dc:creator>
		<pubDate>%s</pubDate>
		<category><![CDATA[%s]]></category>
		<guid isPermaLink="false">%s/?p=%d</guid>
		<description><![CDATA[%s]]></description>
	</item>""" % (e(p["title"]).replace("'", "&#8217;"), link, rfc822(p["dt"]).replace("GMT", "+0000"), p["crumbs"][0][0], B, p["wp"],
                  p["body"].split("</p>")[0].replace("<p>", "")))
        return sel, """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
	<title>%s</title>
	<atom:link href="%s%s/feed/" rel="self" type="application/rss+xml" />
	<link>%s/%s/</link>
	<description></description>
	<lastBuildDate>%s</lastBuildDate>
	<language>%s</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<generator>https://wordpress.org/?v=6.5.5</generator>
%s
</channel>
</rss>
""" % (site, B, prefix, B, lang, rfc822(sel[0]["dt"]).replace("GMT", "+0000"), "my-MM" if lang == "my" else "en-US", "\n".join(items))
    for lang in ("en", "my"):
        sel, xml = feed(lang)
        prefix = "/my" if lang == "my" else ""
        w.serve(SID, prefix + "/feed/", (prefix.strip("/") + "/" if prefix else "") + "feed/index.xml", xml, RSS, sel[0]["dt"])

    def archive(path, label, sel, lang):
        arts = "\n".join(f"""<article class="post type-post status-publish hentry"><div class="inside-article"><header class="entry-header"><h2 class="entry-title"><a href="{B}{p['path']}" rel="bookmark">{e(p['title'])}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{p['dt'].astimezone(ZoneInfo(YGN)).isoformat()}">{my_date(p['dt'].astimezone(ZoneInfo(YGN))) if lang == 'my' else long_dmy(p['dt'].astimezone(ZoneInfo(YGN)))}</time></div></header></div></article>""" for p in sel)
        html_ = f"""<!DOCTYPE html>
<html lang="{'my-MM' if lang == 'my' else 'en-US'}"><head><meta charset="UTF-8"><title>{label}</title><link rel="canonical" href="{B}{path}"></head>
<body class="archive category"><main class="site-main" id="main"><header class="page-header"><h1 class="page-title">{label}</h1></header>
{arts}
</main></body></html>
"""
        w.serve(SID, path, path.strip("/") + "/index.html", html_, HTML, sel[0]["dt"])
    newest = sorted(posts, key=lambda p: p["dt"], reverse=True)
    archive("/en/statements/", "Statements", [p for p in newest if p["path"].startswith("/en/statements/")], "en")
    archive("/en/ministry-of-human-rights/", "Ministry of Human Rights", [p for p in newest if p["path"].startswith("/en/ministry-of-human-rights/")], "en")
    archive("/my/statements/", "ထုတ်ပြန်ချက်များ", [p for p in newest if p["path"].startswith("/my/statements/")], "my")
    locs = "\n".join("<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (B, p["path"], p["dt"].astimezone(ZoneInfo(YGN)).isoformat()) for p in newest)
    w.serve(SID, "/wp-sitemap.xml", "wp-sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n' % B, XML, newest[0]["dt"])
    w.serve(SID, "/wp-sitemap-posts-post-1.xml", "wp-sitemap-posts-post-1.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % locs, XML, newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {{BASE:nug}}/wp-sitemap.xml\n", TXT, "2021-05-01T00:00:00Z")

    w.faults += [
        {"id": "nug-rest-closed", "site": SID, "type": "status", "status": 401,
         "body_json": {"code": "rest_login_required", "message": "REST API restricted to authenticated users.", "data": {"status": 401}},
         "match": {"path": "/wp-json/", "prefix": True},
         "expect": "the REST API is closed: a source must use the feeds (a wordPress source here fails with a clear message)"},
        {"id": "nug-old-permalink-1", "site": SID, "type": "redirect", "status": 301, "location": B + "/statements/statement-12-2024/",
         "match": {"path": "/2024/11/06/statement-12-2024/"},
         "expect": "follow: first hop of the chain from the feed's old link to G32"},
        {"id": "nug-old-permalink-2", "site": SID, "type": "redirect", "status": 302, "location": B + "/en/statements/statement-no-12-2024-gms-summit-kunming/",
         "match": {"path": "/statements/statement-12-2024/"},
         "expect": "follow: second hop; the item's URL is the final one (also its rel=canonical)"},
        {"id": "nug-my-feed-503", "site": SID, "type": "fail_first", "status": 503, "count": 1, "retry_after": 2,
         "match": {"path": "/my/feed/"},
         "expect": "honour Retry-After: 2 and retry; the Burmese feed is read on the second attempt"},
    ]
