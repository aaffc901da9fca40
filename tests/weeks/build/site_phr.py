"""phr: a Ghost 5 site of an international NGO's Myanmar programme (US Eastern time, across the DST change)."""
import hashlib
from common import *

SID = "phr"
B = "{{BASE:phr}}"
NY = "America/New_York"
NAME = "Physicians for Human Rights"


def P(*ps):
    return "\n".join("<p>%s</p>" % p for p in ps)


def page(p, amp=False):
    local = p["dt"].astimezone(ZoneInfo(NY))
    iso_z = p["dt"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article",
                     "publisher": {"@type": "Organization", "name": NAME, "url": B + "/",
                                   "logo": {"@type": "ImageObject", "url": B + "/content/images/2023/02/phr-logo.png"}},
                     "author": {"@type": "Person", "name": p["author"], "url": B + "/author/" + p["author_slug"] + "/"},
                     "headline": p["title"], "url": B + p["path"], "datePublished": iso_z, "dateModified": iso_z,
                     "keywords": p["tag"], "description": p["excerpt"],
                     "mainEntityOfPage": B + p["path"]}, ensure_ascii=False, indent=4)
    canonical = B + p["path"]
    amp_link = "" if amp else '<link rel="amphtml" href="%s%samp/">' % (B, p["path"])
    html_open = '<html lang="en" amp>' if amp else '<html lang="en">'
    return f"""<!DOCTYPE html>
{html_open}
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(p['title'])}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{e(p['excerpt'])}">
<link rel="canonical" href="{canonical}">
<meta name="referrer" content="no-referrer-when-downgrade">
{amp_link}
<meta property="og:site_name" content="{NAME} – Myanmar">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(p['title'])}">
<meta property="og:url" content="{canonical}">
<meta property="article:published_time" content="{iso_z}">
<meta property="article:modified_time" content="{iso_z}">
<meta property="article:tag" content="{p['tag']}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">
{ld}
</script>
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="{NAME} – Myanmar" href="{B}/rss/">
</head>
<body class="post-template tag-{p['tag_slug']} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
 <div class="gh-head-brand"><a class="gh-head-logo" href="{B}/"><img src="{B}/content/images/2023/02/phr-logo.png" alt="{NAME} – Myanmar"></a></div>
 <nav class="gh-head-menu"><ul class="nav"><li class="nav-press-releases"><a href="{B}/tag/press-release/">Press Releases</a></li><li class="nav-reports"><a href="{B}/tag/reports/">Reports</a></li><li class="nav-events"><a href="{B}/tag/events/">Events</a></li><li class="nav-careers"><a href="{B}/tag/careers/">Careers</a></li></ul></nav>
</div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{p['tag_slug']}">
<header class="article-header gh-canvas">
 <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="{B}/tag/{p['tag_slug']}/">{p['tag']}</a></span></div>
 <h1 class="article-title">{e(p['title'])}</h1>
 <p class="article-excerpt">{e(p['excerpt'])}</p>
 <div class="article-byline"><section class="article-byline-content">
  <ul class="author-list"><li class="author-list-item"><a href="{B}/author/{p['author_slug']}/" class="author-avatar author-profile-image"><img src="{B}/content/images/size/w100/2023/05/avatar.jpg" alt="{p['author']}"></a></li></ul>
  <div class="article-byline-meta"><h4 class="author-name"><a href="{B}/author/{p['author_slug']}/">{p['author']}</a></h4>
   <div class="byline-meta-content"><time class="byline-meta-date" datetime="{local.strftime('%Y-%m-%d')}">{local.strftime('%b')} {local.day}, {local.year}</time><span class="byline-reading-time"><span class="bull">&bull;</span> {p['read']} min read</span></div>
  </div>
 </section></div>
</header>
<section class="gh-content gh-canvas">
{p['body']}
</section>
</article>
</main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="{B}/">{NAME} – Myanmar</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
"""


