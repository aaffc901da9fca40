"""unicef: a Drupal 10 regional site of a UN agency (Bangkok time), one RSS feed of all content."""
from common import *

SID = "unicef"
B = "{{BASE:unicef}}"


def page(title, canonical, body, node, ptype, dt, extra_head="", shortlink=True, print_link=None, section="Press releases"):
    local = dt.astimezone(ZoneInfo("Asia/Bangkok"))
    shown = local.strftime("%d %B %Y")
    sl = '<link rel="shortlink" href="%s/node/%d">\n' % (B, node) if shortlink else ""
    pr = ('<li class="share__print"><a href="%s" rel="nofollow">Print</a></li>' % print_link) if print_link else ""
    ld = json.dumps({"@context": "https://schema.org", "@graph": [{
        "@type": "NewsArticle", "headline": title, "datePublished": local.isoformat(),
        "publisher": {"@type": "Organization", "name": "UNICEF", "url": B + "/en"},
        "mainEntityOfPage": canonical}]}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(title)} | UNICEF East Asia and Pacific</title>
<link rel="canonical" href="{canonical}">
{sl}<meta property="og:site_name" content="UNICEF East Asia and Pacific">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(title)}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{ld}</script>
{extra_head}<link rel="alternate" type="application/rss+xml" title="UNICEF East Asia and Pacific" href="{B}/en/rss.xml">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q0x8b2Ahr1.css">
</head>
<body class="path-node page-node-type-{ptype}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
 <div class="region region-header">
  <div class="site-branding"><a href="{B}/en" rel="home"><img src="/themes/custom/unicef_eap/logo.svg" alt="UNICEF"></a>
   <span class="site-branding__region">East Asia and Pacific</span></div>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
   <ul class="menu"><li><a href="{B}/en/what-we-do">What we do</a></li><li><a href="{B}/en/press-releases">Press releases</a></li><li><a href="{B}/en/reports">Reports</a></li><li><a href="{B}/en/stories">Stories</a></li><li><a href="{B}/en/careers">Careers</a></li><li class="menu-item--donate"><a href="{B}/en/donate/myanmar-children-appeal">Donate</a></li></ul></nav>
 </div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a href="{B}/en">Home</a></li><li><a href="{B}/en/{'reports' if ptype == 'report' else 'press-releases'}">{section}</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article role="article" class="node node--type-{ptype} node--view-mode-full">
 <div class="node__header">
  <div class="field field--name-field-content-type field--type-entity-reference field__item">{e({'press_release':'Press release','report':'Report','story':'Story','vacancy':'Vacancy','donate':'Appeal','media_advisory':'Media advisory'}.get(ptype, 'Press release'))}</div>
  <h1 class="page-title"><span class="field field--name-title field--type-string">{e(title)}</span></h1>
  <div class="field field--name-field-date field--type-datetime"><time datetime="{utc_z(dt)}">{shown}</time></div>
  <ul class="share">{pr}<li class="share__email"><a href="mailto:?subject={e(title)}">Email</a></li></ul>
 </div>
 <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{body}
 </div>
