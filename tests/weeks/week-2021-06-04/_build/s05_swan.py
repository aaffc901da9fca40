"""swan: a women's organisation in exile (Jekyll static site, Atom feed, Bangkok time)."""
from common import esc, paras, t, utc_z

SID = "swan"
PORT = 18505
BKK = "Asia/Bangkok"

WOMEN_41 = [
    "Women's League of Burma", "Shan Women's Action Network", "Karen Women's Organization", "Kachin Women's Association Thailand",
    "Ta'ang Women's Organization", "Karenni National Women's Organization", "Women's League of Chinland", "Lahu Women's Organization",
    "Pa-O Women's Union", "Mon Women's Organization", "Burmese Women's Union", "Kachin Women's Peace Network",
    "Rakhine Women's Union", "Tavoyan Women's Union", "Kayan Women's Organization", "Women for Justice",
    "Gender Equality Network", "Women's Peace Network", "Akhaya Women", "Sisters2Sisters",
    "Mandalay Women's Strike Committee", "Monywa Women's Group", "Hpa-an Women's Collective", "Myitkyina Women's Forum",
    "Dawei Women's Solidarity Group", "Lashio Women's Association", "Taunggyi Women's Circle", "Loikaw Women's Group",
    "Yangon Young Women's Network", "Bago Women's Rights Group", "Magway Women's Network", "Pathein Women's Association",
    "Sittwe Women's Forum", "Kalay Women's Group", "Hakha Women's Union", "Mawlamyine Women's Network",
    "Kyaukme Women's Group", "Hsipaw Women's Collective", "Myeik Women's Association", "Pyay Women's Network",
    "Tachileik Women's Group",
]
assert len(WOMEN_41) == 41 and len(set(WOMEN_41)) == 41


def layout(title, body, canonical=None, extra_head=""):
    return """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.7.1 -->
<title>{title} | Shan Women's Action Network</title>
<meta name="generator" content="Jekyll v4.2.0" />
<meta property="og:title" content="{title}" />
<meta property="og:locale" content="en_US" />
{canon}<meta property="og:site_name" content="Shan Women's Action Network" />
{extra}<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css">
<link type="application/atom+xml" rel="alternate" href="{{{{BASE:swan}}}}/feed.xml" title="Shan Women's Action Network" />
</head>
<body>
<header class="site-header" role="banner">
  <div class="wrapper"><a class="site-title" rel="author" href="/">SWAN</a>
  <nav class="site-nav"><a class="page-link" href="/about/">About</a><a class="page-link" href="/posts/">Statements &amp; news</a><a class="page-link" href="/reports/">Reports</a><a class="page-link" href="/support/">Support us</a></nav></div>
</header>
<main class="page-content" aria-label="Content"><div class="wrapper">
{body}
</div></main>
<footer class="site-footer h-card"><div class="wrapper">
  <p>Shan Women's Action Network · Chiang Mai, Thailand · <a href="mailto:info@example.org">info@example.org</a></p>
  <p>SWAN was founded in 1999 by Shan women working for gender equality and justice in Shan State and on the Thai border.</p>
</div></footer>
</body></html>
""".format(title=esc(title), body=body, extra=extra_head,
           canon=('<link rel="canonical" href="{{BASE:swan}}%s" />\n<meta property="og:url" content="{{BASE:swan}}%s" />\n' % (canonical, canonical)) if canonical else "")


def post(path, title, when, body_html, author="SWAN"):
    body = """<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{title}</h1>
    <p class="post-meta"><time class="dt-published" datetime="{iso}" itemprop="datePublished">{shown}</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{author}</span></span></p>
  </header>
  <div class="post-content e-content" itemprop="articleBody">
{body}
  </div>
  <a class="u-url" href="{path}" hidden></a>
</article>""".format(title=esc(title), iso=when.isoformat(), shown=when.strftime("%b %-d, %Y"), author=esc(author), body=body_html, path=path)
    return layout(title, body, canonical=path,
                  extra_head='<meta property="og:type" content="article" />\n<meta property="article:published_time" content="%s" />\n' % when.isoformat())


