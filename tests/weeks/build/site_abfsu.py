"""abfsu: a Medium publication of a students' federation (UTC); statements in Burmese and English, joint statements."""
from common import *

SID = "abfsu"
B = "{{BASE:abfsu}}"
PUB_ID = "9d1e4b7c2a60"
ORG = "All Burma Federation of Student Unions"

UNIONS_38 = [
    "Yangon University Students' Union", "Dagon University Students' Union", "Mandalay University Students' Union",
    "Monywa University Students' Union", "Sagaing University of Education Students' Union", "Yadanabon University Students' Union",
    "Meiktila University Students' Union", "Magway University Students' Union", "Pakokku University Students' Union",
    "Shwebo University Students' Union", "Kalay University Students' Union", "Myitkyina University Students' Union",
    "Taunggyi University Students' Union", "Loikaw University Students' Union", "Hpa-An University Students' Union",
    "Mawlamyine University Students' Union", "Dawei University Students' Union", "Pathein University Students' Union",
    "Hinthada University Students' Union", "Sittwe University Students' Union", "Lashio University Students' Union",
    "Bago University Students' Union", "Pyay University Students' Union", "East Yangon University Students' Union",
    "West Yangon University Students' Union", "Yangon University of Economics Students' Union", "Yangon Technological University Students' Union",
    "Mandalay Technological University Students' Union", "University of Medicine 1 (Yangon) Students' Union", "University of Medicine (Mandalay) Students' Union",
    "Yangon University of Education Students' Union", "Kyaukse Technological University Students' Union", "Myingyan Degree College Students' Union",
    "Monywa Technological University Students' Union", "Taungoo University Students' Union", "Myeik University Students' Union",
    "Basic Education Students' Union (Sagaing)", "Basic Education Students' Union (Mandalay)",
]


def page(p):
    iso = p["dt"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "image": [], "url": B + p["path"],
                     "dateCreated": iso, "datePublished": iso, "dateModified": iso, "headline": p["title"], "name": p["title"],
                     "description": p["summary"], "identifier": p["pid"],
                     "author": {"@type": "Person", "name": p["author"], "url": B + "/@" + p["author_handle"]},
                     "creator": [p["author"]],
                     "publisher": {"@type": "Organization", "name": "ABFSU", "url": B + "/abfsu"},
                     "mainEntityOfPage": B + p["path"]}, ensure_ascii=False)
    paras = "\n".join('<p id="%s" class="pw-post-body-paragraph lu lv fx lw b lx ly lz ma mb mc md me mf mg mh mi mj mk ml mm mn mo mp mq mr gq bk" data-selectable-paragraph="">%s</p>' % (
        "p%02d" % i, x) for i, x in enumerate(p["paras"]))
    d = p["dt"]
    return f"""<!doctype html><html lang="{p['lang']}"><head><title>{e(p['title'])} | by {e(p['author'])} | ABFSU | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="{iso}">
<meta data-rh="true" name="title" content="{e(p['title'])} | by {e(p['author'])} | ABFSU | Medium">
<meta data-rh="true" property="og:title" content="{e(p['title'])}">
<meta data-rh="true" property="og:description" content="{e(p['summary'])}">
<meta data-rh="true" property="og:url" content="{B}{p['path']}">
<meta data-rh="true" name="author" content="{e(p['author'])}">
<meta data-rh="true" name="twitter:data1" content="{p['read']} min read">
<link data-rh="true" rel="author" href="{B}/@{p['author_handle']}">
<link data-rh="true" rel="canonical" href="{B}{p['path']}">
<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/{p['pid']}">
<script data-rh="true" type="application/ld+json">{ld}</script>
</head><body><div id="root"><div class="a b c"><div class="l c"><div class="l c">
<div class="bh bi bj bk bl bm bn bo bp bq br bs"><a href="{B}/abfsu" aria-label="Publication Home page"><div class="pub-name">ABFSU</div></a><div class="pub-tagline">{ORG} — ဗမာနိုင်ငံလုံးဆိုင်ရာ ကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ်</div></div>
<article><div class="l"><div class="l"><section><div><div class="ft fu fv fw fx"><div class="ab cb"><div class="ci bh ew ex ey ez">
<div><h1 id="h0" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle" data-selectable-paragraph="">{e(p['title'])}</h1></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hr hs ht hu hv ab"><div><div class="ab hw"><div>
<a href="{B}/@{p['author_handle']}" rel="noopener follow"><div class="l ex"><img alt="{e(p['author'])}" class="l ep by dd de cx" src="{B}/_/avatar/{p['author_handle']}.png" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="io ab q"><div class="ab q ip"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar iu" data-testid="authorName" href="{B}/@{p['author_handle']}" rel="noopener follow">{e(p['author'])}</a></div></div></div></div></div></span></div></div>
<div class="l ja"><span class="bf b bg z dx"><div class="ab cn jb jc jd"><div class="je jf ab"><div class="bf b bg z dx ab jg">Published in<div class="jh l" aria-hidden="true"></div><a class="af ag ah ai aj ak al am an ao ap aq ar iu ab q" data-testid="publicationName" href="{B}/abfsu" rel="noopener follow"><p class="bf b bg z ji jj jk jl jm jn jo jp bk">ABFSU</p></a></div></div>
<div class="h k"><span class="ji" aria-hidden="true">·</span></div><span data-testid="storyReadTime">{p['read']} min read</span><div class="jq jr l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span class="pw-published-date" data-testid="storyPublishDate">{d.strftime('%b')} {d.day}, {d.year}</span></div></span></div>
</div></div></div></div>
{paras}
</div></div></div></div></section></div></div></article>
</div></div></div></div></body></html>
"""


