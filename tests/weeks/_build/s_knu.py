"""knu: the Karen National Union, a Joomla 3 site; its RSS is windows-1252 declared only in the XML
prolog (Burmese titles as numeric character references), dates on pages are dd.mm.yyyy."""
from common import STATEMENTS, at, esc, attr, paras, rfc822

SID = "knu"
ISSUER = "Karen National Union"

ARTS = [
 dict(key="S13", lang="en", when="2022-03-15 13:20", cat="statements", aid=125, pair="S14",
      slug="knu-statement-on-intensified-airstrikes-and-shelling-in-karen-state",
      title="KNU Statement on Intensified Airstrikes and Shelling in Karen State",
      body=["Since the beginning of March 2022 the military council has intensified its airstrikes and artillery attacks on villages in Mutraw (Hpapun), Doo Tha Htoo (Thaton) and Kler Lwee Htoo (Nyaunglebin) Districts. Between 1 and 14 March, fighter jets and helicopters attacked civilian areas on at least 17 occasions.",
            "These attacks have killed eight civilians, injured 21 and forced more than 12,000 villagers to flee into the jungle or towards the Thai border, where they lack shelter, food and medicine. Schools, clinics and churches have been damaged.",
            "The Karen National Union strongly condemns these attacks on civilians, which are war crimes. The KNU will continue to protect the Karen people and to cooperate with all forces that oppose the military dictatorship.",
            "The KNU calls on the international community to stop the supply of aviation fuel and weapons to the military council and to allow cross-border humanitarian assistance to reach the displaced population without delay."],
      sign=["Karen National Union"], date_line="Date: 15.03.2022"),
 dict(key="S14", lang="my", when="2022-03-15 13:40", cat="statements", aid=126, pair_of="S13",
      slug="knu-statement-on-intensified-airstrikes-and-shelling-in-karen-state-burmese",
      title="ကရင်ပြည်နယ်အတွင်း လေကြောင်းနှင့် လက်နက်ကြီး တိုက်ခိုက်မှုများ ပြင်းထန်လာခြင်းအပေါ် KNU ထုတ်ပြန်ချက်",
      body=["၂၀၂၂ ခုနှစ် မတ်လ အစောပိုင်းမှစ၍ စစ်ကောင်စီသည် မူတြော် (ဖာပွန်)၊ ဒူးသထူ (သထုံ) နှင့် ကလယ်လွီထူ (ညောင်လေးပင်) ခရိုင်များရှိ ကျေးရွာများကို လေကြောင်းနှင့် လက်နက်ကြီးဖြင့် တိုက်ခိုက်မှုများ ပိုမိုပြင်းထန်စွာ ပြုလုပ်လာပါသည်။ မတ်လ ၁ ရက်မှ ၁၄ ရက်အတွင်း တိုက်လေယာဉ်နှင့် ရဟတ်ယာဉ်များဖြင့် အနည်းဆုံး ၁၇ ကြိမ် တိုက်ခိုက်ခဲ့ပါသည်။",
            "ယင်းတိုက်ခိုက်မှုများကြောင့် အရပ်သား ၈ ဦး သေဆုံး၊ ၂၁ ဦး ဒဏ်ရာရရှိခဲ့ပြီး ရွာသား ၁၂,၀၀၀ ကျော် တောထဲသို့လည်းကောင်း၊ ထိုင်းနယ်စပ်ဘက်သို့လည်းကောင်း ထွက်ပြေးတိမ်းရှောင်ခဲ့ရပါသည်။",
            "ကရင်အမျိုးသားအစည်းအရုံးသည် အရပ်သားများအပေါ် စစ်ရာဇဝတ်မှုမြောက်သော ယင်းတိုက်ခိုက်မှုများကို ပြင်းထန်စွာ ရှုတ်ချပါသည်။ KNU အနေဖြင့် ကရင်ပြည်သူများကို ဆက်လက်ကာကွယ်သွားမည်ဖြစ်ပြီး စစ်အာဏာရှင်စနစ်ကို ဆန့်ကျင်သော အင်အားစုများအားလုံးနှင့် ပူးပေါင်းဆောင်ရွက်သွားမည် ဖြစ်ပါသည်။",
            "နိုင်ငံတကာအသိုင်းအဝိုင်းအနေဖြင့် စစ်ကောင်စီထံ လေယာဉ်လောင်စာနှင့် လက်နက်များ ပေးပို့မှုကို ရပ်တန့်ရန်နှင့် နယ်စပ်ဖြတ်ကျော် လူသားချင်းစာနာမှု အကူအညီများ အမြန်ဆုံး ရောက်ရှိစေရန် တောင်းဆိုအပ်ပါသည်။"],
      sign=["ကရင်အမျိုးသားအစည်းအရုံး (KNU)"], date_line="ရက်စွဲ - ၁၅.၀၃.၂၀၂၂"),
 dict(key="S15", lang="en", when="2022-03-17 10:05", cat="statements", aid=128,
      slug="statement-of-knu-mergui-tavoy-district-on-the-forced-relocation-of-villagers-near-the-dawei-road",
      title="Statement of KNU Mergui-Tavoy District on the Forced Relocation of Villagers near the Dawei Road",
      issuer="Karen National Union (Mergui-Tavoy District)",
      issued_by="Issued by: Karen National Union, Mergui-Tavoy District",
      body=["Since 5 March 2022, military council troops of Light Infantry Battalions 556 and 557 have ordered the residents of six villages along the Dawei road in Ler Muh Bweh and Ta Naw Tha Ree Townships to leave their homes and move to relocation sites controlled by the army, threatening to treat anyone who stays behind as an enemy.",
            "More than 2,300 villagers have been displaced. Their betel nut and durian plantations, their only source of income, have been left unattended, and several houses have been looted.",
            "The Karen National Union, Mergui-Tavoy District, rejects these forced relocations, which violate international humanitarian law, and warns the companies involved in the Dawei Special Economic Zone road project not to resume work in the area while civilians are being displaced.",
            "We call on humanitarian organisations to support the displaced villagers and on the Thai authorities to let those who reach the border seek safety."],
      sign=["Karen National Union", "Mergui-Tavoy District"], date_line="Date: 17.03.2022"),
 dict(key="D17", lang="en", when="2022-03-11 23:45", cat="statements", aid=124,
      slug="knu-statement-on-the-arrest-of-karen-youth-in-hpa-an",
      title="KNU Statement on the Arrest of Karen Youth in Hpa-an",
      category="outside_window", why="published 11.03.2022 at 23:45 Yangon time (17:15 UTC), before the window",
      body=["The Karen National Union condemns the arrest of 14 Karen young people in Hpa-an on 9 March 2022 and demands their immediate release."],
      sign=["Karen National Union"], date_line="Date: 11.03.2022"),
 dict(key="D16", lang="en", when="2022-03-14 17:00", cat="news", aid=127,
      slug="knu-leaders-visit-displaced-villagers-in-mutraw-district",
      title="KNU Leaders Visit Displaced Villagers in Mutraw District",
      category="news", why="a news story about a visit",
      body=["A delegation of the KNU Central Executive Committee visited displacement sites in Lu Thaw Township, Mutraw District, on 12 and 13 March 2022, and met village heads and health workers.",
            "The delegation delivered rice and medicine provided by Karen community organisations and discussed the needs of families who fled the airstrikes."],
      sign=None, date_line=None, written_by="KNU Information Department"),
 dict(key="D18", lang="en", when="2022-03-16 09:30", cat="news", aid=129,
      slug="donate-emergency-support-for-displaced-families-in-mutraw",
      title="Donate: Emergency Support for Displaced Families in Mutraw",
      category="fundraising", why="a fundraising appeal with bank details",
      body=["More than 12,000 villagers in Mutraw District need food, tarpaulins and medicine. Your donation will be delivered by the Karen Office of Relief and Development.",
            "Bank transfer: account details on request from the KNU Relief Desk. Mobile payment: see the numbers on our Facebook page. Every contribution counts."],
      sign=None, date_line=None),
 dict(key="D15", lang="en", when="2022-03-16 20:00", cat="situation-updates", aid=131,
      slug="daily-situation-brief-16-03-2022",
      title="Daily Situation Brief \u2013 16.03.2022",
      category="briefing", why="a daily situation brief",
      body=["Brigade 5 (Mutraw): two airstrikes near Day Bu Noh; no casualties reported. Brigade 3 (Kler Lwee Htoo): artillery fire on villages in Mone Township; one civilian injured. Brigade 7 (Pa-an): clashes on the Asian Highway near Kawkareik."],
      sign=None, date_line=None),
 dict(key="O1", lang="en", when="2022-02-28 15:00", cat="statements", aid=121, category="old",
      slug="knu-statement-on-the-71st-karen-martyrs-day", title="KNU Statement on the Situation in Karen State, February 2022",
      body=["The Karen National Union reviews the situation in Karen State in February 2022."], sign=["Karen National Union"], date_line="Date: 28.02.2022"),
]

