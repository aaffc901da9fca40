"""aphr: ASEAN parliamentarians' network (WordPress with its REST API open, Polylang, Jakarta time)."""
from datetime import timezone
from common import esc, paras, t, rfc822

SID = "aphr"
PORT = 18508
JKT = "Asia/Jakarta"
NAME = "ASEAN Parliamentarians for Human Rights"

CATS = [
    {"id": 3, "name": "Statements", "slug": "statements"},
    {"id": 5, "name": "Events", "slug": "events"},
    {"id": 6, "name": "Opportunities", "slug": "opportunities"},
    {"id": 7, "name": "In the News", "slug": "in-the-news"},
]
BOILER = "ASEAN Parliamentarians for Human Rights (APHR) is a regional network of current and former parliamentarians who use their unique positions to advance human rights and democracy in Southeast Asia."


def html_page(slug, title, when, cats, body_html, lang, pid):
    cat = next(c for c in CATS if c["id"] == cats[0])
    return """<!doctype html>
<html lang="{hl}">
<head>
<meta charset="UTF-8" />
<title>{title} - APHR</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{{{{BASE:aphr}}}}/{slug}/" />
<meta property="og:site_name" content="APHR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="article:published_time" content="{iso}" />
<link rel="alternate" type="application/rss+xml" title="APHR &raquo; Feed" href="{{{{BASE:aphr}}}}/feed/" />
<link rel="https://api.w.org/" href="{{{{BASE:aphr}}}}/wp-json/" />
<link rel="alternate" type="application/json" href="{{{{BASE:aphr}}}}/wp-json/wp/v2/posts/{pid}" />
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{jtitle}","datePublished":"{iso}","publisher":{{"@type":"Organization","name":"APHR"}}}}</script>
</head>
<body class="post-template-default single single-post postid-{pid} td-standard-pack">
<div class="td-header-wrap"><div class="td-header-menu-wrap">
<a class="td-main-logo" href="{{{{BASE:aphr}}}}/"><img src="{{{{BASE:aphr}}}}/wp-content/uploads/2019/05/aphr-logo.png" alt="APHR"></a>
<ul id="menu-main"><li><a href="{{{{BASE:aphr}}}}/category/statements/">Statements</a></li><li><a href="{{{{BASE:aphr}}}}/category/events/">Events</a></li><li><a href="{{{{BASE:aphr}}}}/about/">About</a></li><li class="lang-item"><a href="{{{{BASE:aphr}}}}/my/">မြန်မာ</a></li></ul>
</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><a href="{{{{BASE:aphr}}}}/">Home</a> <i class="td-icon-right"></i> <a href="{{{{BASE:aphr}}}}/category/{cslug}/">{cname}</a></div></div>
<article id="post-{pid}" class="post-{pid} post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{{{{BASE:aphr}}}}/category/{cslug}/">{cname}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso}">{shown}</time></span></div></header></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
</article>
</div></div>
<div class="td-footer-wrap"><p>{name} &middot; Jakarta, Indonesia</p></div>
</body>
</html>
""".format(hl="my" if lang == "my" else "en-US", title=esc(title), slug=slug, iso=when.isoformat(), pid=pid, jtitle=title.replace('"', '\\"'),
           cslug=cat["slug"], cname=cat["name"], shown=when.strftime("%d/%m/%Y"), body=body_html, name=NAME)


