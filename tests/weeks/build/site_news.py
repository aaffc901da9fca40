"""news: a Myanmar news outlet's site; everything it publishes is news or commentary, never a bulletin item."""
from common import *

SID = "news"
B = "{{BASE:news}}"
YGN = "Asia/Yangon"
OUTLET = "Chindwin Post"


def page(a):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": a["dt"].isoformat(), "dateModified": a["dt"].isoformat(),
                     "author": [{"@type": "Person", "name": a["byline"]}],
                     "publisher": {"@type": "NewsMediaOrganization", "name": OUTLET, "url": B + "/"},
                     "articleSection": a["section"], "inLanguage": a["lang"]}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {OUTLET}</title>
<link rel="canonical" href="{B}{a['path']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{OUTLET}">
<meta property="article:section" content="{a['section']}">
<meta property="article:published_time" content="{a['dt'].isoformat()}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="article-page section-{a['section'].lower()}">
<header class="masthead"><a class="logo" href="{B}/">{OUTLET}</a><nav><a href="{B}/news/">News</a> <a href="{B}/opinion/">Opinion</a> <a href="{B}/burmese/">မြန်မာ</a></nav></header>
<main>
<article class="article">
 <div class="kicker">{a['section']}</div>
 <h1 class="headline">{e(a['title'])}</h1>
 <div class="byline">By <a href="{B}/author/{a['byline'].lower().replace(' ', '-')}/">{a['byline']}</a> | <time datetime="{a['dt'].isoformat()}">{long_dmy(a['dt'])}</time></div>
 <div class="article-body">
{a['body']}
 </div>
