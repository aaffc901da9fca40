"""strike: a Burmese-only Blogger blog of a district network of strike committees (Yangon time)."""
from common import *

SID = "strike"
B = "{{BASE:strike}}"
YGN = "Asia/Yangon"
BLOG = "မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက်"
BLOG_ID = "7306518842219054113"


def P(*ps):
    return "".join("<p>%s</p>" % p for p in ps)


def post_html(p):
    return f"""<div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="{BLOG_ID}" itemprop="blogId"><meta content="{p['pid']}" itemprop="postId">
<a name="{p['pid']}"></a>
<h3 class="post-title entry-title" itemprop="name"><a href="{B}{p['path']}">{e(p['title'])}</a></h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{p['pid']}" itemprop="description articleBody">
{p['body']}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">MDSCN Admin</span></span></span>
<span class="post-timestamp">at <meta content="{B}{p['path']}" itemprop="url"><a class="timestamp-link" href="{B}{p['path']}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{p['dt'].isoformat(timespec='seconds')}">{p['dt'].strftime('%I:%M %p').lstrip('0')}</abbr></a></span>
<span class="post-labels">Labels: <a href="{B}/search/label/{p['label']}" rel="tag">{p['label']}</a></span>
</div></div>
</div>
</div>"""


def shell(title, canonical, inner, desc=""):
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="my" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="{B}/favicon.ico" rel="icon" type="image/x-icon">
<link href="{canonical}" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="{B}/feeds/posts/default">
<link rel="alternate" type="application/rss+xml" title="{BLOG} - RSS" href="{B}/feeds/posts/default?alt=rss">
<link rel="service.post" type="application/atom+xml" title="{BLOG} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default">
<meta content="{canonical}" property="og:url">
<meta content="{e(title)}" property="og:title">
<meta content="{e(desc)}" property="og:description">
<title>{BLOG}: {e(title)}</title>
</head>
<body class="loading variant-simplysimple">
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="{B}/">{BLOG}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>စစ်အာဏာရှင်စနစ် အမြစ်ပြတ်ရေး - မုံရွာခရိုင်အတွင်းရှိ မြို့နယ် သပိတ်ကော်မတီများ၏ ထုတ်ပြန်ချက်များ</span></p></div>
</div></div></div></header>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
{inner}
</div>
<div class="blog-pager" id="blog-pager"><a class="home-link" href="{B}/">ပင်မစာမျက်နှာ</a></div>
</div></div></div></div></div>
<footer><div class="footer-outer">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></footer>
</div></div></div>
</body>
</html>
"""


def build(w):
    port = 18304
    w.site({
        "id": SID, "name": BLOG, "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "Blogger (Simple template), Burmese interface", "languages": ["my"], "timezone": YGN,
        "owner": "the strike committees' network of Monywa District (named on the site only in Burmese)",
        "publishes_for_others": True,
        "feeds": [{"url": "/feeds/posts/default", "type": "Atom 1.0", "notes": "Blogger's Atom feed; published/updated with +06:30; HTML content escaped; labels as category terms"},
                  {"url": "/feeds/posts/default?alt=rss", "type": "RSS 2.0", "notes": "the same posts as RSS (pubDate in UTC)"}],
        "wp_rest": None, "sitemaps": ["/sitemap.xml"],
        "listings": [{"url": "/", "pagination": "none this week (all posts on the home page)", "order": "newest first"}],
        "listing_markup": "each post is a div.post-outer; title and link in h3.post-title > a; time in abbr.published whose title attribute is ISO 8601 with +06:30; date headers above groups of posts in Burmese",
        "xpath": {"item": "//div[contains(@class,'post-outer')]", "link": ".//h3[contains(@class,'post-title')]/a/@href",
                  "title": ".//h3[contains(@class,'post-title')]/a", "date": ".//abbr[contains(@class,'published')]/@title",
                  "label": ".//span[@class='post-labels']/a", "next": "//a[contains(@class,'blog-pager-older-link')]/@href"},
        "detail_markup": "h3.post-title; abbr.published (ISO with +06:30); the issuing committee is named in Burmese only: in a \"ရင်းမြစ် -\" line at the top of reposted statements and in the signature block at the end (the committee's name above a Burmese date with Burmese digits). Every post also answers as ?m=1 (the mobile view), same HTML, canonical without the query",
        "slash_redirect": False,
        "robots": "Blogger's: Disallow /search (label and search pages), Allow /",
        "notes": "Posts of Burmese titles get Blogger's blog-post_N.html addresses. Labels: ကြေညာချက် (statement), သတင်း (news), အလှူ (donations), အသိပေးချက် (notice).",
    })
    posts = [
        dict(id="G12", pid="3916402254487725601", path="/2024/11/blog-post.html",
             title="စစ်ကောင်စီ၏ အတင်းအကျပ် စစ်မှုထမ်းခိုင်းစေမှုကို ဆန့်ကျင်ကြောင်း ကြေညာချက်",
             dt=at("2024-11-03 19:05", YGN), label="ကြေညာချက်", cat="statement", issuer="Monywa District Strike Committees Network",
             body=P("စစ်ကောင်စီသည် ပြည်သူ့စစ်မှုထမ်းဥပဒေကို အကြောင်းပြ၍ မုံရွာခရိုင်အတွင်းရှိ ကျေးရွာများမှ လူငယ်များကို အတင်းအဓမ္မ ဖမ်းဆီးစုဆောင်းနေသည်ကို ပြင်းထန်စွာ ကန့်ကွက်ပါသည်။",
                    "ခရိုင်အတွင်းရှိ ပြည်သူများအနေဖြင့် စစ်မှုထမ်းရန် ဆင့်ခေါ်စာများကို လုံးဝ လက်မခံကြရန်နှင့် လူငယ်များကို အတတ်နိုင်ဆုံး ကာကွယ်ပေးကြရန် တိုက်တွန်းပါသည်။",
                    "စစ်အာဏာရှင်စနစ် အမြစ်ပြတ် ချေမှုန်းရေး ကျွန်ုပ်တို့အရေး",
                    "<b>%s</b><br>%s" % (BLOG, my_date(at("2024-11-03 12:00", YGN))))),
        dict(id="G13", pid="5871120339051264478", path="/2024/11/blog-post_5.html",
             title="ယင်းမာပင်မြို့နယ် ကျေးရွာများအပေါ် လေကြောင်းတိုက်ခိုက်မှုကို ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်",
             dt=at("2024-11-05 08:40", YGN), label="ကြေညာချက်", cat="statement", issuer="Yinmabin Township Strike Committee",
             body=P("ရင်းမြစ် - ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီ",
                    "နိုဝင်ဘာလ ၄ ရက်နေ့ နံနက်ပိုင်းတွင် စစ်ကောင်စီ၏ တိုက်လေယာဉ်များသည် ယင်းမာပင်မြို့နယ်အတွင်းရှိ ကျေးရွာနှစ်ရွာကို ဗုံးကြဲတိုက်ခိုက်ခဲ့ရာ ကလေးသုံးဦးအပါအဝင် အရပ်သား ခုနစ်ဦး သေဆုံးခဲ့ပါသည်။",
                    "အရပ်သားများကို ပစ်မှတ်ထား တိုက်ခိုက်မှုသည် စစ်ရာဇဝတ်မှု ဖြစ်ပြီး နိုင်ငံတကာ အသိုင်းအဝိုင်းအနေဖြင့် စစ်ကောင်စီထံ လေယာဉ်လောင်စာ ရောင်းချမှုကို ချက်ချင်း ရပ်တန့်ရန် တောင်းဆိုပါသည်။",
                    "<b>ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီ</b><br>%s" % my_date(at("2024-11-05 00:00", YGN), "mdy"))),
        dict(id="G15", pid="1184630572219908336", path="/2024/11/blog-post_8.html",
             title="ကျေးရွာများ မီးရှို့ဖျက်ဆီးမှုများကို ရပ်တန့်ရန် ပူးတွဲကြေညာချက်",
             dt=at("2024-11-08 23:55", YGN), label="ကြေညာချက်", cat="statement",
             issuer="Salingyi Township Strike Committee, Pale Township Strike Committee and Kani Township Strike Committee",
             body=P("ဆားလင်းကြီး၊ ပုလဲ နှင့် ကနီ မြို့နယ်များအတွင်း စစ်ကောင်စီတပ်များက ကျေးရွာများကို စနစ်တကျ မီးရှို့ဖျက်ဆီးနေမှုကို ကျွန်ုပ်တို့ မြို့နယ် သပိတ်ကော်မတီများက ပူးတွဲ ရှုတ်ချပါသည်။",
                    "အောက်တိုဘာလအတွင်း ကျေးရွာ ၁၄ ရွာတွင် နေအိမ် ၁,၂၀၀ ကျော် မီးလောင်ပျက်စီးခဲ့ပြီး ပြည်သူ နှစ်သောင်းကျော် အိုးမဲ့အိမ်မဲ့ ဖြစ်ခဲ့ရပါသည်။",
                    "ဒေသခံ ပြည်သူများ လုံခြုံစွာ ပြန်လည်နေထိုင်နိုင်ရေးအတွက် လူသားချင်း စာနာထောက်ထားမှု အကူအညီများ ချက်ချင်း ပေးပို့ရန် တောင်းဆိုပါသည်။",
                    "<b>ဆားလင်းကြီးမြို့နယ် သပိတ်ကော်မတီ</b><br><b>ပုလဲမြို့နယ် သပိတ်ကော်မတီ</b><br><b>ကနီမြို့နယ် သပိတ်ကော်မတီ</b><br>%s" % my_date(at("2024-11-08 00:00", YGN)))),
        dict(id="D19", pid="6610293374718265550", path="/2024/11/blog-post_4.html",
             title="ယင်းမာပင်မြို့နယ်တွင် စစ်ကောင်စီတပ်နှင့် ပကဖ တပ်များ တိုက်ပွဲဖြစ်ပွား",
             dt=at("2024-11-05 17:30", YGN), label="သတင်း", cat="news", why="a news report of fighting (label သတင်း, news)",
             body=P("နိုဝင်ဘာ ၅ ရက်နေ့ နံနက်က ယင်းမာပင်မြို့နယ် အရှေ့ပိုင်းတွင် စစ်ကောင်စီတပ်နှင့် ပြည်သူ့ကာကွယ်ရေးတပ်များ တိုက်ပွဲ ဖြစ်ပွားခဲ့ကြောင်း ဒေသခံများက ပြောသည်။",
                    "တိုက်ပွဲကြောင့် ကျေးရွာ သုံးရွာမှ ပြည်သူများ ထွက်ပြေးတိမ်းရှောင်နေရသည်။")),
        dict(id="D20", pid="2749915830036428802", path="/2024/11/blog-post_2.html",
             title="စစ်ဘေးရှောင် မိသားစုများအတွက် ဆောင်းရာသီ စောင်နှင့် ဆန် လှူဒါန်းရန် ရန်ပုံငွေ ရှာဖွေခြင်း",
             dt=at("2024-11-04 10:15", YGN), label="အလှူ", cat="petition", why="a fundraising appeal with payment details (label အလှူ, donations)",
             body=P("ဆောင်းရာသီ ရောက်ရှိလာပြီဖြစ်၍ မုံရွာခရိုင်အတွင်းရှိ စစ်ဘေးရှောင် မိသားစု ၈၀၀ ကျော်အတွက် စောင်နှင့် ဆန် ဝယ်ယူရန် ရန်ပုံငွေ ရှာဖွေနေပါသည်။",
                    "လှူဒါန်းလိုသူများ KPay 09-7xxxxxxx8 သို့ ပေးပို့နိုင်ပါသည်။")),
        dict(id="D21", pid="8830117465521093917", path="/2024/11/blog-post_7.html",
             title="မုံရွာခရိုင် သပိတ်ကော်မတီများ နှစ်ပတ်လည် အစည်းအဝေး ကျင်းပမည့် အကြောင်း အသိပေးခြင်း",
             dt=at("2024-11-07 20:00", YGN), label="အသိပေးချက်", cat="event", why="notice of a meeting to be held (label အသိပေးချက်, notice)",
             body=P("မုံရွာခရိုင် သပိတ်ကော်မတီများ၏ တတိယအကြိမ် နှစ်ပတ်လည် အစည်းအဝေးကို နိုဝင်ဘာလ ၁၇ ရက်နေ့တွင် အွန်လိုင်းမှ ကျင်းပမည် ဖြစ်ပါသည်။",
                    "မြို့နယ် ကော်မတီ ကိုယ်စားလှယ်များ တက်ရောက်ကြရန် အသိပေးအပ်ပါသည်။")),
        dict(id="D22", pid="4405129978312207745", path="/2024/11/blog-post_9.html",
             title="စစ်ကောင်စီ၏ ရွေးကောက်ပွဲ အစီအစဉ်ကို ပယ်ချကြောင်း ကြေညာချက်",
             dt=at("2024-11-09 00:05", YGN), label="ကြေညာချက်", cat="outside_window",
             why="published 2024-11-09T00:05+06:30, five minutes after the window closed",
             trap="edge of the window in the bulletin's own zone",
             body=P("စစ်ကောင်စီက ၂၀၂၅ ခုနှစ်တွင် ကျင်းပမည်ဟု ကြေညာထားသော ရွေးကောက်ပွဲကို မုံရွာခရိုင်အတွင်းရှိ သပိတ်ကော်မတီများက လုံးဝ ပယ်ချပါသည်။",
                    "<b>%s</b><br>%s" % (BLOG, my_date(at("2024-11-09 00:00", YGN))))),
        dict(id="D23", pid="9273640018846617290", path="/2024/10/blog-post_29.html",
             title="ကနီမြို့နယ် ကျေးရွာများ မီးရှို့ခံရမှုနှင့် ပတ်သက်၍ ထုတ်ပြန်ချက်",
             dt=at("2024-10-29 18:20", YGN), label="ကြေညာချက်", cat="outside_window", why="published 29 October 2024",
             body=P("ရင်းမြစ် - ကနီမြို့နယ် သပိတ်ကော်မတီ",
                    "အောက်တိုဘာလ ၂၇ ရက်နေ့က ကနီမြို့နယ်ရှိ ကျေးရွာ လေးရွာကို စစ်ကောင်စီတပ်များ မီးရှို့ခဲ့သည်ကို ရှုတ်ချပါသည်။",
                    "<b>ကနီမြို့နယ် သပိတ်ကော်မတီ</b><br>%s" % my_date(at("2024-10-29 00:00", YGN)))),
    ]
    for p in posts:
        first = p["body"].split("</p>")[0].replace("<p>", "")
        w.serve(SID, p["path"], p["path"].lstrip("/"), shell(p["title"], B + p["path"], post_html(p), first), HTML, p["dt"], detail=True)
        w.add(id=p["id"], site=SID, url=w.base(SID) + p["path"], title=p["title"], dt=p["dt"], lang="my", cat=p["cat"],
              issuer=p.get("issuer"), section="Statements and Press Releases" if p["cat"] == "statement" else None,
              why=p.get("why"), trap=p.get("trap"))
    g12 = posts[0]
    w.add(id="D24", site=SID, url=w.base(SID) + g12["path"] + "?m=1", title=g12["title"], dt=g12["dt"], lang="my",
          cat="duplicate", duplicate_of="G12", why="Blogger's mobile view of G12 (?m=1): the same post; its canonical has no query")

    newest = sorted(posts, key=lambda p: p["dt"], reverse=True)
    # home page: date headers in Burmese, posts grouped by day
    inner, last = [], None
    for p in newest:
        day = p["dt"].date()
        if day != last:
            if last is not None:
                inner.append("</div>")
            inner.append('<div class="date-outer"><h2 class="date-header"><span>%s</span></h2>' % my_date(p["dt"], "weekday"))
            last = day
        inner.append(post_html(p))
    inner.append("</div>")
    w.serve(SID, "/", "index.html", shell(BLOG, B + "/", "\n".join(inner)), HTML, newest[0]["dt"])

    # Atom
    def atom_entry(p):
        pub = p["dt"].strftime("%Y-%m-%dT%H:%M:%S.000+06:30")
        return f"""<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{p['pid']}</id><published>{pub}</published><updated>{pub}</updated><category scheme="http://www.blogger.com/atom/ns#" term="{p['label']}"/><title type="text">{e(p['title'])}</title><content type="html">{e(p['body'])}</content><link rel="replies" type="application/atom+xml" href="{B}/feeds/{p['pid']}/comments/default" title="Post Comments"/><link rel="edit" type="application/atom+xml" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{p['pid']}"/><link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{p['pid']}"/><link rel="alternate" type="text/html" href="{B}{p['path']}" title="{e(p['title'])}"/><author><name>MDSCN Admin</name><uri>https://www.blogger.com/profile/01827364554637281910</uri><email>noreply@blogger.com</email></author><thr:total>0</thr:total></entry>"""
    upd = newest[0]["dt"].strftime("%Y-%m-%dT%H:%M:%S.000+06:30")
    atom = f"""<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="http://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{upd}</updated><category term="ကြေညာချက်"/><category term="သတင်း"/><category term="အလှူ"/><category term="အသိပေးချက်"/><title type='text'>{BLOG}</title><subtitle type='html'>စစ်အာဏာရှင်စနစ် အမြစ်ပြတ်ရေး</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{B}/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/><link rel='alternate' type='text/html' href='{B}/'/><author><name>MDSCN Admin</name><email>noreply@blogger.com</email></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(newest)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>{''.join(atom_entry(p) for p in newest)}</feed>"""
    w.serve(SID, "/feeds/posts/default", "feeds/posts/default.atom", atom, ATOM, newest[0]["dt"])
    items = "".join(f"""<item><guid isPermaLink="false">tag:blogger.com,1999:blog-{BLOG_ID}.post-{p['pid']}</guid><pubDate>{rfc822(p['dt'])}</pubDate><category domain="http://www.blogger.com/atom/ns#">{p['label']}</category><title>{e(p['title'])}</title><description>{e(p['body'])}</description><link>{B}{p['path']}</link><author>noreply@blogger.com (MDSCN Admin)</author></item>""" for p in newest)
    rss = f"""<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:openSearch="http://a9.com/-/spec/opensearchrss/1.0/" xmlns:blogger="http://schemas.google.com/blogger/2008" version="2.0"><channel><atom:id>tag:blogger.com,1999:blog-{BLOG_ID}</atom:id><lastBuildDate>{rfc822(newest[0]['dt'])}</lastBuildDate><title>{BLOG}</title><description>စစ်အာဏာရှင်စနစ် အမြစ်ပြတ်ရေး</description><link>{B}/</link><managingEditor>noreply@blogger.com (MDSCN Admin)</managingEditor><generator>Blogger</generator>{items}</channel></rss>"""
    w.serve(SID, "/feeds/posts/default?alt=rss", "feeds/posts/default.rss", rss, RSS, newest[0]["dt"])
    locs = "".join("<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (B, p["path"], p["dt"].isoformat()) for p in newest)
    w.serve(SID, "/sitemap.xml", "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs, XML, newest[0]["dt"])
    label_page = shell("ကြေညာချက်", B + "/search/label/ကြေညာချက်", "\n".join(post_html(p) for p in newest if p["label"] == "ကြေညာချက်"))
    w.serve(SID, "/search/label/ကြေညာချက်", "search/label/statements.html", label_page, HTML, newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {{BASE:strike}}/sitemap.xml\n", TXT, "2022-01-01T00:00:00Z")

    w.faults.append({"id": "strike-feed-stall", "site": SID, "type": "stall", "seconds": 20, "count": 1,
                     "match": {"path": "/feeds/posts/default"},
                     "expect": "the first request to the Atom feed sends nothing for 20 s: the attempt times out (15 s by default) and the retry gets the feed"})