def build(w):
    port = 18312
    w.site({
        "id": SID, "name": "ABFSU (Medium publication)", "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "Medium (publication pages; class names generated)", "languages": ["en", "my"], "timezone": "UTC",
        "owner": ORG, "publishes_for_others": False,
        "feeds": [{"url": "/feed/abfsu", "type": "RSS 2.0", "notes": "Medium's publication feed: pubDate in GMT; links carry ?source=rss----…; dc:creator is the posting account or a member writing in their own name; full content in content:encoded"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/abfsu", "pagination": "infinite scroll (none for a client)", "order": "newest first"}],
        "listing_markup": "rendered by script; not usable without a browser",
        "xpath": None,
        "detail_markup": "h1.pw-post-title (data-testid=storyTitle); meta article:published_time (UTC); the author line is a Medium account (\"ABFSU\" or a member's own name); the publication tagline gives the federation's full name in English and Burmese; statements close with their signatories",
        "slash_redirect": False,
        "robots": "Medium-like: Disallow /m/ and /me/, allow the rest",
        "notes": "Statements of the federation, its joint statements with member unions, and members' personal essays (not statements) share the publication.",
    })
    sign = lambda names: "<br>".join(e(n) for n in names)
    posts = [
        dict(id="G37", pid="8f3c2a1b7d4e", path="/abfsu/8f3c2a1b7d4e", lang="my", utc="2024-11-02 11:00", author="ABFSU", author_handle="abfsu",
             title="စစ်ကောင်စီ၏ ရွေးကောက်ပွဲ အစီအစဉ်ကို ကျောင်းသားထုထည်က လက်မခံကြောင်း ထုတ်ပြန်ချက်", read=2,
             cat="statement", issuer=ORG, summary="ကျောင်းသားထုထည်က စစ်ကောင်စီ၏ ရွေးကောက်ပွဲကို လက်မခံပါ။",
             paras=["စစ်ကောင်စီက ၂၀၂၅ ခုနှစ်တွင် ကျင်းပမည်ဟု ကြေညာထားသော ရွေးကောက်ပွဲသည် စစ်အာဏာရှင်စနစ်ကို တရားဝင်အောင် ပြုလုပ်ရန် ကြိုးပမ်းမှုသာ ဖြစ်ပါသည်။",
                    "ကျောင်းသားထုထည်အနေဖြင့် ဤရွေးကောက်ပွဲကို လုံးဝ လက်မခံဘဲ စစ်အာဏာရှင်စနစ် အမြစ်ပြတ်ရေးအတွက် ဆက်လက် တော်လှန်သွားမည် ဖြစ်ပါသည်။",
                    "ဗမာနိုင်ငံလုံးဆိုင်ရာ ကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ် (ABFSU)<br>" + my_date(at("2024-11-02 00:00", "Asia/Yangon"))]),
        dict(id="G38", pid="3b9e1f0a2c47", path="/abfsu/students-will-not-serve-the-junta-joint-statement-against-forced-conscription-3b9e1f0a2c47",
             lang="en", utc="2024-11-06 04:00", author="ABFSU", author_handle="abfsu", read=5,
             title="Students Will Not Serve the Junta: Joint Statement against Forced Conscription",
             cat="statement", issuer="38 Students' Unions", summary="38 students' unions reject the junta's conscription of students.",
             paras=["We, the 38 undersigned students' unions, reject the military council's decision to call up university students and recent graduates for military service under the People's Military Service Law.",
                    "Students have been abducted from hostels and examination halls. Many have fled to areas controlled by the resistance or abroad rather than be forced to fight against their own people.",
                    "We call on students not to answer the call-up, on universities abroad to accept students fleeing conscription, and on the international community to protect them.",
                    "<strong>Signed by:</strong><br>" + sign(UNIONS_38)]),
        dict(id="G39", pid="a41c7e9d0b58", path="/abfsu/joint-statement-on-the-arrest-of-students-in-mandalay-a41c7e9d0b58",
             lang="en", utc="2024-11-07 12:00", author="ABFSU", author_handle="abfsu", read=3,
             title="Joint Statement on the Arrest of Students in Mandalay",
             cat="statement", issuer="All Burma Federation of Student Unions, Dagon University Students' Union, Yangon University Students' Union and Mandalay University Students' Union",
             summary="Four students' organisations condemn the arrest of 14 students in Mandalay.",
             paras=["The All Burma Federation of Student Unions (ABFSU), the Dagon University Students' Union, the Yangon University Students' Union and the Mandalay University Students' Union jointly condemn the arrest of 14 students in Mandalay on 4 November 2024 for taking part in a flash protest.",
                    "We demand their immediate and unconditional release and hold the military council responsible for their safety in detention.",
                    sign([ORG, "Dagon University Students' Union", "Yangon University Students' Union", "Mandalay University Students' Union"])]),
        dict(id="D60", pid="5e2d8c1f9a36", path="/abfsu/why-i-left-my-classroom-5e2d8c1f9a36",
             lang="en", utc="2024-11-04 09:00", author="Thura Aung", author_handle="thura.aung", read=7,
             title="Why I Left My Classroom", cat="commentary", why="a member's personal essay, not a statement of the federation",
             summary="A former physics student on the day he decided to join the strike.",
             paras=["I was in my third year of physics at Mandalay when the coup happened. This is the story of the day I stopped going to class."]),
        dict(id="D61", pid="d2c94e7a1f03", path="/abfsu/d2c94e7a1f03", lang="my", utc="2024-11-09 03:00", author="ABFSU", author_handle="abfsu", read=2,
             title="ပညာရေးဝန်ထမ်း CDM များအား ဖမ်းဆီးမှုကို ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်", cat="outside_window",
             why="published 2024-11-09T03:00Z = 09:30 on 9 November in Yangon", summary="CDM ဆရာ ဆရာမများ ဖမ်းဆီးခံရမှု",
             paras=["CDM ပညာရေးဝန်ထမ်းများကို ဖမ်းဆီးနေမှုကို ရှုတ်ချပါသည်။", "ဗမာနိုင်ငံလုံးဆိုင်ရာ ကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ်"]),
    ]
    for p in posts:
        p["dt"] = datetime.fromisoformat(p["utc"]).replace(tzinfo=timezone.utc)
        w.serve(SID, p["path"], p["path"].lstrip("/") + ".html", page(p), HTML, p["dt"], detail=True)
        w.add(id=p["id"], site=SID, url=w.base(SID) + p["path"], title=p["title"], dt=p["dt"], lang=p["lang"], cat=p["cat"],
              issuer=p.get("issuer"), section="Statements and Press Releases" if p["cat"] == "statement" else None, why=p.get("why"))
    newest = sorted(posts, key=lambda p: p["dt"], reverse=True)
    items = "".join(f"""<item><title><![CDATA[{p['title']}]]></title><link>{B}{p['path']}?source=rss----{PUB_ID}---4</link><guid isPermaLink="false">https://medium.com/p/{p['pid']}</guid><category><![CDATA[myanmar]]></category><category><![CDATA[students]]></category><dc:creator><![CDATA[{p['author']}]]></dc:creator><pubDate>{rfc822(p['dt'])}</pubDate><atom:updated>{p['dt'].strftime('%Y-%m-%dT%H:%M:%S.000Z')}</atom:updated><content:encoded><![CDATA[<h3>{e(p['title'])}</h3>{''.join('<p>%s</p>' % x for x in p['paras'])}]]></content:encoded></item>""" for p in newest)
    rss = f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"><channel><title><![CDATA[ABFSU - Medium]]></title><description><![CDATA[{ORG} — ဗမာနိုင်ငံလုံးဆိုင်ရာ ကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ် - Medium]]></description><link>{B}/abfsu?source=rss----{PUB_ID}---4</link><image><url>{B}/_/pub/abfsu.png</url><title>ABFSU - Medium</title><link>{B}/abfsu?source=rss----{PUB_ID}---4</link></image><generator>Medium</generator><lastBuildDate>{rfc822(newest[0]['dt'])}</lastBuildDate><atom:link href="{B}/feed/abfsu" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster><atom:link href="http://medium.superfeedr.com" rel="hub"/>{items}</channel></rss>"""
    w.serve(SID, "/feed/abfsu", "feed/abfsu.xml", rss, "text/xml; charset=UTF-8", newest[0]["dt"])
    w.serve(SID, "/abfsu", "abfsu.html", """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ABFSU – Medium</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{BASE:abfsu}}/feed/abfsu"></head><body><div id="root"><noscript>You need to enable JavaScript to run this app.</noscript></div></body></html>
""", HTML, newest[0]["dt"], detail=True)
    w.serve(SID, "/robots.txt", "robots.txt", "User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /@me$\nAllow: /_/\nAllow: /\n", TXT, "2024-01-01T00:00:00Z")
    w.faults.append({"id": "abfsu-feed-no-validators", "site": SID, "type": "conditional", "mode": "none",
                     "match": {"path": "/feed/abfsu"},
                     "expect": "the feed sends neither ETag nor Last-Modified: the second run fetches it in full (200) and adds nothing twice"})
