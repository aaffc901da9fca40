"""formin: a Nordic foreign ministry's press pages (Liferay-like portal), Helsinki time."""
from common import esc, paras, t

SID = "formin"
PORT = 18509
HEL = "Europe/Helsinki"
NAME = "Ministry for Foreign Affairs of Finland"
LISTING = "/en/myanmar/news"


def shell(title, body, canonical=None, lang="en"):
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{lang}-GB">
<head>
<title>{title} - {name}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{canon}<meta property="og:site_name" content="{name}" />
<meta property="og:title" content="{title}" />
<link href="/o/um-theme/images/favicon.ico" rel="icon" />
<script type="text/javascript">var Liferay = {{ Browser: {{}}, ThemeDisplay: {{ getLanguageId: function() {{ return "en_GB"; }}, getScopeGroupId: function() {{ return "20121"; }} }} }};</script>
</head>
<body class="controls-visible signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
  <div class="navbar-header"><a class="logo" href="/en/frontpage" title="Go to {name}"><img alt="{name}" height="56" src="/o/um-theme/images/um-logo-en.svg" width="260" /></a></div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar">
    <li><a href="/en/current-affairs">Current affairs</a></li><li><a href="/en/foreign-and-security-policy">Foreign and security policy</a></li>
    <li><a href="/en/countries-and-regions">Countries and regions</a></li><li><a href="/en/about-us">About us</a></li></ul></nav>
</header>
<section id="content">
{body}
</section>
<footer id="footer" role="contentinfo"><p>{name} · Laivastokatu 22, Helsinki · PO Box 428, 00023 Government, Finland</p>
<p><a href="/en/accessibility">Accessibility</a> · <a href="/en/data-protection">Data protection</a></p></footer>
</div>
</body>
</html>
""".format(lang=lang, title=esc(title), body=body, name=NAME,
           canon=('<link href="{{BASE:formin}}%s" rel="canonical" />\n' % canonical) if canonical else "")


def article(path, kind, number, when, title, body_html):
    stamp = "%d.%d.%d %s" % (when.day, when.month, when.year, when.strftime("%H.%M"))
    return shell(title, """<div class="portlet-boundary portlet-journal-content"><div class="journal-content-article">
<p class="article-meta"><span class="article-type">{kind}{number}</span> <span class="article-date">{stamp}</span></p>
<h1 class="article-title">{title}</h1>
<div class="article-body">
{body}
</div>
<div class="article-tags"><span>Countries and regions:</span> <a href="{listing}">Myanmar</a></div>
</div></div>""".format(kind=esc(kind), number=(" " + number) if number else "", stamp=stamp, title=esc(title), body=body_html, listing=LISTING),
                 canonical=path)


def build(w):
    w.site({
        "id": SID, "name": NAME, "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "Liferay portal: asset publisher listings, web content articles at /en/-/<slug>",
        "languages": ["en"], "timezone": HEL,
        "owner": NAME, "publishes_for_others": False,
        "feeds": [], "wp_rest": None, "sitemaps": [],
        "listings": [{"url": LISTING, "pagination": "?cur=2, a 'Next' link (a.lfr-pagination-next)", "order": "newest first; press releases, news, events and travel advice about Myanmar"}],
        "listing_markup": "div.asset-publisher > div.asset-abstract: p.asset-date ('28.5.2021', day first, Helsinki date), h3.asset-title > a (link, title), p.asset-category",
        "xpath": {"item": "//div[@class='asset-publisher']/div[@class='asset-abstract']", "link": "./h3[@class='asset-title']/a/@href",
                  "title": "./h3[@class='asset-title']/a", "date": "./p[@class='asset-date']", "label": "./p[@class='asset-category']",
                  "next": "//a[@class='lfr-pagination-next']/@href"},
        "detail_markup": "span.article-type ('Press release 178/2021'), span.article-date ('28.5.2021 22.40': day.month.year hours.minutes, naive Helsinki time), h1.article-title; the ministry is named in the logo's alt, og:site_name, the title tag and the footer; the text quotes the minister",
        "slash_redirect": False,
        "robots": "Disallow: /c/portal/ and /en/search",
        "notes": "The listing still links the minister's statement by its old asset-publisher address, which answers 301 to /en/-/<slug>. Helsinki is UTC+3 in summer: '28.5.2021 22.40' is 02:10 on 29 May in Yangon (inside the week), '4.6.2021 21.30' is 01:00 on 5 June (outside).",
    })
    rows = []

    def add(slug, kind, number, when, title, body_html, category, href=None):
        path = "/en/-/" + slug
        w.put(SID, path, article(path, kind, number, when, title, body_html), lastmod=when, ignore_query=True)
        rows.append((when, href or path, title, category))
        return path

    f1_when = t("2021-05-28T22:40:00", HEL)
    f1_title = "Statement by Minister for Foreign Affairs Pekka Haavisto on the situation in Myanmar"
    f1_slug = "statement-by-minister-for-foreign-affairs-pekka-haavisto-on-the-situation-in-myanmar"
    old_href = "/en/web/guest/-/asset_publisher/myanmar-news/content/" + f1_slug
    f1 = add(f1_slug, "Press release", "178/2021", f1_when, f1_title, paras("""Minister for Foreign Affairs Pekka Haavisto:

