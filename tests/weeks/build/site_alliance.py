"""alliance: a WordPress coalition site (Bangkok time) that also reposts its members' statements; REST API open."""
from common import *

SID = "alliance"
B = "{{BASE:alliance}}"
BKK = "Asia/Bangkok"
CATS = {2: ("Alliance Statements", "alliance-statements"), 3: ("Member Statements", "member-statements"),
        4: ("News &amp; Updates", "news"), 5: ("Take Action", "take-action"), 6: ("Vacancies", "vacancies"),
        7: ("Partner Statements", "partner-statements")}


def tx(s):
    """wptexturize, as far as these titles need it."""
    return s.replace("'", "\u2019")


def signed(names):
    return "<ol class=\"signatories\">\n" + "\n".join("<li>%s</li>" % e(n) for n in names) + "\n</ol>"


CBO_48 = [
    "Ayadaw Township Women's Group", "Budalin Youth Network", "Chaung-U Community Development Group", "Depayin Relief Committee",
    "Kani Township People's Voice", "Kanbalu Farmers' Network", "Khin-U Social Support Group", "Monywa Youth Association",
    "Myaung Township Women's Network", "Myinmu Community Relief Group", "Pale Township Youth Group", "Salingyi Farmers' Association",
    "Sagaing Community Health Volunteers", "Shwebo Women's Association", "Taze Township Relief Network", "Tabayin Youth Force for Education",
    "Wetlet Township Social Welfare Group", "Ye-U Community Network", "Yinmabin Township Women's Network", "Kalay Civil Society Network",
    "Mingin Township Youth Network", "Gangaw Community Development Association", "Pakokku Youth Union", "Myaing Township Relief Committee",
    "Yesagyo Farmers' Network", "Pauk Township Community Group", "Saw Township People's Network", "Tilin Social Development Group",
    "Magway Women's Rights Network", "Minbu Community Relief Group", "Natmauk Youth Network", "Pwintbyu Township Women's Group",
    "Salin Community Development Network", "Myingyan Civil Society Forum", "Natogyi Township Youth Group", "Taungtha Relief Committee",
    "Mahlaing Township Community Network", "Meiktila Women's Network", "Wundwin Youth Association", "Madaya Farmers' Network",
    "Singu Township Social Support Group", "Mogok Community Relief Network", "Thabeikkyin Youth Network", "Kyaukse Civil Society Group",
    "Nyaung-U Community Development Group", "Chauk Township Women's Group", "Yenangyaung Youth Network", "Sinbaungwe Relief Committee",
]
WOMEN_SAGAING = ["Monywa Women's Network", "Shwebo Women's Association", "Kani Township Women's Group",
                 "Yinmabin Women for Justice", "Sagaing Women's Union", "Pale Township Women's Network",
                 "Ayadaw Women's Rights Group"]


def page(p):
    cat_id = p["categories"][0]
    cname, cslug = CATS[cat_id]
    local = p["dt"].astimezone(ZoneInfo(BKK))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])} &#8211; Civilian Protection Alliance Myanmar</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="{B}{p['path']}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Civilian Protection Alliance Myanmar">
<meta property="article:published_time" content="{local.isoformat()}">
<link rel="alternate" type="application/rss+xml" title="Civilian Protection Alliance Myanmar &raquo; Feed" href="{B}/feed/">
<link rel="https://api.w.org/" href="{B}/wp-json/">
<link rel="alternate" title="JSON" type="application/json" href="{B}/wp-json/wp/v2/posts/{p['id_wp']}">
<link rel="shortlink" href="{B}/?p={p['id_wp']}">
<meta name="generator" content="WordPress 6.6.2">
<link rel='stylesheet' id='astra-theme-css-css' href='{B}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all'>
</head>
<body class="post-template-default single single-post postid-{p['id_wp']} single-format-standard ast-single-post ast-separate-container">
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
 <div class="site-branding"><span class="site-title" itemprop="name"><a href="{B}/" rel="home">Civilian Protection Alliance Myanmar</a></span>
 <p class="site-description" itemprop="description">Myanmar and regional organisations for the protection of civilians</p></div>
 <nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">
  <li><a href="{B}/category/alliance-statements/">Alliance Statements</a></li><li><a href="{B}/category/member-statements/">Member Statements</a></li>
  <li><a href="{B}/category/news/">News</a></li><li><a href="{B}/category/take-action/">Take Action</a></li><li><a href="{B}/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-{p['id_wp']} post type-post status-publish format-standard hentry category-{cslug} ast-article-single" id="post-{p['id_wp']}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
 <h1 class="entry-title" itemprop="headline">{e(tx(p['title']))}</h1>
 <div class="entry-meta"><span class="cat-links"><a href="{B}/category/{cslug}/" rel="category tag">{cname}</a></span> / By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by cpam-admin" href="{B}/author/cpam-admin/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">cpam-admin</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"><time class="entry-date published" datetime="{local.isoformat()}">{long_en(local)}</time></span></span></div>
