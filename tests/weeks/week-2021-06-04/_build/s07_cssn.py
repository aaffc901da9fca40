"""cssn: a new coalition of hundreds of CSOs (WordPress, REST API closed, listing redesigned, AMP copies)."""
from common import esc, paras, t, rfc822
from signatories import many, KARENNI_37

SID = "cssn"
PORT = 18507
YGN = "Asia/Yangon"
NAME = "Civil Society Solidarity Network for Myanmar"
APHR_A1 = "/asean-delegation-must-meet-the-nug-not-only-the-junta-say-southeast-asian-mps/"


def wp_page(path, title, when, cat, body_html, byline="CSSN Secretariat", canonical=None, pid=0, amp=True, lang="en-US"):
    canon = canonical or ("{{BASE:cssn}}" + path)
    return """<!DOCTYPE html>
<html class="avada-html-layout-wide" lang="{lang}" prefix="og: http://ogp.me/ns#">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} &#8211; CSSN</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="canonical" href="{canon}" />
{amp}<meta property="og:locale" content="{ogl}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:site_name" content="CSSN" />
<meta property="article:published_time" content="{iso}" />
<link rel='stylesheet' id='avada-stylesheet-css' href='{{{{BASE:cssn}}}}/wp-content/themes/Avada/assets/css/style.min.css?ver=7.3' type='text/css' media='all' />
<link rel="alternate" type="application/rss+xml" title="CSSN &raquo; Feed" href="{{{{BASE:cssn}}}}/feed/" />
<link rel="https://api.w.org/" href="{{{{BASE:cssn}}}}/wp-json/" />
<link rel='shortlink' href='{{{{BASE:cssn}}}}/?p={pid}' />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard fusion-body">
<div id="wrapper" class="fusion-wrapper">
<header class="fusion-header-wrapper"><div class="fusion-header"><div class="fusion-logo">
  <a class="fusion-logo-link" href="{{{{BASE:cssn}}}}/"><img src="{{{{BASE:cssn}}}}/wp-content/uploads/2021/03/cssn-logo.png" alt="CSSN Logo" /></a></div>
  <nav class="fusion-main-menu"><ul><li><a href="{{{{BASE:cssn}}}}/">Home</a></li><li><a href="{{{{BASE:cssn}}}}/statements/">Statements</a></li><li><a href="{{{{BASE:cssn}}}}/reports/">Reports</a></li><li><a href="{{{{BASE:cssn}}}}/about/">About</a></li><li><a href="{{{{BASE:cssn}}}}/take-action/">Take action</a></li></ul></nav>
</div></header>
<main id="main" class="clearfix"><div class="fusion-row">
<section id="content">
<article id="post-{pid}" class="post post-{pid} type-post status-publish format-standard hentry category-{catslug}">
  <h1 class="entry-title fusion-post-title">{title}</h1>
  <div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <span class="vcard"><span class="fn"><a href="{{{{BASE:cssn}}}}/author/secretariat/" title="Posts by {byline}" rel="author">{byline}</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{iso}</span><span>{shown}</span><span class="fusion-inline-sep">|</span><a href="{{{{BASE:cssn}}}}/category/{catslug}/" rel="category tag">{cat}</a></div></div>
  <div class="post-content">
{body}
  </div>
</article>
</section>
</div></main>
<footer class="fusion-footer"><div class="fusion-footer-widget-area"><p>{name} (CSSN) is a coalition of more than 400 civil society organizations from across Myanmar, formed after the coup of 1 February 2021.</p>
<p>&copy; 2021 CSSN | All Rights Reserved</p></div></footer>
</div>
</body>
</html>
""".format(lang=lang, ogl=lang.replace("-", "_"), title=esc(title), canon=canon, pid=pid, iso=when.isoformat(), shown=when.strftime("%B %-d, %Y"),
           catslug=cat.lower().replace(" ", "-"), cat=esc(cat), byline=esc(byline), body=body_html, name=NAME,
           amp=('<link rel="amphtml" href="{{BASE:cssn}}%samp/" />\n' % path) if amp else "")


def amp_page(path, title, when, body_html):
    return """<!doctype html>
<html amp lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{title} &#8211; CSSN</title>
<link rel="canonical" href="{{{{BASE:cssn}}}}{path}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
</head>
<body class="amp-wp-body">
<header class="amp-wp-header"><a href="{{{{BASE:cssn}}}}/">CSSN</a></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{title}</h1>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso}">{shown}</time></div></header>
<div class="amp-wp-article-content">
{body}
</div>
</article>
</body>
</html>
""".format(title=esc(title), path=path, iso=when.isoformat(), shown=when.strftime("%B %-d, %Y"), body=body_html)