def build(w):
    port = 18305
    w.site({
        "id": SID, "name": NAME + " – Myanmar", "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "Ghost 5 (Casper-derived theme)", "languages": ["en"], "timezone": NY,
        "owner": NAME, "publishes_for_others": False,
        "feeds": [{"url": "/rss/", "type": "RSS 2.0", "notes": "Ghost's feed of all posts; pubDate in GMT; dc:creator is the staff author; the primary tag is the first <category>"}],
        "wp_rest": None, "sitemaps": ["/sitemap.xml"],
        "listings": [{"url": "/", "pagination": "/page/2/", "order": "newest first"},
                     {"url": "/tag/press-release/", "pagination": "/tag/press-release/page/2/", "order": "newest first"}],
        "listing_markup": "article.post-card; link a.post-card-content-link; title h2.post-card-title; date <time datetime> with the New York date only",
        "xpath": {"item": "//article[contains(@class,'post-card')]", "link": ".//a[contains(@class,'post-card-content-link')]/@href",
                  "title": ".//h2[contains(@class,'post-card-title')]", "date": ".//time/@datetime", "next": "//a[@class='older-posts']/@href"},
        "detail_markup": "h1.article-title; the byline is a staff member (a person, not the issuer); time.byline-meta-date shows the New York date only; meta article:published_time and JSON-LD datePublished are the UTC instant; JSON-LD publisher names the organisation; primary tag (Press Release, Reports, Events, Careers, In the News) above the title; every post has an AMP copy at <post>/amp/",
        "slash_redirect": True,
        "robots": "Ghost's: Disallow /ghost/, /p/, /email/, /r/, /webmentions/receive/",
        "notes": "US Eastern time; daylight saving time ended on 3 November 2024, so offsets are -04:00 before and -05:00 after.",
    })
    posts = [
        dict(id="G16", path="/myanmar-attacks-on-health-care-surge-as-junta-widens-air-campaign/",
             title="Myanmar: Attacks on Health Care Surge as Junta Widens Air Campaign",
             local="2024-11-01 22:00", tag="Press Release", tag_slug="press-release", author="Hnin Wai", author_slug="hnin",
             read=4, cat="statement", issuer=NAME, section="Statements and Press Releases",
             trap="the page shows \"Nov 1, 2024\" (the New York date); the instant is 2024-11-02T02:00Z, 08:30 on 2 November in Yangon",
             excerpt="Airstrikes hit 19 health facilities in October, the highest monthly toll since the coup.",
             body=P("Physicians for Human Rights (PHR) today warned that attacks on health care in Myanmar have reached their highest level since the February 2021 coup, as the military junta widens its air campaign against areas outside its control.",
                    "In October 2024 alone, PHR and its partners verified 19 attacks on hospitals and clinics, 14 of them by air. At least 11 health workers were killed.",
                    "&ldquo;Bombing hospitals is a war crime, and it is becoming routine in Myanmar,&rdquo; said PHR's Myanmar researcher. &ldquo;Governments that still sell aviation fuel to this military share responsibility.&rdquo;",
                    "PHR calls on the UN Security Council to refer the situation in Myanmar to the International Criminal Court.")),
        dict(id="G17", path="/no-safe-place-to-heal-attacks-on-health-care-in-myanmar/",
             title="\u201cNo Safe Place to Heal\u201d: Attacks on Health Care in Myanmar, January\u2013September 2024",
             local="2024-11-06 09:00", tag="Reports", tag_slug="reports", author="Research Team", author_slug="research",
             read=2, cat="report", issuer=NAME, section="Reports",
             excerpt="A new report documents 212 attacks on health care in Myanmar in the first nine months of 2024.",
             body=P("This report documents 212 attacks on health care in Myanmar between January and September 2024: airstrikes and shelling of hospitals, the arrest and killing of health workers, and the obstruction of medical supplies.",
                    "It draws on 64 interviews with health workers and patients in Sagaing, Magway, Chin, Karenni and Rakhine, and on satellite imagery of damaged facilities.",
                    '<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="%s/content/files/2024/11/PHR-Myanmar-No-Safe-Place-to-Heal-2024.pdf" title="Download"><div class="kg-file-card-title">No Safe Place to Heal (full report)</div><div class="kg-file-card-filesize">2 MB</div></a></div>' % B)),
        dict(id="D25", path="/myanmar-junta-must-end-conscription-of-medical-students/",
             title="Myanmar Junta Must End Conscription of Medical Students",
             local="2024-11-08 20:30", tag="Press Release", tag_slug="press-release", author="Hnin Wai", author_slug="hnin",
             read=3, cat="outside_window",
             why="published 2024-11-08 20:30 in New York (-05:00) = 2024-11-09T01:30Z = 08:00 on 9 November in Yangon",
             trap="the page and its listing show \"Nov 8, 2024\"; the instant is after the window in Asia/Yangon",
             excerpt="Forcing medical students into the army endangers patients and violates medical neutrality.",
             body=P("Physicians for Human Rights (PHR) today condemned the Myanmar junta's order calling up final-year medical students for military service.")),
        dict(id="D26", path="/webinar-documenting-attacks-on-health-in-conflict/",
             title="Webinar: Documenting Attacks on Health in Conflict – Lessons from Myanmar",
             local="2024-11-04 10:00", tag="Events", tag_slug="events", author="Communications", author_slug="comms",
             read=1, cat="event", why="announcement of an online event",
             excerpt="Join PHR researchers on 21 November for a discussion of methods.",
             body=P("Join PHR researchers and Myanmar health workers on Thursday, 21 November 2024, 9:00 a.m. ET, for a discussion of how attacks on health are documented and verified.",
                    "<a href=\"%s/r/webinar-registration\">Register now</a>" % B)),
        dict(id="D27", path="/careers-myanmar-researcher-bangkok/",
             title="Now Hiring: Myanmar Researcher (Bangkok)",
             local="2024-11-05 11:00", tag="Careers", tag_slug="careers", author="Communications", author_slug="comms",
             read=2, cat="vacancy", why="a job advertisement",
             excerpt="PHR seeks a researcher to document attacks on health care in Myanmar.",
             body=P("PHR seeks a full-time Myanmar Researcher based in Bangkok. Applications close on 30 November 2024.")),
        dict(id="D28", path="/phr-in-the-news-myanmar-october-2024/",
             title="PHR in the News: Myanmar, October 2024",
             local="2024-11-07 15:00", tag="In the News", tag_slug="in-the-news", author="Communications", author_slug="comms",
             read=2, cat="commentary", why="a round-up of media coverage by site staff",
             excerpt="Coverage of PHR's Myanmar work in the international press.",
             body=P("A selection of articles quoting PHR on Myanmar last month, from Reuters, the Guardian and Frontier Myanmar.")),
    ]
    for p in posts:
        p["dt"] = at(p["local"], NY)
        w.serve(SID, p["path"], p["path"].strip("/") + "/index.html", page(p), HTML, p["dt"], detail=True)
        w.add(id=p["id"], site=SID, url=w.base(SID) + p["path"], title=p["title"], dt=p["dt"], lang="en", cat=p["cat"],
              issuer=p.get("issuer"), section=p.get("section"), why=p.get("why"), trap=p.get("trap"))
    g16 = posts[0]
    w.serve(SID, g16["path"] + "amp/", g16["path"].strip("/") + "/amp/index.html", page(g16, amp=True), HTML, g16["dt"], detail=True)
    w.add(id="D29", site=SID, url=w.base(SID) + g16["path"] + "amp/", title=g16["title"], dt=g16["dt"], lang="en",
          cat="duplicate", duplicate_of="G16", why="the AMP copy of G16; its canonical is G16")
    w.serve(SID, "/content/files/2024/11/PHR-Myanmar-No-Safe-Place-to-Heal-2024.pdf", "content/files/2024/11/PHR-Myanmar-No-Safe-Place-to-Heal-2024.pdf",
            pdf("No Safe Place to Heal: Attacks on Health Care in Myanmar, January-September 2024", NAME, posts[1]["dt"], [
                "No Safe Place to Heal",
                "Attacks on Health Care in Myanmar, January-September 2024",
                "Physicians for Human Rights, November 2024",
                "212 attacks on health care documented in nine months."]), PDF, posts[1]["dt"])

    newest = sorted(posts, key=lambda p: p["dt"], reverse=True)
    items = []
    for p in newest:
        items.append(f"""<item><title><![CDATA[{p['title']}]]></title><description><![CDATA[{p['excerpt']}]]></description><link>{B}{p['path']}</link><guid isPermaLink="false">{hashlib.md5(p['path'].encode()).hexdigest()[:24]}</guid><category><![CDATA[{p['tag']}]]></category><dc:creator><![CDATA[{p['author']}]]></dc:creator><pubDate>{rfc822(p['dt'])}</pubDate><media:content url="{B}/content/images/2024/11/cover.jpg" medium="image"/><content:encoded><![CDATA[{p['body']}]]></content:encoded></item>""")
    rss = f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[{NAME} – Myanmar]]></title><description><![CDATA[Medical and scientific evidence of attacks on health care in Myanmar]]></description><link>{B}/</link><image><url>{B}/favicon.png</url><title>{NAME} – Myanmar</title><link>{B}/</link></image><generator>Ghost 5.96</generator><lastBuildDate>{rfc822(newest[0]['dt'])}</lastBuildDate><atom:link href="{B}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>{''.join(items)}</channel></rss>"""
    w.serve(SID, "/rss/", "rss/index.xml", rss, "application/rss+xml; charset=utf-8", newest[0]["dt"])

    cards = []
    for p in newest:
        local = p["dt"].astimezone(ZoneInfo(NY))
        cards.append(f"""<article class="post-card post tag-{p['tag_slug']}">
 <a class="post-card-image-link" href="{B}{p['path']}"><img class="post-card-image" src="{B}/content/images/2024/11/cover.jpg" alt="{e(p['title'])}"></a>
 <div class="post-card-content"><a class="post-card-content-link" href="{B}{p['path']}">
  <header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">{p['tag']}</span></div><h2 class="post-card-title">{e(p['title'])}</h2></header>
  <div class="post-card-excerpt">{e(p['excerpt'])}</div></a>
  <footer class="post-card-meta"><time class="post-card-meta-date" datetime="{local.strftime('%Y-%m-%d')}">{local.strftime('%b')} {local.day}, {local.year}</time></footer>
 </div>
</article>""")
    home = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{NAME} – Myanmar</title><link rel="canonical" href="{B}/">