CATNAMES = {"statements": "Statements", "news": "News", "situation-updates": "Situation Updates"}


def path_of(a):
    return "/index.php/%s/%d-%s" % (a["cat"], a["aid"], a["slug"])


def page(w, a):
    dt = at(a["when"])
    extra = ""
    if a.get("issued_by"):
        extra = '<p class="issued-by"><em>%s</em></p>\n' % esc(a["issued_by"])
    sign = ""
    if a.get("sign"):
        sign = '<p style="text-align: right;"><strong>%s</strong></p>\n' % "<br />".join(esc(s) for s in a["sign"])
    dl = '<p style="text-align: right;">%s</p>\n' % esc(a["date_line"]) if a.get("date_line") else ""
    return """<!DOCTYPE html>
<html lang="%(hl)s" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="%(base)s%(path)s" />
<meta name="author" content="%(author)s" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>%(title)s - Karen National Union</title>
<link href="%(base)s/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="%(base)s/templates/protostar/css/template.css" rel="stylesheet" />
</head>
<body class="site com_content view-article itemid-%(aid)d">
<div class="header"><a class="brand" href="%(base)s/"><img src="%(base)s/images/knu-logo.png" alt="Karen National Union" /> <span class="site-title">Karen National Union</span></a>
<div class="site-description">Kawthoolei</div></div>
<nav class="navigation"><ul class="nav menu"><li><a href="%(base)s/">Home</a></li><li><a href="%(base)s/index.php/statements">Statements</a></li><li><a href="%(base)s/index.php/news">News</a></li><li><a href="%(base)s/index.php/situation-updates">Situation Updates</a></li></ul></nav>
<main id="content" role="main">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">%(title)s</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author">Written by <span itemprop="name">%(author)s</span></dd>
<dd class="category-name">Category: <a href="%(base)s/index.php/%(cat)s" itemprop="genre">%(catname)s</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Published: %(shown)s</dd>
</dl>
<div itemprop="articleBody">
%(extra)s%(body)s
%(sign)s%(dl)s</div>
</div>
</main>
<footer class="footer"><p>&copy; 2022 Karen National Union</p></footer>
</body>
</html>
""" % dict(hl="en-gb" if a["lang"] == "en" else "my-mm", base=w.B(SID), path=path_of(a), title=esc(a["title"]),
           author=esc(a.get("written_by", "Administrator")), aid=a["aid"], cat=a["cat"], catname=CATNAMES[a["cat"]],
           shown=dt.strftime("%d.%m.%Y"), extra=extra, body=paras(a["body"]), sign=sign, dl=dl)