</article>
</main>
<footer class="site-footer"><p>UNICEF East Asia and Pacific Regional Office, 19 Phra Athit Road, Bangkok 10200, Thailand</p>
<p>&copy; UNICEF</p></footer>
</div>
</body>
</html>
"""


def build(w):
    port = 18301
    w.site({
        "id": SID, "name": "UNICEF East Asia and Pacific", "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "Drupal 10 (custom theme of a UN agency's regional office)",
        "languages": ["en"], "timezone": "Asia/Bangkok",
        "owner": "United Nations Children's Fund, East Asia and Pacific Regional Office",
        "publishes_for_others": False,
        "feeds": [{"url": "/en/rss.xml", "type": "RSS 2.0",
                   "notes": "every content type of the site in one feed: press releases, media advisories, reports, stories, vacancies and the donation appeal; pubDate in UTC; dc:creator is the web team"}],
        "wp_rest": None, "sitemaps": ["/sitemap.xml"],
        "listings": [{"url": "/en/press-releases", "pagination": "?page=1 (Drupal pager, zero-based)", "order": "newest first"},
                     {"url": "/en/reports", "pagination": "none", "order": "newest first"}],
        "listing_markup": "each item is a div.views-row holding an article; the link and title are the h3 > a; the date is a <time> whose datetime attribute is UTC and whose text is the Bangkok date",
        "xpath": {"item": "//div[contains(@class,'views-row')]", "link": ".//h3/a/@href", "title": ".//h3/a",
                  "date": ".//time/@datetime", "label": ".//div[contains(@class,'field--name-field-content-type')]",
                  "next": "//li[contains(@class,'pager__item--next')]/a/@href"},
        "detail_markup": "h1.page-title; the content type (Press release, Report, Story, Vacancy, Media advisory, Appeal) in div.field--name-field-content-type above it; <time datetime> in UTC with the Bangkok date as text; JSON-LD publisher is the acronym \"UNICEF\"; rel=canonical is the path alias and rel=shortlink the /node/N system path",
        "slash_redirect": False,
        "robots": "Drupal's standard rules plus Disallow: /en/print/ (print views)",
        "notes": "UN agency regional site: the issuer of its own items is the United Nations Children's Fund (never the acronym); one joint statement with the World Food Programme names both agencies in full only in its closing lines. Report PDFs live under /sites/default/files/.",
    })
    bkk = "Asia/Bangkok"

    def item(iid, slug, title, dt, ptype, body, cat, issuer=None, section=None, node=0, **kw):
        folder = {"press_release": "press-releases", "media_advisory": "press-releases", "report": "reports",
                  "story": "stories", "vacancy": "careers", "donate": "donate"}[ptype]
        path = "/en/%s/%s" % (folder, slug)
        return dict(id=iid, slug=slug, path=path, title=title, dt=dt, ptype=ptype, body=body, cat=cat,
                    issuer=issuer, section=section, node=node, **kw)

    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)

    items = [
        item("G01", "children-myanmar-face-deadliest-year-attacks-schools-and-homes-intensify",
             "Children in Myanmar face deadliest year as attacks on schools and homes intensify",
             at("2024-11-04 10:00", bkk), "press_release", P(
                 "BANGKOK, 4 November 2024 – At least 650 children have been killed or maimed in Myanmar since January, more than in any year since 2021, as airstrikes and shelling increasingly hit schools, homes and places where displaced families shelter.",
                 "In Sagaing Region alone, 46 schools were damaged or destroyed between July and October. In Rakhine State, fighting has cut families off from health care and markets for months.",
                 "&ldquo;Children are paying the highest price for a conflict they had no part in starting,&rdquo; said the Regional Director. &ldquo;Every party must stop attacks on schools and on the places where children live, and let humanitarian workers reach them.&rdquo;",
                 "UNICEF calls on all parties to respect international humanitarian law, to end the use of explosive weapons in populated areas, and to allow safe and unimpeded humanitarian access across Myanmar.",
                 "<strong>Media contacts</strong><br>Communication Section, UNICEF East Asia and Pacific Regional Office, Bangkok"),
             "statement", "United Nations Children's Fund", "Statements and Press Releases", node=48213),
        item("G02", "joint-statement-hunger-crisis-facing-children-rakhine-state",
             "Joint statement on the hunger crisis facing children in Rakhine State",
             at("2024-11-07 14:00", bkk), "press_release", P(
                 "BANGKOK, 7 November 2024 – UNICEF and WFP are deeply alarmed by the rapidly worsening hunger crisis in Rakhine State, where a blockade of roads and waterways has left more than two million people facing severe food shortages.",
                 "Screening in accessible areas of central Rakhine found one in seven children under five acutely malnourished. Stocks of ready-to-use therapeutic food held in Sittwe will run out before the end of the year unless supply routes reopen.",
                 "Our two agencies call on all parties to allow food, nutrition supplies and medicines to move freely, to protect civilians and civilian infrastructure, and to guarantee the safety of humanitarian workers.",
                 "The United Nations Children's Fund<br>The World Food Programme"),
             "statement", "United Nations Children's Fund and World Food Programme", "Statements and Press Releases", node=48266),
        item("G03", "myanmar-humanitarian-situation-report-no-9-september-october-2024",
             "Myanmar Humanitarian Situation Report No. 9 (September–October 2024)",
             at("2024-11-06 11:00", bkk), "report", P(
                 "This situation report covers the period 1 September to 31 October 2024. It summarises the humanitarian needs of children in Myanmar, UNICEF's response in health, nutrition, water and sanitation, education and child protection, and the funding gap of the 2024 appeal.",
                 "Highlights: 3.4 million people displaced; 1.1 million people reached with safe water after the Typhoon Yagi floods; 52 per cent of the 2024 appeal funded.",
                 '<a class="file-link" href="%s/sites/default/files/2024-11/UNICEF-Myanmar-Humanitarian-SitRep-No9-Sep-Oct-2024.pdf" type="application/pdf">Download the report (PDF, 1.4 MB)</a>' % B),
             "report", "United Nations Children's Fund", "Reports", node=48241),
        item("D01", "nutrition-officer-nob-lashio-myanmar-temporary-appointment",
             "Vacancy: Nutrition Officer (NOB), Lashio, Myanmar – Temporary Appointment",
             at("2024-11-05 09:00", bkk), "vacancy", P(
                 "UNICEF Myanmar is seeking a Nutrition Officer for a temporary appointment of 364 days based in Lashio, northern Shan State.",
                 "Closing date: 19 November 2024. Applications are accepted only through the UNICEF careers portal."),
             "vacancy", why="a job advertisement", node=48230),
        item("D02", "media-advisory-regional-launch-state-worlds-children-2024-bangkok",
             "Media advisory: Regional launch of The State of the World's Children 2024 in Bangkok",
             at("2024-11-06 15:00", bkk), "media_advisory", P(
                 "WHAT: Regional launch of UNICEF's flagship report, The State of the World's Children 2024.",
                 "WHEN: Wednesday, 20 November 2024, 10:00–11:30 (Bangkok time).",
                 "WHERE: Foreign Correspondents' Club of Thailand, Bangkok, and online. Journalists are asked to register by 18 November."),
             "event", why="a media advisory announcing a launch event", node=48250),
        item("D03", "rakhine-mothers-walk-days-reach-health-post",
             "In Rakhine, mothers walk for days to reach a health post",
             at("2024-11-07 10:00", bkk), "story", P(
                 "MRAUK-U, Myanmar – Daw Hla Hla left her village before dawn with her youngest son on her back.",
                 "Three days later she reached the mobile clinic supported by UNICEF, where nurses found the boy severely malnourished."),
             "news", why="a human-interest story, not a statement or report", node=48270),
        item("D04", "statement-unicef-regional-director-children-killed-myawaddy",
             "Statement by the UNICEF Regional Director on children killed in Myawaddy",
             at("2024-11-02 00:15", bkk), "press_release", P(
                 "BANGKOK, 2 November 2024 – I am appalled by reports that four children were killed when shells struck a residential ward of Myawaddy yesterday.",
                 "Children must never be a target. I urge all parties to protect them."),
             "outside_window", why="published 2024-11-01T17:15Z, i.e. 23:45 on 1 November in Yangon; the page shows the Bangkok date, 02 November 2024",
             trap="the visible date is the site's own (Bangkok) day; in Asia/Yangon the instant falls the day before the window", node=48205),
        item("D05", "donate/myanmar-children-appeal", "Myanmar: children need your help this winter",
             at("2024-11-03 08:00", bkk), "donate", P(
                 "Millions of children in Myanmar are displaced, hungry and out of school. Your gift today can provide safe water, vaccines and learning materials.",
                 '<a class="button" href="%s/en/donate/myanmar-children-appeal#form">Donate now</a>' % B),
             "petition", why="a fundraising appeal", node=48219),
        item("D06", "unicef-scales-up-flood-response-myanmar-typhoon-yagi",
             "UNICEF scales up flood response as Myanmar counts the cost of Typhoon Yagi",
             at("2024-10-28 11:00", bkk), "press_release", P(
                 "BANGKOK, 28 October 2024 – Six weeks after Typhoon Yagi, UNICEF and partners have reached more than one million people with safe water in Myanmar."),
             "outside_window", why="published 28 October 2024", node=48150),
    ]
    # the donate page lives at /en/donate/<slug>
    for it in items:
        if it["ptype"] == "donate":
            it["path"] = "/en/donate/myanmar-children-appeal"
            it["slug"] = "myanmar-children-appeal"

    for it in items:
        canon = B + it["path"]
        print_link = None
        if it["id"] == "G02":
            print_link = B + "/en/print" + it["path"][3:]
        html_ = page(it["title"], canon, it["body"], it["node"], it["ptype"], it["dt"], print_link=print_link,
                     section="Reports" if it["ptype"] == "report" else "Press releases")
        w.serve(SID, it["path"], it["path"].strip("/") + "/index.html", html_, HTML, it["dt"], detail=True)
        w.add(id=it["id"], site=SID, url=w.base(SID) + it["path"], title=it["title"], dt=it["dt"], lang="en",
              cat=it["cat"], issuer=it.get("issuer"), section=it.get("section"), why=it.get("why"), trap=it.get("trap"))

    g1 = items[0]
    # /node/N: the system path of G01, same page; canonical points at the alias
    w.serve(SID, "/node/48213", "node/48213.html",
            page(g1["title"], B + g1["path"], g1["body"], 48213, "press_release", g1["dt"]), HTML, g1["dt"], detail=True)
    w.add(id="D07", site=SID, url=w.base(SID) + "/node/48213", title=g1["title"], dt=g1["dt"], lang="en", cat="duplicate",
          duplicate_of="G01", why="Drupal's system path of the same node (rel=shortlink on G01); rel=canonical names the alias")
    g2 = items[1]
    ppath = "/en/print" + g2["path"][3:]
    pv = page(g2["title"], B + ppath, g2["body"], 48266, "press_release", g2["dt"], shortlink=False)
    w.serve(SID, ppath, "en/print/" + g2["slug"] + ".html", pv, HTML, g2["dt"], detail=True)
    w.add(id="D08", site=SID, url=w.base(SID) + ppath, title=g2["title"], dt=g2["dt"], lang="en",
          cat="robots_disallowed", duplicate_of="G02", why="print view of G02 under /en/print/, which robots.txt disallows; linked from G02's share bar")

    # the PDF of the situation report
    w.serve(SID, "/sites/default/files/2024-11/UNICEF-Myanmar-Humanitarian-SitRep-No9-Sep-Oct-2024.pdf",
            "sites/default/files/2024-11/UNICEF-Myanmar-Humanitarian-SitRep-No9-Sep-Oct-2024.pdf",
            pdf("Myanmar Humanitarian Situation Report No. 9", "UNICEF Myanmar", items[2]["dt"], [
                "UNICEF Myanmar Humanitarian Situation Report No. 9",
                "Reporting period: 1 September - 31 October 2024",
                "3.4 million people internally displaced.",
                "1.1 million people reached with safe water after the Typhoon Yagi floods.",
                "52 per cent of the 2024 Humanitarian Action for Children appeal funded."]), PDF, items[2]["dt"])

    # feed: every content type, newest first
    feed_items = sorted(items, key=lambda i: i["dt"], reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xml:base="%s/en" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">' % B,
           "<channel>", "<title>UNICEF East Asia and Pacific</title>", "<link>%s/en</link>" % B,
           "<description>News, reports and stories from UNICEF in East Asia and the Pacific</description>",
           "<language>en</language>", '<atom:link href="%s/en/rss.xml" rel="self" type="application/rss+xml"/>' % B]
    for it in feed_items:
        summary = it["body"].split("</p>")[0].replace("<p>", "")
        out += ["<item>", "<title>%s</title>" % e(it["title"]), "<link>%s%s</link>" % (B, it["path"]),
                "<description>%s</description>" % e(summary),
                "<category>%s</category>" % {"press_release": "Press release", "media_advisory": "Media advisory", "report": "Report", "story": "Story", "vacancy": "Vacancy", "donate": "Appeal"}[it["ptype"]],
                "<pubDate>%s</pubDate>" % rfc822(it["dt"]).replace("GMT", "+0000"),
                "<dc:creator>eapro-web</dc:creator>",
                '<guid isPermaLink="false">%d at %s</guid>' % (it["node"], B), "</item>"]
    out += ["</channel>", "</rss>", ""]
    w.serve(SID, "/en/rss.xml", "en/rss.xml", "\n".join(out), RSS, feed_items[0]["dt"])

    # listings
    def listing(title, its):
        rows = []
        for it in its:
            local = it["dt"].astimezone(ZoneInfo(bkk))
            label = {"press_release": "Press release", "media_advisory": "Media advisory", "report": "Report"}[it["ptype"]]
            rows.append(f"""<div class="views-row"><article class="node node--type-{it['ptype']} node--view-mode-teaser">
 <div class="field field--name-field-content-type">{label}</div>
 <h3><a href="{B}{it['path']}" hreflang="en">{e(it['title'])}</a></h3>
 <time datetime="{utc_z(it['dt'])}">{local.strftime('%d %B %Y')}</time>