def build(w):
    w.site({
        "id": SID, "name": NAME, "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "WordPress (Newspaper theme) with Polylang; REST API open",
        "languages": ["en", "my"], "timezone": JKT,
        "owner": NAME, "publishes_for_others": False,
        "feeds": [{"url": "/feed/", "type": "RSS 2.0", "notes": "all categories, pubDate in GMT"}],
        "wp_rest": {"url": "/wp-json/wp/v2/posts", "notes": "categories: 3 Statements, 5 Events, 6 Opportunities, 7 In the News; posts carry 'lang' (en/my); date is Jakarta time (UTC+7) without an offset, date_gmt is UTC"},
        "sitemaps": [],
        "listings": [{"url": "/category/statements/", "pagination": "none in this corpus", "order": "newest first"}],
        "listing_markup": "not served in this corpus (use the REST API or the feed)",
        "xpath": None,
        "detail_markup": "h1.entry-title; time.entry-date[datetime] with +07:00 and a visible '04/06/2021' (day first); JSON-LD NewsArticle with publisher 'APHR'; the body names 'ASEAN Parliamentarians for Human Rights (APHR)' in its last paragraph",
        "slash_redirect": True,
        "robots": "Disallow: /wp-admin/",
        "notes": "Jakarta is half an hour ahead of Yangon: a post dated 00:15 on 29 May (Jakarta) is 23:45 on 28 May in Yangon. The Burmese translation of the 4 June statement is a separate post with lang 'my'.",
    }, slash_redirect=True, wp_rest={"posts": "www/aphr/_wp/posts.json", "categories": "www/aphr/_wp/categories.json", "tz_minutes": 420})

    posts = []

    def add(pid, slug, title, when, cats, body_html, lang="en", translations=None):
        path = "/%s/" % slug
        page = html_page(slug, title, when, cats, body_html, lang, pid)
        w.put(SID, path, page, lastmod=when, ignore_query=True)
        local = when.astimezone(t("2021-01-01T00:00:00+07:00").tzinfo)
        posts.append({
            "id": pid,
            "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_gmt": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"),
            "guid": {"rendered": "{{BASE:aphr}}/?p=%d" % pid},
            "modified": local.strftime("%Y-%m-%dT%H:%M:%S"),
            "modified_gmt": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"),
            "slug": slug, "status": "publish", "type": "post",
            "link": "{{BASE:aphr}}" + path,
            "title": {"rendered": esc(title).replace("&#x27;", "&#8217;")},
            "content": {"rendered": body_html, "protected": False},
            "excerpt": {"rendered": "<p>" + esc(title) + " [&hellip;]</p>\n", "protected": False},
            "author": 2, "featured_media": 0, "comment_status": "closed", "ping_status": "closed", "sticky": False,
            "template": "", "format": "standard", "meta": [], "categories": cats, "tags": [],
            "lang": lang, "translations": translations or {lang: pid},
        })
        return path

    # ---- A1 ----
    a1_when = t("2021-06-04T11:00:00", JKT)
    a1_slug = "asean-delegation-must-meet-the-nug-not-only-the-junta-say-southeast-asian-mps"
    a1_title = "ASEAN delegation must meet the NUG, not only the junta, say Southeast Asian MPs"
    a1 = add(4412, a1_slug, a1_title, a1_when, [3], paras("""JAKARTA, 4 June 2021 — Southeast Asian lawmakers today urged the ASEAN Chair and Secretary-General, who travel to Naypyitaw this week, to meet representatives of the National Unity Government and not only the leaders of the military junta.

“If ASEAN's envoys meet only with the junta, they will hand Min Aung Hlaing exactly the legitimacy he is looking for,” said Charles Santiago, a Member of Parliament in Malaysia and Chair of APHR. “The Five-Point Consensus was agreed six weeks ago and the junta has ignored every single point of it.”

The lawmakers said the visit must produce concrete results: an end to the violence, the release of political prisoners, and access for humanitarian assistance through local organizations in Karenni State, Chin State and other areas under attack.

“ASEAN's credibility is on the line. It cannot continue to treat the murderers of its own people's neighbours as legitimate partners,” said Kasit Piromya, a board member of APHR and former Foreign Minister of Thailand.

""" + BOILER), translations={"en": 4412, "my": 4415})
    w.gold_item(SID, a1, a1_title, NAME, a1_when, "en")

    # ---- A3: Burmese ----
    a3_when = t("2021-06-04T15:30:00", JKT)
    a3_slug = "asean-delegation-must-meet-the-nug-not-only-the-junta-say-southeast-asian-mps-my"
    a3_title = "အာဆီယံကိုယ်စားလှယ်အဖွဲ့သည် စစ်အုပ်စုနှင့်သာမက NUG နှင့်လည်း တွေ့ဆုံရမည်ဟု အရှေ့တောင်အာရှ လွှတ်တော်အမတ်များ ပြောကြား"
    a3 = add(4415, a3_slug, a3_title, a3_when, [3], paras("""ဂျကာတာ၊ ၂၀၂၁ ခုနှစ်၊ ဇွန်လ ၄ ရက် — ယခုအပတ် နေပြည်တော်သို့ ခရီးထွက်မည့် အာဆီယံ ဥက္ကဋ္ဌနှင့် အတွင်းရေးမှူးချုပ်တို့အနေဖြင့် စစ်အုပ်စုခေါင်းဆောင်များနှင့်သာမက အမျိုးသားညီညွတ်ရေးအစိုးရ ကိုယ်စားလှယ်များနှင့်လည်း တွေ့ဆုံရန် အရှေ့တောင်အာရှ လွှတ်တော်အမတ်များက ယနေ့ တိုက်တွန်းလိုက်သည်။

“အာဆီယံ ကိုယ်စားလှယ်များက စစ်အုပ်စုနှင့်သာ တွေ့ဆုံမည်ဆိုပါက မင်းအောင်လှိုင် လိုချင်နေသော တရားဝင်မှုကို ပေးလိုက်သကဲ့သို့ ဖြစ်ပါလိမ့်မည်” ဟု မလေးရှားနိုင်ငံ လွှတ်တော်အမတ်နှင့် APHR ဥက္ကဋ္ဌ ချားလ်စ် ဆန်တီယာဂိုက ပြောကြားသည်။

အကြမ်းဖက်မှုများ ရပ်တန့်ရေး၊ နိုင်ငံရေးအကျဉ်းသားများ လွှတ်ပေးရေးနှင့် ကရင်နီ၊ ချင်း စသည့် တိုက်ခိုက်ခံနေရသော ဒေသများသို့ ဒေသခံအဖွဲ့အစည်းများမှတစ်ဆင့် လူသားချင်းစာနာမှု အကူအညီများ ရောက်ရှိရေးတို့ကို ခရီးစဉ်မှ ရလဒ်အဖြစ် ရရှိရမည်ဟု လွှတ်တော်အမတ်များက ဆိုသည်။

လူ့အခွင့်အရေးဆိုင်ရာ အာဆီယံ လွှတ်တော်အမတ်များအဖွဲ့ (APHR) သည် အရှေ့တောင်အာရှရှိ လူ့အခွင့်အရေးနှင့် ဒီမိုကရေစီအတွက် လုပ်ဆောင်နေသော လက်ရှိနှင့် ယခင် လွှတ်တော်အမတ်များ၏ ဒေသတွင်း ကွန်ရက်ဖြစ်သည်။"""),
             lang="my", translations={"en": 4412, "my": 4415})
    w.gold_item(SID, a3, a3_title, NAME, a3_when, "my", pair_of=a1)

    # ---- distractors ----
    e_when = t("2021-05-29T00:15:00", JKT)
    e_title = "MPs condemn detention of family members of Myanmar lawmakers"
    e = add(4380, "mps-condemn-detention-of-family-members-of-myanmar-lawmakers", e_title, e_when, [3],
            paras("JAKARTA — ASEAN Parliamentarians for Human Rights today condemned the junta's detention of relatives of elected members of parliament in hiding.\n\n" + BOILER))
    w.distractor("aphr-before-window", SID, e, e_title, e_when, "outside_window",
                 "REST date '2021-05-29T00:15:00' is Jakarta time (date_gmt 2021-05-28T17:15:00), i.e. 23:45 on 28 May in Yangon.",
                 trap="naive WordPress date in the site's zone, half an hour ahead of Yangon")

    af_when = t("2021-06-05T10:00:00", JKT)
    af_title = "ASEAN's Naypyitaw visit a missed opportunity, say ASEAN MPs"
    af = add(4420, "aseans-naypyitaw-visit-a-missed-opportunity-say-asean-mps", af_title, af_when, [3],
             paras("JAKARTA — The ASEAN delegation's visit to Naypyitaw ended without a meeting with the National Unity Government.\n\n" + BOILER))
    w.distractor("aphr-after-window", SID, af, af_title, af_when, "outside_window", "5 June, after the week.")

    pc_when = t("2021-06-02T09:00:00", JKT)
    pc_title = "Media advisory: ASEAN MPs to hold press conference on ASEAN's Myanmar visit"
    pc = add(4405, "media-advisory-asean-mps-to-hold-press-conference-on-aseans-myanmar-visit", pc_title, pc_when, [5],
             paras("What: online press conference with APHR board members.\n\nWhen: Thursday 3 June 2021, 14:00 Jakarta time.\n\nHow: register by e-mail to receive the link."))
    w.distractor("aphr-press-conference", SID, pc, pc_title, pc_when, "event", "Press-conference notice (category Events).")

    fe_when = t("2021-05-31T10:00:00", JKT)
    fe_title = "Call for applications: APHR Young Parliamentarians Fellowship 2021"
    fe = add(4398, "call-for-applications-aphr-young-parliamentarians-fellowship-2021", fe_title, fe_when, [6],
             paras("APHR invites young parliamentarians from Southeast Asia to apply for its 2021 fellowship.\n\nDeadline: 30 June 2021."))
    w.distractor("aphr-fellowship", SID, fe, fe_title, fe_when, "vacancy", "A call for applications (category Opportunities).")

    nw_when = t("2021-06-03T14:00:00", JKT)
    nw_title = "In the news: Southeast Asian lawmakers warn ASEAN over Myanmar visit"
    nw = add(4409, "in-the-news-southeast-asian-lawmakers-warn-asean-over-myanmar-visit", nw_title, nw_when, [7],
             paras("A regional newspaper reports on APHR's warnings ahead of the ASEAN delegation's visit to Naypyitaw.\n\nRead the article on the newspaper's website."))
    w.distractor("aphr-in-the-news", SID, nw, nw_title, nw_when, "news", "Press coverage (category In the News).")

    for pid, iso, slug, ttl in [(4350, "2021-05-20T10:00:00", "southeast-asian-mps-call-for-global-arms-embargo-on-myanmar", "Southeast Asian MPs call for a global arms embargo on Myanmar"),
                                (4330, "2021-05-12T10:00:00", "aphr-welcomes-malaysian-parliament-motion-on-myanmar", "APHR welcomes Malaysian parliamentary motion on Myanmar")]:
        when = t(iso, JKT)
        p = add(pid, slug, ttl, when, [3], paras(ttl + ".\n\n" + BOILER))
        w.distractor("aphr-old-%d" % pid, SID, p, ttl, when, "outside_window", "Before the week.")

    posts.sort(key=lambda p: p["date"], reverse=True)
    w.put_json_file(SID, "_wp/posts.json", posts)
    w.put_json_file(SID, "_wp/categories.json", [dict(c, count=sum(1 for p in posts if c["id"] in p["categories"]), description="",
                                                       link="{{BASE:aphr}}/category/%s/" % c["slug"], taxonomy="category", parent=0, meta=[]) for c in CATS])

    items = []
    for p in posts:
        when = t(p["date_gmt"] + "+00:00")
        items.append("<item><title>%s</title><link>%s</link><dc:creator><![CDATA[APHR]]></dc:creator><pubDate>%s</pubDate><category><![CDATA[%s]]></category><guid isPermaLink=\"false\">{{BASE:aphr}}/?p=%d</guid><description><![CDATA[%s]]></description></item>\n" % (
            p["title"]["rendered"], p["link"], rfc822(when), next(c["name"] for c in CATS if c["id"] == p["categories"][0]), p["id"], p["excerpt"]["rendered"]))
    w.put(SID, "/feed/", """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>APHR</title><atom:link href="{{BASE:aphr}}/feed/" rel="self" type="application/rss+xml" /><link>{{BASE:aphr}}</link><description>ASEAN Parliamentarians for Human Rights</description><language>en-US</language>
%s</channel></rss>
""" % "".join(items), ext=".xml", ctype="application/rss+xml; charset=UTF-8", lastmod=t(posts[0]["date_gmt"] + "+00:00"), ignore_query=True)
    w.put(SID, "/", "<!doctype html><html lang=\"en-US\"><head><meta charset=\"UTF-8\"><title>APHR</title></head><body><h1>%s</h1></body></html>\n" % NAME)
    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", ext=".txt")

    w.fault(id="aphr-rest-429", site=SID, type="rate_limit", count=1, retry_after=3, match={"path": "/wp-json/wp/v2/posts"},
            expect="wait the Retry-After (3 s) and ask again")

    w.source(id="aphr", name=NAME, type="wordPress", url=w.base(SID) + "/wp-json/wp/v2/posts",
             issuer=NAME, timeZone=JKT, categories=[3])

    w.case("aphr-rest-dates", "REST 'date' is Jakarta time without an offset; 'date_gmt' is UTC.",
           "the 29 May 00:15 post is outside the week; the 4 June posts are inside")
    w.case("aphr-translation", "English post 4412 and its Burmese translation 4415 (Polylang 'translations').",
           "both By ASEAN Parliamentarians for Human Rights, English first")