def build(w):
    w.site({
        "id": SID, "name": "Shan Women's Action Network", "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "Jekyll static site (minima-like theme) with jekyll-feed Atom feed",
        "languages": ["en"], "timezone": BKK,
        "owner": "Shan Women's Action Network", "publishes_for_others": False,
        "feeds": [{"url": "/feed.xml", "type": "Atom 1.0", "notes": "newest 10 posts, <published> with +07:00, author 'SWAN', full content"}],
        "wp_rest": None, "sitemaps": ["/sitemap.xml"],
        "listings": [{"url": "/posts/", "pagination": "/posts/page2/ (jekyll-paginate), a 'Older' link", "order": "newest first"}],
        "listing_markup": "ul.post-list > li: span.post-meta ('Jun 2, 2021', month first, the Bangkok date), h3 > a.post-link (link, title)",
        "xpath": {"item": "//ul[@class='post-list']/li", "link": "./h3/a[@class='post-link']/@href", "title": "./h3/a[@class='post-link']",
                  "date": "./span[@class='post-meta']", "label": None, "next": "//a[@class='pager-older']/@href"},
        "detail_markup": "article.h-entry: h1.post-title, time.dt-published[datetime] with +07:00, author 'SWAN' (the acronym; the full name in og:site_name, the title tag and the first sentences); joint statements end in ul.signatories or an ol of signatories",
        "slash_redirect": True,
        "robots": "allows everything",
        "notes": "Bangkok is half an hour ahead of Yangon: a post at 00:20 on 5 June in Bangkok is 23:50 on 4 June in Yangon (inside the week); one at 00:10 on 29 May is 23:40 on 28 May in Yangon (outside).",
    })
    posts = []

    def add(path, title, when, body_html, summary, author="SWAN"):
        w.put(SID, path, post(path, title, when, body_html, author), lastmod=when)
        posts.append((when, path, title, body_html, summary, author))
        return path

    # ---- S1 ----
    s1_when = t("2021-06-02T16:00:00+07:00")
    s1_title = "SWAN condemns arrests of Shan women activists in Taunggyi"
    s1 = add("/2021/06/02/swan-condemns-arrests-of-shan-women-activists-in-taunggyi/", s1_title, s1_when, paras("""The Shan Women's Action Network (SWAN) condemns the arrest of four Shan women activists in Taunggyi on 31 May 2021 and demands their immediate release.

The four women, who had organised peaceful strikes and collected donations for families of civil servants on strike, were taken from their homes at night by soldiers and police. Their families have not been told where they are held. One of them is the mother of a two-year-old child.

Since the coup, the military has arrested more than 700 women across Myanmar. Women detainees have reported beatings, threats of sexual violence and denial of medical care during interrogation.

SWAN calls on the military regime to release all women political prisoners, and calls on the international community to impose targeted sanctions on the military and its businesses.

For more information, contact: Nang Charm Tong, +66 (0)8 0000 0000 (Shan, Thai, English)"""),
             "The Shan Women's Action Network condemns the arrest of four Shan women activists in Taunggyi.")
    w.gold_item(SID, s1, s1_title, "Shan Women's Action Network", s1_when, "en")

    # ---- S2: open letter of 41 women's organizations ----
    s2_when = t("2021-05-31T10:00:00+07:00")
    s2_title = "Open letter to the UN Security Council: end impunity for sexual violence by the Myanmar military"
    sig = "\n".join("<li>%s</li>" % esc(n) for n in WOMEN_41)
    s2 = add("/2021/05/31/open-letter-to-the-un-security-council-end-impunity-for-sexual-violence/", s2_title, s2_when, paras("""To the Members of the United Nations Security Council,

We, the undersigned 41 women's organizations from Myanmar and its borders, write to urge you to act now to end the Myanmar military's impunity for sexual and gender-based violence.

For decades, the military has used rape and sexual violence as a weapon of war against ethnic women in Shan, Kachin, Karen, Karenni, Chin and Rakhine States. Since the coup of 1 February 2021, women protesters and detainees across the country have also reported sexual harassment, threats of rape and sexual torture during interrogation.

We urge the Security Council to refer the situation in Myanmar to the International Criminal Court, to impose a global arms embargo, and to include the Myanmar military in the Secretary-General's list of parties that commit conflict-related sexual violence.

Women's organizations on the ground are documenting these crimes at great risk. We ask you to listen to them, and to act.

Signed by:

|<ol class="signatories">
""" + sig + """
</ol>"""), "41 women's organizations urge the Security Council to end impunity for sexual violence.")
    w.gold_item(SID, s2, s2_title, "41 Women's Organizations", s2_when, "en",
                note="'We, the undersigned 41 women's organizations' and 41 names: a count with the statement's own collective noun")

    # ---- S3: joint statement of five named groups, posted 00:20 Bangkok time on 5 June ----
    s3_when = t("2021-06-05T00:20:00+07:00")
    s3_title = "Stop targeting women human rights defenders in Karenni and Shan States"
    s3 = add("/2021/06/05/stop-targeting-women-human-rights-defenders-in-karenni-and-shan-states/", s3_title, s3_when, paras("""4 June 2021

We, women's organizations of the ethnic states of Myanmar, are alarmed at the growing number of women human rights defenders who have been arrested, threatened or forced into hiding in Karenni and Shan States since the military's offensive began in late May.

Women who deliver food and medicine to displaced families have been stopped at checkpoints, interrogated and accused of supporting the resistance. At least nine women relief workers have been detained in Loikaw, Demoso and Taunggyi since 21 May.

We call on the military to stop targeting women human rights defenders and humanitarian workers, and on donors to fund local women's organizations directly so that aid reaches those in need.

Endorsed by:

|<ul class="signatories">
<li>Shan Women's Action Network</li>
<li>Karenni National Women's Organization</li>
<li>Ta'ang Women's Organization</li>
<li>Women's League of Chinland</li>
<li>Kachin Women's Association Thailand</li>
</ul>"""), "Five women's organizations call for an end to attacks on women human rights defenders.")
    w.gold_item(SID, s3, s3_title, "Shan Women's Action Network, Karenni National Women's Organization, Ta'ang Women's Organization, Women's League of Chinland and Kachin Women's Association Thailand",
                s3_when, "en", note="posted at 00:20 on 5 June in Bangkok = 23:50 on 4 June in Yangon: inside the week; five co-issuers in the list's order")

    # ---- distractors ----
    e1_when = t("2021-05-29T00:10:00+07:00")
    e1_title = "SWAN statement on the killing of a woman vendor in Hsipaw"
    e1 = add("/2021/05/29/swan-statement-on-the-killing-of-a-woman-vendor-in-hsipaw/", e1_title, e1_when, paras("""The Shan Women's Action Network condemns the shooting of a 38-year-old woman vendor by soldiers in Hsipaw market on 27 May 2021.

We demand an independent investigation and justice for her family."""), "SWAN condemns the killing of a woman vendor in Hsipaw.")
    w.distractor("swan-before-window", SID, e1, e1_title, e1_when, "outside_window",
                 "Posted at 00:10 on 29 May in Bangkok, which is 23:40 on 28 May in Yangon; the URL and listing say 29 May.",
                 trap="timezone edge: Bangkok is 30 minutes ahead of Yangon")

    ev_when = t("2021-06-01T09:00:00+07:00")
    ev_title = "Online discussion: women on the front lines of the Spring Revolution"
    ev = add("/2021/06/01/online-discussion-women-on-the-front-lines-of-the-spring-revolution/", ev_title, ev_when, paras("""Join SWAN and guests for an online discussion on the role of women in the resistance to the military coup.

Date: Saturday 12 June 2021, 7:00 pm Bangkok time. Registration is free; the link will be sent to registered participants."""), "An online discussion on 12 June.")
    w.distractor("swan-event", SID, ev, ev_title, ev_when, "event", "Event announcement.")

    dn_when = t("2021-06-03T11:00:00+07:00")
    dn_title = "Support SWAN's emergency relief for displaced women and children"
    dn = add("/2021/06/03/support-swans-emergency-relief-for-displaced-women-and-children/", dn_title, dn_when, paras("""Thousands of women and children have fled the fighting in southern Shan State and Karenni State.

Your donation will buy rice, hygiene kits and medicine for displaced families. Donate through our support page."""), "Donate to SWAN's emergency relief.")
    w.distractor("swan-donate", SID, dn, dn_title, dn_when, "petition", "A fundraising appeal.", kind="fundraising")

    nw_when = t("2021-05-30T15:00:00+07:00")
    nw_title = "SWAN in the media: “The military fears women who speak out”"
    nw = add("/2021/05/30/swan-in-the-media-the-military-fears-women-who-speak-out/", nw_title, nw_when, paras("""An interview with a SWAN coordinator, published by a Thai newspaper, on the arrests of women activists since the coup.

Read the full interview on the newspaper's website."""), "An interview with SWAN in the press.", author="SWAN media team")
    w.distractor("swan-in-the-media", SID, nw, nw_title, nw_when, "news", "A pointer to a press interview, not a statement.")

    for iso, slug, ttl in [("2021-05-20T10:00:00+07:00", "swan-calls-for-protection-of-displaced-women-in-mongkoe", "SWAN calls for protection of displaced women in Mongkoe"),
                           ("2021-05-10T10:00:00+07:00", "mothers-day-statement-honouring-women-political-prisoners", "Mother's Day statement honouring women political prisoners"),
                           ("2021-04-28T10:00:00+07:00", "swan-welcomes-formation-of-the-national-unity-government", "SWAN welcomes the formation of the National Unity Government")]:
        when = t(iso)
        p = add("/%s/%s/" % (when.strftime("%Y/%m/%d"), slug), ttl, when, paras(ttl + "."), ttl)
        w.distractor("swan-old-" + slug[:20], SID, p, ttl, when, "outside_window", "Before the week.")

    posts.sort(key=lambda p: p[0], reverse=True)

    # ---- feed ----
    entries = []
    for when, path, title, body_html, summary, author in posts[:10]:
        entries.append("""<entry><title type="html">{title}</title><link href="{{{{BASE:swan}}}}{path}" rel="alternate" type="text/html" title="{title}" /><published>{iso}</published><updated>{iso}</updated><id>{{{{BASE:swan}}}}{path}</id><content type="html" xml:base="{{{{BASE:swan}}}}{path}">{content}</content><author><name>{author}</name></author><summary type="html">{summary}</summary></entry>""".format(
            title=esc(title), path=path, iso=when.isoformat(), content=esc(body_html), author=esc(author), summary=esc(summary)))
    feed = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.2.0">Jekyll</generator><link href="{{BASE:swan}}/feed.xml" rel="self" type="application/atom+xml" /><link href="{{BASE:swan}}/" rel="alternate" type="text/html" /><updated>%s</updated><id>{{BASE:swan}}/feed.xml</id><title type="html">Shan Women's Action Network</title><subtitle>Statements, reports and news of the Shan Women's Action Network (SWAN)</subtitle>%s</feed>