</article></div>""")
        return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{title} | UNICEF East Asia and Pacific</title>
<link rel="canonical" href="{B}/en/{title.lower().replace(' ', '-')}"></head>
<body class="path-{title.lower().replace(' ', '-')}"><main role="main"><h1 class="page-title">{title}</h1>
<div class="view view-content-listing view-display-id-page_1"><div class="view-content">
{chr(10).join(rows)}
</div>
<nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0">1</a></li></ul></nav>
</div></main></body></html>
"""
    prs = [i for i in feed_items if i["ptype"] in ("press_release", "media_advisory")]
    w.serve(SID, "/en/press-releases", "en/press-releases/index.html", listing("Press releases", prs), HTML, prs[0]["dt"])
    reps = [i for i in feed_items if i["ptype"] == "report"]
    w.serve(SID, "/en/reports", "en/reports/index.html", listing("Reports", reps), HTML, reps[0]["dt"])

    urls = "\n".join("<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (B, i["path"], utc_z(i["dt"])) for i in feed_items)
    w.serve(SID, "/sitemap.xml", "sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % urls,
            XML, feed_items[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt", """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /profiles/*.css$
Allow: /themes/*.css$
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /en/print/
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/search/
Sitemap: {{BASE:unicef}}/sitemap.xml
""", TXT, "2024-06-01T00:00:00Z")

    w.faults.append({"id": "unicef-feed-503", "site": SID, "type": "fail_first", "status": 503, "count": 2,
                     "match": {"path": "/en/rss.xml"},
                     "expect": "retry with back-off: the third request gets the feed; the source does not fail"})