</article>
</main>
<footer><p>&copy; 2024 {OUTLET}. Independent news from the Chindwin valley and beyond.</p></footer>
</body>
</html>
"""


def build(w):
    port = 18308
    w.site({
        "id": SID, "name": OUTLET, "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "a news outlet's own CMS (server-rendered, Google News sitemap)", "languages": ["en", "my"], "timezone": YGN,
        "owner": OUTLET + " (independent news outlet)", "publishes_for_others": False,
        "feeds": [], "wp_rest": None, "sitemaps": ["/sitemap.xml", "/news-sitemap.xml"],
        "listings": [{"url": "/news/", "pagination": "?page=2", "order": "newest first"}],
        "listing_markup": "div.story-card; h3 > a; time[datetime] with +06:30",
        "xpath": {"item": "//div[@class='story-card']", "link": ".//h3/a/@href", "title": ".//h3/a", "date": ".//time/@datetime", "next": "//a[@rel='next']/@href"},
        "detail_markup": "h1.headline; a kicker with the section (News, Opinion, Explainer); byline of a reporter; JSON-LD NewsArticle with the outlet as publisher",
        "slash_redirect": False,
        "robots": "Disallow /search and /preview/",
        "notes": "A news outlet: its stories quote statements and even print them in full, but the outlet issues none of them. Nothing from this site belongs in the bulletin.",
    })
    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    arts = [
        dict(id="D41", path="/news/2024/11/04/knpp-condemns-deadly-airstrike-on-demoso-displacement-camp",
             title="KNPP condemns deadly airstrike on Demoso displacement camp", local="2024-11-04 15:10", lang="en", section="News",
             byline="Staff Reporter", cat="news", why="a news report quoting the KNPP's statement (G18)",
             body=P("The Karenni National Progressive Party on Monday condemned an airstrike on a camp for displaced people in Demoso Township that killed nine people, including four children.",
                    "&ldquo;The Karenni National Progressive Party strongly condemns this deliberate attack on civilians,&rdquo; the party said in a statement.")),
        dict(id="D42", path="/burmese/2024/11/05/yinmabin-strike-committee-statement-full-text",
             title="အပြည့်အစုံ - ယင်းမာပင်မြို့နယ် လေကြောင်းတိုက်ခိုက်မှုအပေါ် သပိတ်ကော်မတီ၏ ထုတ်ပြန်ချက်", local="2024-11-05 11:00", lang="my",
             section="News", byline="Burmese Desk", cat="duplicate", duplicate_of="G13",
             why="the full text of the Yinmabin Township Strike Committee's statement (G13) reprinted by a news outlet",
             body=P("ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီက နိုဝင်ဘာ ၅ ရက်တွင် ထုတ်ပြန်သော ထုတ်ပြန်ချက် အပြည့်အစုံကို ဖော်ပြလိုက်ပါသည်။",
                    "နိုဝင်ဘာလ ၄ ရက်နေ့ နံနက်ပိုင်းတွင် စစ်ကောင်စီ၏ တိုက်လေယာဉ်များသည် ယင်းမာပင်မြို့နယ်အတွင်းရှိ ကျေးရွာနှစ်ရွာကို ဗုံးကြဲတိုက်ခိုက်ခဲ့ရာ ကလေးသုံးဦးအပါအဝင် အရပ်သား ခုနစ်ဦး သေဆုံးခဲ့ပါသည်။",
                    "ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီ")),
        dict(id="D43", path="/news/2024/11/05/japan-urges-myanmar-junta-to-halt-airstrikes-after-sagaing-deaths",
             title="Japan urges Myanmar junta to halt airstrikes after Sagaing deaths", local="2024-11-05 19:45", lang="en", section="News",
             byline="Diplomatic Correspondent", cat="news", why="a news report on Japan's statement (G04)",
             body=P("Japan on Tuesday urged Myanmar's military to stop violence against civilians, in a statement by its foreign ministry's press secretary.")),
        dict(id="D44", path="/burmese/2024/11/06/junta-leader-arrives-kunming",
             title="ကူမင်းမြို့ ထိပ်သီးအစည်းအဝေးသို့ စစ်ခေါင်းဆောင် ရောက်ရှိ", local="2024-11-06 13:00", lang="my", section="News",
             byline="Burmese Desk", cat="news", why="a Burmese news report",
             body=P("စစ်ကောင်စီခေါင်းဆောင် မင်းအောင်လှိုင်သည် မဲခေါင်ဒေသခွဲ ထိပ်သီးအစည်းအဝေး တက်ရောက်ရန် ကူမင်းမြို့သို့ နိုဝင်ဘာ ၅ ရက်က ရောက်ရှိခဲ့သည်။")),
        dict(id="D45", path="/opinion/2024/11/06/explainer-what-min-aung-hlaing-wants-from-china",
             title="Explainer: What Min Aung Hlaing wants from China", local="2024-11-06 18:30", lang="en", section="Explainer",
             byline="Analysis Desk", cat="commentary", why="an explainer by the outlet's staff",
             body=P("The junta leader's trip to Kunming is his first to China since the coup. Here is what he hopes to bring home.")),
        dict(id="D46", path="/opinion/2024/11/07/editorial-aseans-silence-on-kunming-speaks-volumes",
             title="Editorial: ASEAN's silence on Kunming speaks volumes", local="2024-11-07 08:00", lang="en", section="Opinion",
             byline="The Editors", cat="commentary", why="an editorial",
             body=P("ASEAN said nothing as the man its own leaders have barred from their summits was received in Kunming.")),
        dict(id="D47", path="/news/2024/11/07/womens-groups-in-sagaing-document-23-rape-cases-by-soldiers",
             title="Women's groups in Sagaing document 23 rape cases by soldiers", local="2024-11-07 17:20", lang="en", section="News",
             byline="Staff Reporter", cat="news", why="a news report on the joint statement of the women's groups of Sagaing Region (G10)",
             body=P("Women's groups in Sagaing Region said on Thursday they had documented 23 cases of rape and sexual assault by soldiers since July, in a joint statement calling for international justice.")),
    ]
    for a in arts:
        a["dt"] = at(a["local"], YGN)
        w.serve(SID, a["path"], a["path"].lstrip("/") + ".html", page(a), HTML, a["dt"], detail=True)
        w.add(id=a["id"], site=SID, url=w.base(SID) + a["path"], title=a["title"], dt=a["dt"], lang=a["lang"], cat=a["cat"],
              why=a.get("why"), duplicate_of=a.get("duplicate_of"))
    newest = sorted(arts, key=lambda a: a["dt"], reverse=True)
    ns = "".join(f"""<url><loc>{B}{a['path']}</loc><news:news><news:publication><news:name>{OUTLET}</news:name><news:language>{a['lang']}</news:language></news:publication><news:publication_date>{a['dt'].isoformat()}</news:publication_date><news:title>{e(a['title'])}</news:title></news:news></url>""" for a in newest)
    w.serve(SID, "/news-sitemap.xml", "news-sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % ns,
            XML, newest[0]["dt"])
    w.serve(SID, "/sitemap.xml", "sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/news-sitemap.xml</loc></sitemap></sitemapindex>' % B,
            XML, newest[0]["dt"])
    cards = "\n".join(f'<div class="story-card"><span class="kicker">{a["section"]}</span><h3><a href="{B}{a["path"]}">{e(a["title"])}</a></h3><time datetime="{a["dt"].isoformat()}">{long_dmy(a["dt"])}</time></div>' for a in newest if a["path"].startswith("/news/"))
    w.serve(SID, "/news/", "news/index.html", f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>News | {OUTLET}</title></head><body><main><h1>News</h1>{cards}</main></body></html>", HTML, newest[0]["dt"])
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /preview/\n\nSitemap: {{BASE:news}}/sitemap.xml\n", TXT, "2024-01-01T00:00:00Z")