<link rel="alternate" type="application/rss+xml" title="{NAME} – Myanmar" href="{B}/rss/"><meta name="generator" content="Ghost 5.96"></head>
<body class="home-template"><main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">
{chr(10).join(cards)}
</div></div></main></body></html>
"""
    w.serve(SID, "/", "index.html", home, HTML, newest[0]["dt"])
    pr = [c for c, p in zip(cards, newest) if p["tag_slug"] == "press-release"]
    w.serve(SID, "/tag/press-release/", "tag/press-release/index.html", home.replace("<div class=\"post-feed\">\n" + "\n".join(cards), "<div class=\"post-feed\">\n" + "\n".join(pr)), HTML, newest[0]["dt"])
    w.serve(SID, "/sitemap.xml", "sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//127.0.0.1/sitemap.xsl"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-posts.xml</loc><lastmod>%s</lastmod></sitemap></sitemapindex>' % (B, utc_z(newest[0]["dt"])),
            XML, newest[0]["dt"])
    w.serve(SID, "/sitemap-posts.xml", "sitemap-posts.xml",
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
                "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (B, p["path"], p["dt"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")) for p in newest),
            XML, newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt",
            "User-agent: *\nSitemap: {{BASE:phr}}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /r/\nDisallow: /webmentions/receive/\nDisallow: /p/\n",
            TXT, "2023-02-01T00:00:00Z")
    w.faults.append({"id": "phr-feed-weak-etag", "site": SID, "type": "conditional", "mode": "weak-etag",
                     "match": {"path": "/rss/"},
                     "expect": "the feed's ETag is weak (W/\"…\"); sending it back in If-None-Match gets 304 on the second run"})