def build(w):
    w.site({
        "id": SID, "name": NAME, "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "WordPress (Avada theme), AMP plugin; REST API closed to the public",
        "languages": ["en", "my"], "timezone": YGN,
        "owner": NAME, "publishes_for_others": True,
        "feeds": [{"url": "/feed/", "type": "RSS 2.0", "notes": "newest 10 posts, pubDate in GMT, dc:creator 'CSSN Secretariat' (the poster, never the issuer)"}],
        "wp_rest": None, "sitemaps": ["/wp-sitemap.xml"],
        "listings": [{"url": "/statements/", "pagination": "/statements/page/2/", "order": "newest first"}],
        "listing_markup": "(as first recorded) div.statement-list > article: h2 > a (link, title), span.date ('June 3, 2021')",
        "xpath": {"item": "//div[@class='statement-list']/article", "link": "./h2/a/@href", "title": "./h2/a",
                  "date": "./span[@class='date']", "label": None, "next": "//a[@class='next page-numbers']/@href"},
        "markup_changed": "The listing was rebuilt with Avada's post cards: section.fusion-posts > div.fusion-post-card > a.fusion-post-card__link (link) > h4 (title), p.fusion-meta (date). The recorded selectors match nothing.",
        "detail_markup": "h1.entry-title; article:published_time (+06:30) and a visible 'June 3, 2021'; byline 'By CSSN Secretariat' on every post (the poster); joint statements open 'We, the undersigned 398 organizations' and end with an ol.signatories, or list co-issuers after 'Signed by:'; reposts carry rel=canonical to the original's site",
        "slash_redirect": True,
        "robots": "Disallow: /wp-admin/ (Allow: /wp-admin/admin-ajax.php), Disallow: /?s=",
        "notes": "The REST API answers 401 rest_cannot_access. AMP copies at …/amp/ point back with rel=canonical.",
    })
    posts = []

    def add(path, title, when, cat, body_html, pid, canonical=None, in_listing=True, **kw):
        w.put(SID, path, wp_page(path, title, when, cat, body_html, canonical=canonical, pid=pid, amp=canonical is None, **kw), lastmod=when, ignore_query=True)
        posts.append((when, path, title, cat, body_html, pid, in_listing))
        return path

    # ---- P1: 398 organizations ----
    orgs = many(398)
    p1_when = t("2021-06-03T09:00:00", YGN)
    p1_title = "ASEAN Must Not Grant Legitimacy to the Junta During Its Visit to Naypyitaw"
    sig = "<ol class=\"signatories\">\n" + "\n".join("<li>%s</li>" % esc(o) for o in orgs) + "\n</ol>"
    p1_body = paras("""We, the undersigned 398 organizations from Myanmar, the region and around the world, call on the ASEAN Chair and the ASEAN Secretary-General to ensure that their visit to Naypyitaw this week does not grant legitimacy to the military junta that has killed more than 840 people since its attempted coup on 1 February 2021.

Six weeks after the ASEAN Leaders' Meeting in Jakarta agreed the Five-Point Consensus, the junta has not implemented a single point. It has instead escalated its attacks on civilians, including airstrikes and artillery in Karenni, Chin and Kachin States, and continues to arrest, torture and kill peaceful protesters.

A visit that meets only the junta's leaders, and not the National Unity Government, the Committee Representing Pyidaungsu Hluttaw, ethnic resistance organizations and civil society, will be seen by the people of Myanmar as a betrayal.

We urge ASEAN to:

|<ul>
<li>meet the National Unity Government and representatives of ethnic and civil society organizations;</li>
<li>demand the immediate release of all political prisoners, including State Counsellor Daw Aung San Suu Kyi and President U Win Myint;</li>
<li>set a timeline for the implementation of the Five-Point Consensus, with consequences if the junta fails to comply;</li>
<li>ensure that humanitarian assistance is delivered through local and community-based organizations and not through the junta.</li>
</ul>

Signed by:

|""" + sig)
    p1 = add("/2021/06/03/asean-must-not-grant-legitimacy-to-the-junta/", p1_title, p1_when, "Joint Statements", p1_body, 1482)
    w.gold_item(SID, p1, p1_title, "398 Organizations", p1_when, "en",
                note="'We, the undersigned 398 organizations' with 398 names; the byline 'CSSN Secretariat' is the poster")

    # ---- P2: Burmese version ----
    p2_when = t("2021-06-03T09:05:00", YGN)
    p2_title = "နေပြည်တော်ခရီးစဉ်အတွင်း အာဆီယံသည် စစ်အုပ်စုကို တရားဝင်မှု မပေးရ"
    p2_body = paras("""အောက်တွင် လက်မှတ်ရေးထိုးထားသော မြန်မာနိုင်ငံ၊ ဒေသတွင်းနှင့် ကမ္ဘာတစ်ဝန်းမှ အဖွဲ့အစည်း ၃၉၈ ဖွဲ့ ဖြစ်သည့် ကျွန်ုပ်တို့သည် အာဆီယံ ဥက္ကဋ္ဌနှင့် အာဆီယံ အတွင်းရေးမှူးချုပ်တို့၏ ယခုအပတ် နေပြည်တော်ခရီးစဉ်သည် ၂၀၂၁ ခုနှစ်၊ ဖေဖော်ဝါရီလ ၁ ရက်နေ့ အာဏာသိမ်းရန် ကြိုးပမ်းမှုနောက်ပိုင်း လူပေါင်း ၈၄၀ ကျော်ကို သတ်ဖြတ်ခဲ့သော စစ်အုပ်စုအား တရားဝင်မှု မပေးမိစေရန် တောင်းဆိုပါသည်။

ဂျကာတာတွင် ကျင်းပခဲ့သော အာဆီယံခေါင်းဆောင်များ အစည်းအဝေးက အချက်ငါးချက် သဘောတူညီချက်ကို ချမှတ်ပြီး ခြောက်ပတ်ကြာသည့်တိုင် စစ်အုပ်စုက တစ်ချက်မျှ အကောင်အထည် မဖော်သေးပါ။

အမျိုးသားညီညွတ်ရေးအစိုးရ၊ ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ၊ တိုင်းရင်းသား တော်လှန်ရေးအဖွဲ့အစည်းများနှင့် အရပ်ဘက်အဖွဲ့အစည်းများကို မတွေ့ဆုံဘဲ စစ်အုပ်စုခေါင်းဆောင်များနှင့်သာ တွေ့ဆုံမည်ဆိုပါက မြန်မာပြည်သူများအနေဖြင့် သစ္စာဖောက်မှုအဖြစ် ရှုမြင်မည် ဖြစ်ပါသည်။

လက်မှတ်ရေးထိုးသူများ -

|""" + sig)
    p2 = add("/2021/06/03/asean-must-not-grant-legitimacy-to-the-junta-burmese/", p2_title, p2_when, "Joint Statements", p2_body, 1483, lang="my")
    w.gold_item(SID, p2, p2_title, "398 Organizations", p2_when, "my", pair_of=p1,
                note="Burmese version: 'အဖွဲ့အစည်း ၃၉၈ ဖွဲ့' (398 organizations)")

    # ---- P3: collective named in the title ----
    p3_when = t("2021-05-30T14:00:00", YGN)
    p3_title = "Joint Statement by Karenni Civil Society Organizations on the Attacks in Loikaw and Demoso"
    p3_body = paras("""30 May 2021

We, the undersigned 37 Karenni civil society organizations, strongly condemn the military junta's attacks on civilians in Loikaw and Demoso since 21 May 2021.

The junta's troops have fired artillery shells into residential wards and villages, killed civilians including children, and struck churches where displaced families had taken refuge. More than 37,000 people have fled into the forests, where they lack food, shelter and medicine.

We call on the junta to stop its attacks immediately, on the international community to deliver humanitarian assistance across the border and through local organizations, and on the UN Security Council to impose a global arms embargo on the Myanmar military.

Signed:

|<p class="signatories">""" + "<br>\n".join("%d. %s" % (i, esc(n)) for i, n in enumerate(KARENNI_37, 1)) + "</p>")
    p3 = add("/2021/05/30/joint-statement-by-karenni-civil-society-organizations-on-the-attacks-in-loikaw-and-demoso/", p3_title, p3_when,
             "Joint Statements", p3_body, 1470)
    w.gold_item(SID, p3, p3_title, "Karenni Civil Society Organizations", p3_when, "en",
                note="the title names the collective, which wins over the count of 37 signatories")

    # ---- P4: five named co-issuers ----
    p4_when = t("2021-06-01T17:30:00", YGN)
    p4_title = "Stop the mass dismissal of striking teachers"
    p4_body = paras("""The junta's so-called Ministry of Education has suspended more than 125,000 teachers and education staff for joining the Civil Disobedience Movement, and has ordered them to leave their staff housing.

Teachers are being forced to choose between their conscience and their homes. Many have been threatened with arrest, and some have been detained.

We call on the junta to end the suspensions and evictions, on the International Labour Organization to raise these dismissals with its Governing Body, and on donors to support the teachers who refuse to serve the military regime.

|<p><strong>Signed by:</strong><br>
Confederation of Trade Unions of Myanmar<br>
Myanmar Teachers' Federation<br>
All Burma Federation of Student Unions<br>
Federation of General Workers Myanmar (FGWM)<br>
Myanmar Industries Craft and Services Trade Unions Federation</p>""")
    p4 = add("/2021/06/01/stop-the-mass-dismissal-of-striking-teachers/", p4_title, p4_when, "Joint Statements", p4_body, 1477)
    w.gold_item(SID, p4, p4_title, "Confederation of Trade Unions of Myanmar, Myanmar Teachers' Federation, All Burma Federation of Student Unions, Federation of General Workers Myanmar (FGWM) and Myanmar Industries Craft and Services Trade Unions Federation",
                p4_when, "en", note="five co-issuers listed after 'Signed by:'; each name kept as the statement writes it (one with its acronym)")

    # ---- P5: the coalition's own monitoring report ----
    p5_when = t("2021-06-04T16:00:00", YGN)
    p5_title = "Monitoring Report: Arrests and Prosecution of Civil Society Members, May 2021"
    from common import simple_pdf
    pdf = "/wp-content/uploads/2021/06/CSSN-Monitoring-Report-May-2021.pdf"
    w.put(SID, pdf, simple_pdf(p5_title, ["Published by: " + NAME, "Period: 1-31 May 2021",
                                          "Members of civil society organizations arrested: 212", "Charged under Section 505A: 148",
                                          "Released: 37"], p5_when, author="CSSN"), ext=".pdf", lastmod=p5_when)
    p5_body = paras("""|<p class="publisher"><strong>Published by:</strong> """ + NAME + """</p>

Our monthly monitoring report documents the arrest, detention and prosecution of members of civil society organizations in May 2021.

In May, at least 212 members of civil society organizations were arrested, 148 of them were charged under Section 505A of the Penal Code, and 37 were released. Women made up a third of those arrested.

|<p><a class="fusion-button" href="{{BASE:cssn}}""" + pdf + """">Download the report (PDF)</a></p>""")
    p5 = add("/2021/06/04/monitoring-report-arrests-and-prosecution-of-civil-society-members-may-2021/", p5_title, p5_when, "Reports", p5_body, 1490)
    w.gold_item(SID, p5, p5_title, NAME, p5_when, "en", section="Reports",
                note="the coalition's own monthly monitoring report; 'Published by:' names it in full")

    # ---- distractors ----
    rp_when = t("2021-06-04T20:00:00", YGN)
    rp_title = "ASEAN delegation must meet the NUG, not only the junta, say Southeast Asian MPs"
    rp = add("/2021/06/04/asean-delegation-must-meet-the-nug-say-southeast-asian-mps/", rp_title, rp_when, "Member Statements",
             paras("""|<p><em>This statement was originally published by ASEAN Parliamentarians for Human Rights. <a href="{{BASE:aphr}}""" + APHR_A1 + """">Read it on their website.</a></em></p>

Southeast Asian lawmakers today urged the ASEAN delegation travelling to Naypyitaw to meet the National Unity Government and not only the junta."""),
             1492, canonical="{{BASE:aphr}}" + APHR_A1)
    w.distractor("cssn-repost-aphr", SID, rp, rp_title, rp_when, "duplicate",
                 "Repost of APHR's statement with rel=canonical to APHR's page.", duplicate_of=w.base("aphr") + APHR_A1)

    w.put(SID, p1 + "amp/", amp_page(p1, p1_title, p1_when, p1_body), lastmod=p1_when)
    w.distractor("cssn-amp-p1", SID, p1 + "amp/", p1_title, p1_when, "duplicate", "AMP copy (rel=canonical to the statement).",
                 duplicate_of=w.base(SID) + p1)
    w.distractor("cssn-p1-tracking", SID, p1 + "?utm_source=springdaily&utm_medium=referral", p1_title, p1_when, "duplicate",
                 "The statement's URL with tracking parameters, as linked from the news site.", duplicate_of=w.base(SID) + p1)

    pe_when = t("2021-06-02T10:00:00", YGN)
    pe_title = "Sign the petition: free all political prisoners in Myanmar"
    pe = add("/2021/06/02/sign-the-petition-free-all-political-prisoners-in-myanmar/", pe_title, pe_when, "Take Action",
             paras("More than 4,400 people are detained by the junta. Add your name to our petition to the UN Secretary-General.\n\n|<p><a class=\"fusion-button\" href=\"#sign\">Sign now</a></p>"), 1480)
    w.distractor("cssn-petition", SID, pe, pe_title, pe_when, "petition", "A petition.")

    va_when = t("2021-05-31T13:00:00", YGN)
    va_title = "Vacancy: Communications Officer (remote)"
    va = add("/2021/05/31/vacancy-communications-officer-remote/", va_title, va_when, "Announcements",
             paras("CSSN is looking for a Communications Officer fluent in Burmese and English.\n\nApplications close on 20 June 2021."), 1475)
    w.distractor("cssn-vacancy", SID, va, va_title, va_when, "vacancy", "Job vacancy.")

    al_when = t("2021-06-04T11:00:00", YGN)
    al_title = "Urgent action: write to your MP about refugees from Karenni State"
    al = add("/2021/06/04/urgent-action-write-to-your-mp-about-refugees-from-karenni-state/", al_title, al_when, "Take Action",
             paras("Use our template letter to ask your Member of Parliament to press for cross-border aid to Karenni State.\n\nIt takes two minutes."), 1488)
    w.distractor("cssn-action-alert", SID, al, al_title, al_when, "alert", "An action alert.")

    we_when = t("2021-05-29T10:00:00", YGN)
    we_title = "Webinar: four months of resistance – civil society perspectives"
    we = add("/2021/05/29/webinar-four-months-of-resistance-civil-society-perspectives/", we_title, we_when, "Events",
             paras("Join CSSN members on 1 June 2021 at 7:30 pm Myanmar time for a webinar on civil society's role in the resistance."), 1466)
    w.distractor("cssn-webinar", SID, we, we_title, we_when, "event", "Event announcement.")

    af_when = t("2021-06-05T08:00:00", YGN)
    af_title = "ASEAN Delegation's Visit Ends Without Meeting the People's Representatives"
    af = add("/2021/06/05/asean-delegations-visit-ends-without-meeting-the-peoples-representatives/", af_title, af_when, "Statements",
             paras("CSSN regrets that the ASEAN delegation left Naypyitaw without meeting the National Unity Government."), 1495)
    w.distractor("cssn-after-window", SID, af, af_title, af_when, "outside_window", "5 June, after the week.")

    ol_when = t("2021-05-25T10:00:00", YGN)
    ol_title = "CSSN Statement on the Killing of Protesters in Kalay"
    ol = add("/2021/05/25/cssn-statement-on-the-killing-of-protesters-in-kalay/", ol_title, ol_when, "Statements",
             paras("CSSN condemns the killing of protesters in Kalay."), 1460)
    w.distractor("cssn-before-window", SID, ol, ol_title, ol_when, "outside_window", "Before the week.")

    posts.sort(key=lambda p: p[0], reverse=True)

    # ---- RSS ----
    items = []
    for when, path, title, cat, body_html, pid, _ in posts[:10]:
        items.append("""	<item>
		<title>{title}</title>
		<link>{{{{BASE:cssn}}}}{path}</link>
		<dc:creator><![CDATA[CSSN Secretariat]]></dc:creator>
		<pubDate>{date}</pubDate>
		<category><![CDATA[{cat}]]></category>
		<guid isPermaLink="false">{{{{BASE:cssn}}}}/?p={pid}</guid>
		<description><![CDATA[{desc}]]></description>
	</item>
""".format(title=esc(title), path=path, date=rfc822(when), cat=cat, pid=pid, desc=esc(title)[:180] + " [&#8230;]"))
    rss = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
	<title>CSSN</title>
	<atom:link href="{{BASE:cssn}}/feed/" rel="self" type="application/rss+xml" />
	<link>{{BASE:cssn}}</link>
	<description>%s</description>
	<lastBuildDate>%s</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<generator>https://wordpress.org/?v=5.7.2</generator>