</header>
<div class="entry-content clear" itemprop="text">
{p['content']}
</div>
</div>
</article>
</main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>Copyright &copy; 2024 Civilian Protection Alliance Myanmar | Powered by Astra WordPress Theme</p></div></footer>
</div>
</body>
</html>
"""


def build(w):
    port = 18303
    w.site({
        "id": SID, "name": "Civilian Protection Alliance Myanmar", "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "WordPress 6.6 (Astra theme)", "languages": ["en", "my"], "timezone": BKK,
        "owner": "Civilian Protection Alliance Myanmar (a coalition formed in 2024; secretariat in Chiang Mai)",
        "publishes_for_others": True,
        "feeds": [{"url": "/feed/", "type": "RSS 2.0", "notes": "all categories, ten newest posts"}],
        "wp_rest": {"url": "/wp-json/wp/v2/posts",
                    "notes": "open; categories: 2 Alliance Statements, 3 Member Statements (members' statements reposted), 4 News & Updates, 5 Take Action, 6 Vacancies, 7 Partner Statements (other bodies' statements reposted). date is Bangkok time without an offset, date_gmt UTC without an offset"},
        "sitemaps": ["/wp-sitemap.xml"],
        "listings": [{"url": "/category/member-statements/", "pagination": "/page/2/", "order": "newest first"},
                     {"url": "/category/alliance-statements/", "pagination": "/page/2/", "order": "newest first"}],
        "listing_markup": "each post is an <article>; link and title in h2.entry-title > a; date in time.entry-date.published (datetime with +07:00)",
        "xpath": {"item": "//main//article", "link": ".//h2[contains(@class,'entry-title')]/a/@href",
                  "title": ".//h2[contains(@class,'entry-title')]/a", "date": ".//time[contains(@class,'published')]/@datetime",
                  "next": "//a[contains(@class,'next')]/@href"},
        "detail_markup": "h1.entry-title; the byline is the site account \"cpam-admin\" (never an issuer); reposts name their issuer in the first paragraph as \"Source: …\", \"Published by: …\" or, on Burmese posts, \"ရင်းမြစ် - …\"; joint statements carry their signatories as an ordered list",
        "slash_redirect": True,
        "robots": "WordPress defaults: Disallow /wp-admin/ (Allow admin-ajax.php), Disallow /members-area/",
        "notes": "A coalition site: its own statements (Alliance Statements) are by the alliance, reposts (Member and Partner Statements) are by the body the post names. Post times are Bangkok time.",
    })

    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    posts = [
        dict(id="G40", wp=311, slug="protecting-civilians-cannot-wait-global-ban-jet-fuel",
             title="Protecting Civilians Cannot Wait: Alliance Calls for a Global Ban on Jet Fuel Sales to the Myanmar Military",
             local="2024-11-04 08:00", cats=[2], cat="statement", issuer="Civilian Protection Alliance Myanmar", lang="en",
             content=P("The Civilian Protection Alliance Myanmar (CPAM), a coalition of 31 Myanmar and regional organisations formed in March 2024 to press for the protection of civilians, calls on every government to stop the supply, sale and transfer of aviation fuel to the Myanmar military.",
                       "Since the start of October, military aircraft have struck villages, camps for displaced people, schools and clinics in Sagaing, Magway, Chin, Karenni and Rakhine. These strikes are only possible because aviation fuel continues to reach the military through ports and traders in the region.",
                       "We urge ASEAN member states, in particular those whose ports handle fuel shipments to Myanmar, to act now. Every shipment stopped saves lives.",
                       "<strong>Civilian Protection Alliance Myanmar</strong><br>Contact: secretariat@cpam.example")),
        dict(id="G06", wp=318, slug="stop-airstrikes-displaced-people-joint-statement-gms-summit-kunming",
             title="Stop Airstrikes on Displaced People: Joint Statement ahead of the Greater Mekong Subregion Summit in Kunming",
             local="2024-11-06 09:00", cats=[2], cat="statement", issuer="48 Community-Based Organizations", lang="en",
             content=P("We, the 48 undersigned community-based organizations from Sagaing, Magway and Mandalay regions, write as the leaders of the Greater Mekong Subregion meet in Kunming, where the head of the Myanmar military has been welcomed as a guest.",
                       "In the past month alone, airstrikes have hit four camps for displaced people in our regions. Families who fled their villages have nowhere left to run.",
                       "We call on the governments meeting in Kunming not to lend legitimacy to the military, to press for an immediate end to airstrikes, and to support humanitarian aid delivered through local communities.",
                       "<strong>Signed by:</strong>") + "\n" + signed(CBO_48)),
        dict(id="G07", wp=305, slug="stop-shelling-civilian-areas-northern-shan-state",
             title="Stop Shelling Civilian Areas in Northern Shan State",
             local="2024-11-09 00:10", cats=[3], cat="statement", issuer="Ta'ang Women's Organization", lang="en",
             trap="posted 2024-11-09 00:10 Bangkok time (REST date without offset, and /2024/11/09/ in its address) = 2024-11-08 23:40 in Yangon: inside the window",
             content=P("<strong>Source:</strong> Ta'ang Women's Organization",
                       "Since late October, the Myanmar military has repeatedly shelled villages and town wards in Namhsan, Mantong and Kyaukme townships, killing at least nine civilians, among them three women and two children, and forcing thousands of people to flee.",
                       "We demand an immediate end to the shelling of civilian areas and call on humanitarian organisations to reach the displaced families sheltering in monasteries and forests.",
                       "Ta'ang Women's Organization (TWO)")),
        dict(id="G08", wp=309, slug="pakokku-township-womens-network-statement",
             title="ပခုက္ကူမြို့နယ်အတွင်း အမျိုးသမီးများအပေါ် စစ်ကောင်စီတပ်၏ လိင်အကြမ်းဖက်မှုများကို ပြင်းထန်စွာ ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်",
             local="2024-11-03 15:20", cats=[3], cat="statement", issuer="Pakokku Township Women's Network", lang="my",
             content=P("ရင်းမြစ် - ပခုက္ကူမြို့နယ် အမျိုးသမီးကွန်ရက်",
                       "အောက်တိုဘာလ နောက်ဆုံးပတ်အတွင်း ပခုက္ကူမြို့နယ် အနောက်ပိုင်းရှိ ကျေးရွာများသို့ ဝင်ရောက်စီးနင်းခဲ့သော စစ်ကောင်စီတပ်ဖွဲ့ဝင်များသည် အမျိုးသမီး အနည်းဆုံး ငါးဦးကို လိင်အကြမ်းဖက်မှု ကျူးလွန်ခဲ့ကြောင်း ကျွန်ုပ်တို့ ကွန်ရက်က မှတ်တမ်းတင် ရရှိထားပါသည်။",
                       "ဤကျူးလွန်မှုများသည် စစ်ရာဇဝတ်မှုများ ဖြစ်သည့်အတွက် ကျူးလွန်သူများကို တာဝန်ခံစေရန်နှင့် အသက်ရှင်ကျန်ရစ်သူ အမျိုးသမီးများအတွက် ဆေးကုသမှုနှင့် စိတ်လူမှုပံ့ပိုးမှုများ ပေးနိုင်ရန် နိုင်ငံတကာ အသိုင်းအဝိုင်းကို တောင်းဆိုပါသည်။",
                       "ပခုက္ကူမြို့နယ် အမျိုးသမီးကွန်ရက်<br>" + my_date(at("2024-11-03 12:00", BKK)))),
        dict(id="G09", wp=314, slug="statement-killing-pastor-two-church-members-bhamo-township",
             title="Statement on the Killing of a Pastor and Two Church Members in Bhamo Township",
             local="2024-11-05 18:00", cats=[3], cat="statement", issuer="Kachin Baptist Convention", lang="en",
             content=P("<em>Published by: Kachin Baptist Convention</em>",
                       "On 31 October 2024, soldiers of the Myanmar military entered Nam Hkam Yang village in Bhamo Township and shot dead the Reverend Hkawng Lum, pastor of the village church, and two members of his congregation who were sheltering in the church compound.",
                       "We mourn our brothers and condemn this killing of unarmed civilians in a place of worship. We call on the international community to hold the perpetrators to account and on all armed actors to respect places of worship and those who shelter in them.",
                       "General Secretary, on behalf of the Executive Committee")),
        dict(id="G10", wp=321, slug="joint-statement-womens-groups-sagaing-region-sexual-violence-military-raids",
             title="Joint Statement by the Women's Groups of Sagaing Region on Sexual Violence during Military Raids",
             local="2024-11-07 10:30", cats=[3], cat="statement", issuer="Women's Groups of Sagaing Region", lang="en",
             content=P("We, the women's groups of Sagaing Region, have documented 23 cases of rape and sexual assault committed by soldiers during raids on villages in Kani, Yinmabin, Pale and Ayadaw townships between July and October 2024.",
                       "Sexual violence is being used as a weapon to terrorise our communities. We call for these crimes to be referred to international justice mechanisms, and for survivors to receive medical, psychological and legal support.",
                       "<strong>Signed by the women's groups of Sagaing Region:</strong>") + "\n" + signed(WOMEN_SAGAING)),
        dict(id="D13", wp=312, slug="children-myanmar-face-deadliest-year-unicef",
             title="Children in Myanmar face deadliest year as attacks on schools and homes intensify",
             local="2024-11-04 15:00", cats=[7], cat="duplicate", duplicate_of="G01", lang="en",
             why="repost of UNICEF's press release (G01), naming UNICEF as its source and linking to the original",
             content=P("<strong>Source:</strong> UNICEF East Asia and Pacific &#8211; <a href=\"{{BASE:unicef}}/en/press-releases/children-myanmar-face-deadliest-year-attacks-schools-and-homes-intensify\">original press release</a>",
                       "BANGKOK, 4 November 2024 &#8211; At least 650 children have been killed or maimed in Myanmar since January, more than in any year since 2021, as airstrikes and shelling increasingly hit schools, homes and places where displaced families shelter.")),
        dict(id="D14", wp=327, slug="end-forced-recruitment-women-mon-state",
             title="End the Forced Recruitment of Women in Mon State",
             local="2024-11-02 00:20", cats=[3], cat="outside_window", lang="en",
             why="posted 2024-11-02 00:20 Bangkok time (REST date without offset) = 2024-11-01 23:50 in Yangon",
             trap="naive site-local timestamp: read as Yangon time it falls inside the window; Yangon is 30 minutes behind Bangkok",
             content=P("<strong>Source:</strong> Mon Women's Organization",
                       "The Mon Women's Organization condemns the military's new order requiring women aged 18 to 27 in Mon State to register for military service.")),
        dict(id="D15", wp=316, slug="take-action-tell-asean-foreign-ministers-suspend-junta",
             title="Take Action: Tell ASEAN Foreign Ministers to Suspend the Junta",
             local="2024-11-05 12:00", cats=[5], cat="petition", lang="en", why="an action alert asking readers to send a letter",
             content=P("Add your name to our letter to ASEAN foreign ministers. It takes two minutes.",
                       "<a class=\"wp-block-button__link\" href=\"" + B + "/take-action/asean-letter/\">Sign the letter</a>")),
        dict(id="D16", wp=319, slug="were-hiring-advocacy-officer-chiang-mai",
             title="We're Hiring: Advocacy Officer (Chiang Mai)",
             local="2024-11-06 14:00", cats=[6], cat="vacancy", lang="en", why="a job advertisement",
             content=P("The Alliance secretariat is looking for an Advocacy Officer to join its team in Chiang Mai. Deadline for applications: 20 November 2024.")),
        dict(id="D17", wp=323, slug="alliance-members-meet-mae-sot-second-general-assembly",
             title="Alliance Members Meet in Mae Sot for Second General Assembly",
             local="2024-11-07 16:00", cats=[4], cat="news", lang="en", why="the site's own news of a meeting",
             content=P("Representatives of 27 member organisations met in Mae Sot on 2 and 3 November for the Alliance's second general assembly, electing a new steering committee.")),
        dict(id="D18", wp=298, slug="restore-internet-access-karenni-state",
             title="Restore Internet Access in Karenni State",
             local="2024-10-25 10:00", cats=[3], cat="outside_window", lang="en", why="posted 25 October 2024",
             content=P("<strong>Source:</strong> Karenni Civil Society Network",
                       "For more than a year, mobile and internet services have been cut across most of Karenni State.")),
    ]
    for p in posts:
        dt = at(p["local"], BKK)
        p["dt"] = dt
        p["id_wp"] = p["wp"]
        p["categories"] = p["cats"]
        p["path"] = "/%04d/%02d/%02d/%s/" % (dt.year, dt.month, dt.day, p["slug"])
        w.serve(SID, p["path"], p["path"].strip("/") + "/index.html", page(p), HTML, dt, detail=True)
        title = tx(p["title"])
        w.add(id=p["id"], site=SID, url=w.base(SID) + p["path"], title=title, dt=dt, lang=p["lang"], cat=p["cat"],
              issuer=p.get("issuer"), section="Statements and Press Releases" if p["cat"] == "statement" else None,
              why=p.get("why"), trap=p.get("trap"), duplicate_of=p.get("duplicate_of"))

    def rendered_title(t):
        return tx(t).replace("\u2019", "&#8217;")

    rest = []
    for p in sorted(posts, key=lambda p: p["dt"], reverse=True):
        gmt = p["dt"].astimezone(timezone.utc)
        loc = p["dt"].replace(tzinfo=None)
        rest.append({
            "id": p["wp"], "date": loc.isoformat(), "date_gmt": gmt.replace(tzinfo=None).isoformat(),
            "guid": {"rendered": "%s/?p=%d" % (B, p["wp"])},
            "modified": loc.isoformat(), "modified_gmt": gmt.replace(tzinfo=None).isoformat(),
            "slug": p["slug"], "status": "publish", "type": "post", "link": B + p["path"],
            "title": {"rendered": rendered_title(p["title"])},
            "content": {"rendered": p["content"] + "\n", "protected": False},
            "excerpt": {"rendered": "<p>" + e(p["title"]) + "</p>\n", "protected": False},
            "author": 2, "featured_media": 0, "comment_status": "closed", "ping_status": "closed", "sticky": False,
            "template": "", "format": "standard", "meta": {"footnotes": ""}, "categories": p["cats"], "tags": [],
            "_links": {"self": [{"href": "%s/wp-json/wp/v2/posts/%d" % (B, p["wp"])}]}})
    w.write(SID, "_wp/posts.json", json.dumps(rest, ensure_ascii=False, indent=1))
    cats = [{"id": cid, "count": sum(1 for p in posts if cid in p["cats"]), "description": "",
             "link": "%s/category/%s/" % (B, slug), "name": name.replace("&amp;", "&amp;"), "slug": slug,
             "taxonomy": "category", "parent": 0, "meta": []} for cid, (name, slug) in CATS.items()]
    cats.insert(0, {"id": 1, "count": 0, "description": "", "link": B + "/category/uncategorized/", "name": "Uncategorized",
                    "slug": "uncategorized", "taxonomy": "category", "parent": 0, "meta": []})
    w.write(SID, "_wp/categories.json", json.dumps(cats, ensure_ascii=False, indent=1))
    w.wp_rest(SID, "_wp/posts.json", "_wp/categories.json", 420)

    newest = sorted(posts, key=lambda p: p["dt"], reverse=True)
    rss = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", "<title>Civilian Protection Alliance Myanmar</title>",
           '<atom:link href="%s/feed/" rel="self" type="application/rss+xml" />' % B, "<link>%s</link>" % B,
           "<description>Myanmar and regional organisations for the protection of civilians</description>",
           "<lastBuildDate>%s</lastBuildDate>" % rfc822(newest[0]["dt"]).replace("GMT", "+0000"),
           "<language>en-US</language>", "<generator>https://wordpress.org/?v=6.6.2</generator>"]
    for p in newest[:10]:
        rss += ["<item>", "<title>%s</title>" % rendered_title(p["title"]).replace("&amp;", "&#038;"),
                "<link>%s%s</link>" % (B, p["path"]),
                "<dc:creator><![CDATA[cpam-admin]]></dc:creator>",
                "<pubDate>%s</pubDate>" % rfc822(p["dt"]).replace("GMT", "+0000"),
                "<category><![CDATA[%s]]></category>" % CATS[p["cats"][0]][0].replace("&amp;", "&"),
                '<guid isPermaLink="false">%s/?p=%d</guid>' % (B, p["wp"]),
                "<description><![CDATA[%s]]></description>" % p["title"],
                "<content:encoded><![CDATA[%s]]></content:encoded>" % p["content"], "</item>"]
    rss += ["</channel>", "</rss>", ""]
    w.serve(SID, "/feed/", "feed/index.xml", "\n".join(rss), RSS, newest[0]["dt"])

    for cid in (2, 3):
        name, slug = CATS[cid]
        arts = []
        for p in newest:
            if cid not in p["cats"]:
                continue
            local = p["dt"]
            arts.append(f"""<article class="post-{p['wp']} post type-post status-publish format-standard hentry category-{slug} ast-grid-common-col">
 <div class="ast-post-format- blog-layout-1"><div class="post-content"><header class="entry-header">
  <h2 class="entry-title" itemprop="headline"><a href="{B}{p['path']}" rel="bookmark">{e(tx(p['title']))}</a></h2>
  <div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished"><time class="entry-date published" datetime="{local.isoformat()}">{long_en(local)}</time></span></span></div>
 </header></div></div>