“Four months after the military coup, the situation in Myanmar continues to deteriorate. Finland condemns the violence of the security forces against the civilian population in the strongest terms. The killings, arbitrary detentions and torture must stop.

The fighting in Kayah, Chin and Kachin States has forced tens of thousands of people to flee. Humanitarian organisations must be given unhindered access to all those in need.

Finland supports the efforts of ASEAN and of the UN Special Envoy of the Secretary-General to find a peaceful solution. The Five-Point Consensus agreed by the ASEAN leaders must be implemented without delay. All political prisoners, including President Win Myint and State Counsellor Aung San Suu Kyi, must be released.

Together with the other EU Member States, Finland is ready to take further restrictive measures against those responsible for the coup and for the violence. We will continue to support the people of Myanmar and their aspirations for democracy.”

Inquiries: Unit for Southeast Asia, tel. +358 295 350 000. The e-mail addresses of the Ministry for Foreign Affairs are in the format firstname.lastname@example.org."""),
             "Press release", href=old_href)
    w.gold_item(SID, f1, f1_title, NAME, f1_when, "en",
                note="a minister's statement issued as the ministry's press release; naive '28.5.2021 22.40' Helsinki = 02:10 on 29 May in Yangon; the listing links the old address, which redirects here")

    af_when = t("2021-06-04T21:30:00", HEL)
    af_title = "Finland condemns attacks on civilians in Myanmar and supports UN human rights monitoring"
    af = add("finland-condemns-attacks-on-civilians-in-myanmar-and-supports-un-human-rights-monitoring", "Press release", "186/2021", af_when, af_title,
             paras("""Finland condemns the Myanmar military's attacks on civilians in Kayah State and supports the work of the UN human rights mechanisms, Minister for Foreign Affairs Pekka Haavisto said on Friday.