""" % (posts[0][0].isoformat(), "".join(entries))
    w.put(SID, "/feed.xml", feed, ext=".xml", ctype="application/atom+xml; charset=utf-8", lastmod=posts[0][0])

    # ---- listing pages ----
    chunks = [posts[:6], posts[6:]]
    for n, chunk in enumerate(chunks, 1):
        lis = "\n".join('  <li><span class="post-meta">%s</span>\n    <h3><a class="post-link" href="%s">%s</a></h3></li>' % (
            when.strftime("%b %-d, %Y"), path, esc(title)) for when, path, title, *_ in chunk)
        nav = ""
        if n < len(chunks):
            nav = '<p class="pager"><a class="pager-older" href="/posts/page%d/">Older posts</a></p>' % (n + 1)
        if n > 1:
            nav += '<p class="pager"><a class="pager-newer" href="/posts/">Newer posts</a></p>'
        w.put(SID, "/posts/" if n == 1 else "/posts/page%d/" % n,
              layout("Statements & news", '<h1 class="page-heading">Statements &amp; news</h1>\n<ul class="post-list">\n%s\n</ul>\n%s' % (lis, nav),
                     canonical="/posts/" if n == 1 else "/posts/page%d/" % n), lastmod=chunk[0][0])
    w.put(SID, "/", layout("Home", '<h1>Shan Women\'s Action Network</h1><p><a href="/posts/">Latest statements</a></p>', canonical="/"))
    w.put(SID, "/about/", layout("About", "<h1>About SWAN</h1><p>The Shan Women's Action Network (SWAN) was founded on 28 March 1999 by Shan women active in social work and human rights.</p>", canonical="/about/"))
    sm = "".join("<url><loc>{{BASE:swan}}%s</loc><lastmod>%s</lastmod></url>" % (p[1], p[0].isoformat()) for p in posts)
    w.put(SID, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % sm, ext=".xml")
    w.put(SID, "/robots.txt", "Sitemap: {{BASE:swan}}/sitemap.xml\n", ext=".txt")

    w.fault(id="swan-feed-lm-only", site=SID, type="conditional", mode="lm-only", match={"path": "/feed.xml"},
            expect="no ETag on the feed: revalidate with If-Modified-Since and accept 304")

    w.source(id="swan", name="Shan Women's Action Network", type="feed", url=w.base(SID) + "/feed.xml",
             issuer="Shan Women's Action Network", timeZone=BKK, language="en")

    w.case("swan-late-post", "A joint statement posted at 00:20 on 5 June, Bangkok time (URL /2021/06/05/, listing 'Jun 5, 2021').",
           "in the week (23:50 on 4 June in Yangon)")
    w.case("swan-count", "Open letter: 'We, the undersigned 41 women's organizations' with 41 names.", "By 41 Women's Organizations")
    w.case("swan-named-coissuers", "Joint statement endorsed by five organisations in a list.",
           "By Shan Women's Action Network, Karenni National Women's Organization, Ta'ang Women's Organization, Women's League of Chinland and Kachin Women's Association Thailand")
    w.case("swan-acronym-byline", "Posts carry the byline 'SWAN'; the first sentence expands it.", "By Shan Women's Action Network")