</article>""")
        body = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{name} &#8211; Civilian Protection Alliance Myanmar</title>
<link rel="canonical" href="{B}/category/{slug}/"></head>
<body class="archive category category-{slug}"><main id="main" class="site-main">
<section class="ast-archive-description"><h1 class="page-title ast-archive-title">{name}</h1></section>
{chr(10).join(arts)}
</main></body></html>
"""
        w.serve(SID, "/category/%s/" % slug, "category/%s/index.html" % slug, body, HTML, newest[0]["dt"])

    locs = "\n".join("<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (B, p["path"], p["dt"].isoformat()) for p in newest)
    w.serve(SID, "/wp-sitemap.xml", "wp-sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n' % B,
            XML, newest[0]["dt"])
    w.serve(SID, "/wp-sitemap-posts-post-1.xml", "wp-sitemap-posts-post-1.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % locs,
            XML, newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt",
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /members-area/\n\nSitemap: {{BASE:alliance}}/wp-sitemap.xml\n",
            TXT, "2024-03-15T00:00:00Z")

    w.faults.append({"id": "alliance-rest-spacing", "site": SID, "type": "rate_limit", "min_interval_s": 0.5, "retry_after": 2,
                     "match": {"path": "/wp-json/wp/v2/posts", "prefix": True},
                     "expect": "requests to the REST API closer than 0.5 s apart get 429 with Retry-After: 2; a polite client spaces its requests and, if it gets a 429, waits and retries"})
    w.content_faults.append({"id": "alliance-naive-dates", "site": SID, "url": "/wp-json/wp/v2/posts", "type": "naive_timestamps",
                             "description": "REST `date` is Bangkok wall-clock time without an offset (date_gmt is UTC without an offset). G07 is dated 2024-11-09T00:10:00 (= 8 November 23:40 in Yangon, in the window); D14 2024-11-02T00:20:00 (= 1 November 23:50 in Yangon, outside)",
                             "expect": "read `date` in the site's zone (Asia/Bangkok) or use date_gmt as UTC: G07 is kept, D14 is left out"})