%s</channel>
</rss>
""" % (NAME, rfc822(posts[0][0]), "".join(items))
    w.put(SID, "/feed/", rss, ext=".xml", ctype="application/rss+xml; charset=UTF-8", lastmod=posts[0][0], ignore_query=True)

    # ---- listing, redesigned ----
    listed = [p for p in posts if p[3] in ("Joint Statements", "Statements", "Member Statements", "Reports")]
    chunks = [listed[:6], listed[6:]]
    for n, chunk in enumerate(chunks, 1):
        cards = "\n".join("""  <div class="fusion-post-card fusion-grid-column"><div class="fusion-post-card__body">
    <a class="fusion-post-card__link" href="{{{{BASE:cssn}}}}{path}"><h4 class="fusion-post-card__title">{title}</h4></a>
    <p class="fusion-meta">{shown} | {cat}</p>
  </div></div>""".format(path=p[1], title=esc(p[2]), shown=p[0].strftime("%B %-d, %Y"), cat=esc(p[3])) for p in chunk)
        nav = '<div class="pagination"><a class="pagination-next" href="{{BASE:cssn}}/statements/page/2/">Next</a></div>' if n == 1 else \
              '<div class="pagination"><a class="pagination-prev" href="{{BASE:cssn}}/statements/">Previous</a></div>'
        page = wp_page("/statements/" if n == 1 else "/statements/page/%d/" % n, "Statements", posts[0][0], "Page",
                       '<section class="fusion-posts fusion-posts-container">\n%s\n</section>\n%s' % (cards, nav), pid=12, amp=False)
        w.put(SID, "/statements/" if n == 1 else "/statements/page/%d/" % n, page, lastmod=chunk[0][0])

    sm_urls = "".join("<url><loc>{{BASE:cssn}}%s</loc><lastmod>%s</lastmod></url>" % (p[1], p[0].isoformat()) for p in posts)
    w.put(SID, "/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{{BASE:cssn}}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>', ext=".xml")
    w.put(SID, "/wp-sitemap-posts-post-1.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % sm_urls, ext=".xml")
    w.put(SID, "/", wp_page("/", "CSSN", posts[0][0], "Page", '<p>%s</p><p><a href="{{BASE:cssn}}/statements/">Statements</a></p>' % NAME, pid=2, amp=False))
    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\n\nSitemap: {{BASE:cssn}}/wp-sitemap.xml\n", ext=".txt")

    w.fault(id="cssn-rest-closed", site=SID, type="status", status=401, match={"path": "/wp-json/", "prefix": True},
            body_json={"code": "rest_cannot_access", "message": "Only authenticated users can access the REST API.", "data": {"status": 401}},
            expect="the REST API is closed: use the RSS feed")
    w.content_fault(id="cssn-listing-redesigned", site=SID, url=w.base(SID) + "/statements/", type="markup_changed",
                    description="The statements listing now uses Avada post cards; sites.json's recorded selectors (div.statement-list > article) match nothing.",
                    expect="the listing source is flagged (selectors matched nothing); the feed still brings every item")

    w.source(id="cssn-feed", name=NAME + " (feed)", type="feed", url=w.base(SID) + "/feed/", publishesForOthers=True, timeZone=YGN)
    w.source(id="cssn-statements", name=NAME + " (statements listing)", type="html", url=w.base(SID) + "/statements/",
             publishesForOthers=True, timeZone=YGN,
             selectors={"item": "//div[@class='statement-list']/article", "link": "./h2/a/@href", "title": "./h2/a",
                        "date": "./span[@class='date']", "next": "//a[@class='next page-numbers']/@href"})

    w.case("cssn-count", "'We, the undersigned 398 organizations' with a 398-name list; byline 'CSSN Secretariat'.", "By 398 Organizations (English and Burmese versions side by side)")
    w.case("cssn-title-collective", "'Joint Statement by Karenni Civil Society Organizations …' signed by 37 organisations.",
           "By Karenni Civil Society Organizations (the title's collective), not '37 Karenni Civil Society Organizations'")
    w.case("cssn-named-coissuers", "Five unions and federations after 'Signed by:', one with its acronym.",
           "By Confederation of Trade Unions of Myanmar, Myanmar Teachers' Federation, All Burma Federation of Student Unions, Federation of General Workers Myanmar (FGWM) and Myanmar Industries Craft and Services Trade Unions Federation")
    w.case("cssn-own-report", "The coalition's monitoring report, 'Published by: Civil Society Solidarity Network for Myanmar'.",
           "Reports, By Civil Society Solidarity Network for Myanmar")