Finland will allocate EUR 1 million to the Independent Investigative Mechanism for Myanmar."""), "Press release")
    w.distractor("formin-after-window", SID, af, af_title, af_when, "outside_window",
                 "'4.6.2021 21.30' in Helsinki (UTC+3) is 01:00 on 5 June in Yangon; the listing shows '4.6.2021'.",
                 trap="timezone edge: naive time in the site's zone")

    ev_when = t("2021-06-01T10:00:00", HEL)
    ev_title = "Webinar: Myanmar four months after the coup"
    ev = add("webinar-myanmar-four-months-after-the-coup", "Event", "", ev_when, ev_title,
             paras("The Ministry for Foreign Affairs and the Finnish Institute of International Affairs invite you to a webinar on 8 June 2021 at 14.00–15.30 Finnish time.\n\nRegister by 7 June."), "Event")
    w.distractor("formin-webinar", SID, ev, ev_title, ev_when, "event", "Event announcement.")

    nw_when = t("2021-06-02T12:00:00", HEL)
    nw_title = "Ambassador of Finland meets Myanmar civil society representatives in Bangkok"
    nw = add("ambassador-of-finland-meets-myanmar-civil-society-representatives-in-bangkok", "News", "", nw_when, nw_title,
             paras("Finland's Ambassador to Thailand, who is also accredited to Myanmar, met representatives of Myanmar civil society organisations in Bangkok on 1 June.\n\nThe discussion focused on humanitarian access and the protection of human rights defenders."), "News")
    w.distractor("formin-news", SID, nw, nw_title, nw_when, "news", "A news item about a meeting.")

    ad_when = t("2021-05-31T15:00:00", HEL)
    ad_title = "Travel advice: Myanmar (updated 31 May 2021)"
    ad = add("travel-advice-myanmar", "Travel advice", "", ad_when, ad_title,
             paras("The Ministry for Foreign Affairs advises against all travel to Myanmar. Finns in Myanmar are advised to leave the country by commercial flights while they are available.\n\nRegister your trip with the ministry's travel notification service."), "Travel advice")
    w.distractor("formin-travel-advice", SID, ad, ad_title, ad_when, "advisory", "Travel advisory.")

    for slug, iso, ttl, cat in [("finland-and-the-eu-expand-sanctions-on-myanmar", "2021-04-19T15:00:00", "Finland welcomes expanded EU sanctions on Myanmar", "Press release"),
                                ("foreign-minister-haavisto-discusses-myanmar-with-asean-counterparts", "2021-04-08T12:00:00", "Foreign Minister Haavisto discusses Myanmar with ASEAN counterparts", "News")]:
        when = t(iso, HEL)
        p = add(slug, cat, "", when, ttl, paras(ttl + "."), cat)
        w.distractor("formin-old-" + slug[:24], SID, p, ttl, when, "outside_window", "Before the week (second listing page).")

    rows.sort(key=lambda r: r[0], reverse=True)
    chunks = [rows[:5], rows[5:]]
    for n, chunk in enumerate(chunks, 1):
        out = ['<div class="portlet-boundary portlet-asset-publisher"><h2 class="portlet-title">Myanmar: news and press releases</h2>\n<div class="asset-publisher">\n']
        for when, href, ttl, cat in chunk:
            out.append('<div class="asset-abstract"><p class="asset-date">%d.%d.%d</p><h3 class="asset-title"><a href="%s">%s</a></h3><p class="asset-category">%s</p></div>\n'
                       % (when.day, when.month, when.year, esc(href), esc(ttl), esc(cat)))
        out.append("</div>\n")
        if n < len(chunks):
            out.append('<ul class="lfr-pagination-buttons pager"><li><a class="lfr-pagination-next" href="%s?cur=%d">Next</a></li></ul>\n' % (LISTING, n + 1))
        out.append("</div>")
        w.put(SID, LISTING + ("?cur=%d" % n if n > 1 else ""), shell("Myanmar: news and press releases", "".join(out), canonical=LISTING if n == 1 else None), lastmod=chunk[0][0])

    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /c/portal/\nDisallow: /en/search\n", ext=".txt")
    w.put(SID, "/en/frontpage", shell("Front page", "<h1>%s</h1>" % NAME, canonical="/en/frontpage"))

    w.fault(id="formin-old-address", site=SID, type="redirect", status=301, location="{{BASE:formin}}" + f1,
            match={"path": old_href},
            expect="follow the 301; the item's URL is the final address (also its rel=canonical)")
    w.content_fault(id="formin-naive-times", site=SID, url=w.base(SID) + f1, type="naive_timestamps",
                    description="Article times are '28.5.2021 22.40' with no zone; the listing has only the date.",
                    expect="read in Europe/Helsinki: 29 May 02:10 in Yangon (in the week); '4.6.2021 21.30' is 5 June (out)")

    w.source(id="formin-mm", name="Ministry for Foreign Affairs of Finland: Myanmar", type="html", url=w.base(SID) + LISTING,
             timeZone=HEL, language="en",
             selectors={"item": "//div[@class='asset-publisher']/div[@class='asset-abstract']", "link": "./h3[@class='asset-title']/a/@href",
                        "title": "./h3[@class='asset-title']/a", "date": "./p[@class='asset-date']", "label": "./p[@class='asset-category']",
                        "next": "//a[@class='lfr-pagination-next']/@href"},
             maxPages=2)

    w.case("formin-minister", "A statement by the Minister for Foreign Affairs, issued as the ministry's press release.",
           "By Ministry for Foreign Affairs of Finland (the body, not the minister)")