def xml_charrefs(s):
    """Everything outside windows-1252 becomes a numeric character reference."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def build(w):
    for a in ARTS:
        dt = at(a["when"])
        w.html(SID, path_of(a), page(w, a), dt)
        if a.get("category") == "old":
            continue
        if a["key"].startswith("S"):
            w.item(key=a["key"], site=SID, path=path_of(a), title=a["title"], lang=a["lang"], pub=dt, gold=True,
                   section=STATEMENTS, issuer=a.get("issuer", ISSUER), pair_of=a.get("pair_of"))
        else:
            w.item(key=a["key"], site=SID, path=path_of(a), title=a["title"], lang=a["lang"], pub=dt,
                   category=a["category"], why=a["why"])

    def rss(sel, selfpath, title):
        items = ""
        for a in sel:
            dt = at(a["when"])
            items += """		<item>
			<title>%s</title>
			<link>%s%s</link>
			<guid isPermaLink="true">%s%s</guid>
			<description><![CDATA[%s]]></description>
			<author>webmaster@knu.example (%s)</author>
			<category>%s</category>
			<pubDate>%s</pubDate>
		</item>
""" % (esc(a["title"]), w.B(SID), path_of(a), w.B(SID), path_of(a), paras(a["body"][:1]),
                   a.get("written_by", "Administrator"), CATNAMES[a["cat"]], rfc822(dt))
        doc = """<?xml version="1.0" encoding="windows-1252"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>%s</title>
		<description><![CDATA[Karen National Union \u2013 Kawthoolei. \u201cFreedom, justice and equality for the Karen people.\u201d]]></description>
		<link>%s/</link>
		<lastBuildDate>Sat, 19 Mar 2022 02:00:00 +0000</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="%s%s"/>
		<language>en-gb</language>
%s	</channel>
</rss>
""" % (title, w.B(SID), w.B(SID), selfpath.replace("&", "&amp;"), items)
        # curly quotes and dashes land as single windows-1252 bytes; Burmese as character references
        return xml_charrefs(doc).encode("cp1252")

    allarts = sorted([a for a in ARTS], key=lambda a: a["when"], reverse=True)
    w.add(SID, "/index.php?format=feed&type=rss", rss(allarts, "/index.php?format=feed&type=rss", "Karen National Union"),
          "application/rss+xml", at("2022-03-16 20:00"), fname="index.php.feed.rss.xml")
    for cat in CATNAMES:
        sel = [a for a in allarts if a["cat"] == cat]
        w.add(SID, "/index.php/%s?format=feed&type=rss" % cat, rss(sel, "/index.php/%s?format=feed&type=rss" % cat, CATNAMES[cat]),
              "application/rss+xml", at(sel[0]["when"]), fname="%s.feed.rss.xml" % cat)
        rows = ""
        for a in sel:
            rows += '<tr class="cat-list-row"><td class="list-title"><a href="%s%s">%s</a></td><td class="list-date small">%s</td></tr>\n' % (
                w.B(SID), path_of(a), esc(a["title"]), at(a["when"]).strftime("%d.%m.%Y"))
        doc = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8" /><title>%s - Karen National Union</title>
<link href="%s/index.php/%s?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" /></head>
<body class="site com_content view-category"><h2>%s</h2>
<table class="category table table-striped"><thead><tr><th>Title</th><th>Published Date</th></tr></thead><tbody>
%s</tbody></table></body></html>
""" % (CATNAMES[cat], w.B(SID), cat, CATNAMES[cat], rows)
        w.html(SID, "/index.php/%s" % cat, doc, at(sel[0]["when"]))
    w.html(SID, "/", """<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8" /><title>Karen National Union</title>
<link href="%s/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" /></head>
<body><h1>Karen National Union</h1><p><a href="%s/index.php/statements">Statements</a></p></body></html>
""" % (w.B(SID), w.B(SID)), at("2022-03-16 20:00"))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\nDisallow: /component/search/\n",
          "text/plain", at("2020-05-01 10:00"))
