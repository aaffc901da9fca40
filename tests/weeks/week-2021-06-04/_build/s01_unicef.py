"""unicef: a UN agency's global newsroom (Drupal-like) filtered to Myanmar."""
from common import esc, paras, t, utc_z, simple_pdf

SID = "unicef"
PORT = 18501
NY = "America/New_York"

ABOUT = """UNICEF works in some of the world's toughest places, to reach the world's most disadvantaged children. Across more than 190 countries and territories, we work for every child, everywhere, to build a better world for everyone.

For more information about UNICEF and its work for children, visit www.unicef.org."""

HEAD = """<!DOCTYPE html>
<html lang="{lang}" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | UNICEF</title>
<link rel="canonical" href="{{{{BASE:unicef}}}}{path}">
<meta property="og:site_name" content="UNICEF">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{{{{BASE:unicef}}}}{path}">
{extra_head}<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hq7d2.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"currentPath":"node/{nid}","currentLanguage":"{lang}"}},"gtag":{{"tagId":"G-XXXX"}}}}</script>
</head>
<body class="path-node page-node-type-{ntype}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header" role="banner">
  <a class="site-logo" href="/" rel="home"><img src="/themes/custom/unicef/logo.svg" alt="UNICEF for every child" width="160" height="40"></a>
  <nav class="main-menu" aria-label="Main"><ul>
    <li><a href="/what-we-do">What we do</a></li><li><a href="/research-and-reports">Research and reports</a></li>
    <li><a href="/stories">Stories and features</a></li><li><a href="/press-releases" class="is-active">Press releases</a></li>
    <li><a href="/where-we-work">Where we work</a></li><li><a class="button--donate" href="/donate">Donate</a></li>
  </ul></nav>
</header>
"""

FOOT = """<footer class="site-footer" role="contentinfo">
  <div class="footer__about"><img src="/themes/custom/unicef/logo-white.svg" alt="UNICEF">
  <p>United Nations Children's Fund, 3 United Nations Plaza, New York, NY 10017, USA</p></div>
  <ul class="footer__links"><li><a href="/careers">Careers</a></li><li><a href="/legal">Legal</a></li>
  <li><a href="/contact-us">Contact us</a></li><li><a href="/press-releases/rss">RSS</a></li></ul>
  <p class="footer__copy">&copy; UNICEF. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page(path, nid, ntype, eyebrow, title, when, body_html, lang="en", extra_head="", after=""):
    head = HEAD.format(lang=lang, title=esc(title), path=path, nid=nid, ntype=ntype,
                       extra_head=extra_head + '<meta property="article:published_time" content="%s">\n' % utc_z(when))
    shown = when.astimezone(when.tzinfo).strftime("%d %B %Y")
    return head + """<main id="main-content" role="main">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/press-releases">Press releases</a></li><li><a href="/press-releases?country=myanmar">Myanmar</a></li>
</ol></nav>
<article class="node node--type-{ntype} node--view-mode-full" data-history-node-id="{nid}">
  <div class="node__eyebrow">{eyebrow}</div>
  <h1 class="node__title"><span class="field field--name-title">{title}</span></h1>
  <div class="node__meta">
    <span class="field field--name-field-country"><a href="/press-releases?country=myanmar">Myanmar</a></span>
    <span class="node__date"><time datetime="{iso}">{shown}</time></span>
  </div>
  <div class="node__share"><a href="https://twitter.com/intent/tweet?url={{{{BASE:unicef}}}}{path}">Share on Twitter</a>
  <a class="print-link" href="/print{path}" rel="nofollow">Print</a></div>
  <div class="clearfix text-formatted field field--name-body">
{body}
  </div>
{after}</article>
</main>
""".format(ntype=ntype, nid=nid, eyebrow=esc(eyebrow), title=esc(title), iso=utc_z(when), shown=shown,
           path=path, body=body_html, after=after) + FOOT


def media(contact="Sandra Bisin", place="Yangon", email="sbisin@example.org"):
    return """<h3>Media contacts</h3>
<div class="contact"><p><strong>{c}</strong><br>UNICEF {p}<br>Email: <a href="mailto:{e}">{e}</a></p></div>
<h3>About UNICEF</h3>
{about}""".format(c=contact, p=place, e=email, about=paras(ABOUT))


ITEMS = []


def build(w):
    w.site({
        "id": SID, "name": "UNICEF newsroom", "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "Drupal 9 global newsroom; the listing is filtered by a country query parameter",
        "languages": ["en", "my"], "timezone": NY,
        "owner": "United Nations Children's Fund", "publishes_for_others": False,
        "feeds": [], "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/press-releases?country=myanmar", "pagination": "Drupal pager: ?country=myanmar&page=1 (zero-based), rel=next link",
                      "order": "newest first, all content types of the newsroom (press releases, statements, stories, media advisories, reports)"}],
        "listing_markup": "div.view-content > div.views-row > article.card: div.card__eyebrow (content type), h3.card__title > a (link, title), div.card__date > time[datetime] (UTC instant; text is the New York date)",
        "xpath": {"item": "//div[@class='view-content']/div[@class='views-row']", "link": "./article/h3[@class='card__title']/a/@href",
                  "title": "./article/h3[@class='card__title']/a", "date": "./article/div[@class='card__date']/time/@datetime",
                  "label": "./article/div[@class='card__eyebrow']", "next": "//nav[@class='pager']//a[@rel='next']/@href"},
        "detail_markup": "h1.node__title; time[datetime] in div.node__meta and meta article:published_time (UTC); dateline 'NEW YORK, 1 June 2021 –' in the first paragraph; the issuer is named only as 'UNICEF' (title, og:site_name, About UNICEF) and in full in the footer address",
        "slash_redirect": False,
        "robots": "Disallow: /print/ and /search; print views of every page live under /print/",
        "notes": "Statements of several heads of the agency (Executive Director, Regional Director) and one joint statement with UNFPA. The Burmese translation of the Executive Director's statement is a separate node under /myanmar/my/. The situation report is linked from the listing straight to its PDF.",
    })

    L = []  # listing rows: (when, eyebrow, title, href)

    # ---- U1: Executive Director, 1 June ----
    u1_path = "/press-releases/statement-unicef-executive-director-henrietta-fore-children-killed-myanmar"
    u1_when = t("2021-06-01T10:00:00", NY)
    u1_title = "Statement by UNICEF Executive Director Henrietta Fore on children killed in Myanmar"
    my_path = "/myanmar/my/press-releases/unicef-executive-director-statement-children-killed-myanmar"
    body = paras("""|<p><strong>NEW YORK, 1 June 2021 –</strong> “I am deeply alarmed by reports that at least 56 children have been killed in Myanmar since 1 February, and that many more have been seriously injured or detained.</p>

“In the past two weeks alone, children have been killed by gunfire in their homes, in the street and while fleeing fighting in Kayah and Chin States. Tens of thousands of people, nearly half of them children, have been forced from their homes and are sheltering in forests and in crowded monasteries and churches, with little access to food, clean water or medical care.

“Children are also suffering the wider effects of the crisis. Routine immunization has all but stopped, hundreds of thousands of children have missed life-saving vitamin A supplementation, and more than 12 million children remain out of school.

“UNICEF calls on all parties to protect children from violence, to refrain from attacks on schools, hospitals and health workers, and to allow safe and unimpeded humanitarian access to every child in need, wherever they are.

“No child should pay for a crisis that is not of their making. UNICEF remains in Myanmar and will continue to stay and deliver for children.”

###""") + "\n" + media(contact="Joe English", place="New York", email="jenglish@example.org")
    w.put(SID, u1_path, page(u1_path, 102911, "press-release", "Statement", u1_title, u1_when, body,
                             extra_head='<link rel="alternate" hreflang="en" href="{{BASE:unicef}}%s">\n<link rel="alternate" hreflang="my" href="{{BASE:unicef}}%s">\n' % (u1_path, my_path),
                             after='  <div class="node__translations">Available in: <a href="%s" hreflang="my" lang="my">မြန်မာ</a></div>\n' % my_path),
          lastmod=u1_when, ignore_query=True)
    w.gold_item(SID, u1_path, u1_title, "United Nations Children's Fund", u1_when, "en")
    L.append((u1_when, "Statement", u1_title, u1_path))

    # print view (robots-disallowed copy)
    pr_path = "/print" + u1_path
    w.put(SID, pr_path, """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | UNICEF (print)</title>
<link rel="canonical" href="{{BASE:unicef}}%s"><meta name="robots" content="noindex"></head>
<body onload="window.print()"><h1>%s</h1><p>01 June 2021</p>%s</body></html>
""" % (esc(u1_title), u1_path, esc(u1_title), body), lastmod=u1_when)
    w.distractor("unicef-print", SID, pr_path, u1_title, u1_when, "robots_disallowed",
                 "Print view of the Executive Director's statement under /print/, which robots.txt disallows; also a second copy (canonical points to the statement).",
                 duplicate_of=w.base(SID) + u1_path)

    # ---- U4: Burmese translation of U1, 2 June ----
    u4_when = t("2021-06-02T09:00:00+06:30")
    u4_title = "မြန်မာနိုင်ငံတွင် ကလေးသူငယ်များ သေဆုံးမှုနှင့်စပ်လျဉ်း၍ ယူနီဆက် အမှုဆောင်ဒါရိုက်တာ ဟင်နရီယက်တာ ဖို ၏ ထုတ်ပြန်ချက်"
    body = paras("""|<p><strong>နယူးယောက်၊ ၂၀၂၁ ခုနှစ်၊ ဇွန်လ ၁ ရက် –</strong> “ဖေဖော်ဝါရီလ ၁ ရက်နေ့မှစ၍ မြန်မာနိုင်ငံတွင် ကလေးသူငယ် အနည်းဆုံး ၅၆ ဦး သေဆုံးခဲ့ပြီး အများအပြား ပြင်းထန်စွာ ဒဏ်ရာရရှိခြင်း သို့မဟုတ် ဖမ်းဆီးထိန်းသိမ်းခံရခြင်းများ ရှိနေကြောင်း သတင်းများအပေါ် ကျွန်ုပ် အလွန်စိုးရိမ်ပူပန်မိပါသည်။</p>

“လွန်ခဲ့သော နှစ်ပတ်အတွင်းမှာပင် ကယားပြည်နယ်နှင့် ချင်းပြည်နယ်တို့တွင် ကလေးငယ်များသည် ၎င်းတို့၏ နေအိမ်များအတွင်း၊ လမ်းမများပေါ်တွင်နှင့် တိုက်ပွဲများမှ ထွက်ပြေးစဉ် ပစ်ခတ်ခံရ၍ သေဆုံးခဲ့ကြပါသည်။ ထောင်ပေါင်းများစွာသော လူများ နေအိမ်များမှ ထွက်ပြေးတိမ်းရှောင်နေရပြီး ၎င်းတို့အနက် ထက်ဝက်နီးပါးမှာ ကလေးသူငယ်များ ဖြစ်ပါသည်။

“ကလေးသူငယ်များကို အကြမ်းဖက်မှုမှ ကာကွယ်ရန်၊ ကျောင်းများ၊ ဆေးရုံများနှင့် ကျန်းမာရေးဝန်ထမ်းများကို မတိုက်ခိုက်ရန်နှင့် အကူအညီလိုအပ်နေသော ကလေးတိုင်းထံသို့ လူသားချင်းစာနာထောက်ထားမှုဆိုင်ရာ အကူအညီများ ဘေးကင်းစွာ အတားအဆီးမရှိ ရောက်ရှိနိုင်စေရန် သက်ဆိုင်သူအားလုံးကို ယူနီဆက်က တိုက်တွန်းပါသည်။

“မည်သည့်ကလေးမျှ မိမိဖန်တီးခဲ့ခြင်းမဟုတ်သော အကျပ်အတည်းအတွက် ပေးဆပ်ရခြင်း မရှိသင့်ပါ။ ယူနီဆက်သည် မြန်မာနိုင်ငံတွင် ဆက်လက်ရှိနေပြီး ကလေးများအတွက် ဆက်လက် ဆောင်ရွက်သွားမည် ဖြစ်ပါသည်။”

###""") + """
<h3>ယူနီဆက်အကြောင်း</h3>
<p>ယူနီဆက်သည် ကမ္ဘာ့အခက်ခဲဆုံးနေရာများတွင် အခွင့်အလမ်းအနည်းဆုံး ကလေးများထံ ရောက်ရှိရန် လုပ်ဆောင်နေပါသည်။ နိုင်ငံနှင့် ဒေသပေါင်း ၁၉၀ ကျော်တွင် ကလေးတိုင်းအတွက် လုပ်ဆောင်လျက်ရှိပါသည်။</p>"""
    w.put(SID, my_path, page(my_path, 102940, "press-release", "ထုတ်ပြန်ချက်", u4_title, u4_when, body, lang="my",
                             extra_head='<link rel="alternate" hreflang="en" href="{{BASE:unicef}}%s">\n' % u1_path,
                             after='  <div class="node__translations">Available in: <a href="%s" hreflang="en">English</a></div>\n' % u1_path),
          lastmod=u4_when, ignore_query=True)
    w.gold_item(SID, my_path, u4_title, "United Nations Children's Fund", u4_when, "my", pair_of=u1_path)
    L.append((u4_when, "Statement", u4_title, my_path))

    # ---- U2: Regional Director, 31 May ----
    u2_path = "/press-releases/statement-unicef-regional-director-east-asia-pacific-children-kayah-state-myanmar"
    u2_when = t("2021-05-31T12:30:00", "Asia/Bangkok")
    u2_title = "Statement by the UNICEF Regional Director for East Asia and the Pacific on children in Kayah State, Myanmar"
    body = paras("""|<p><strong>BANGKOK, 31 May 2021 –</strong> “Heavy fighting in Demoso and Loikaw townships over the past ten days has forced an estimated 37,000 people, including thousands of children, to flee their homes in Kayah State.</p>

“Families are sheltering in forests and villages in the hills with no reliable access to clean water, sanitation or health services. Children are at heightened risk of diarrhoea, respiratory infections and malnutrition as the monsoon begins.

“We have received credible reports of children among those killed and injured by artillery fire on residential areas. Places of worship where displaced families had taken refuge have also been hit.

“UNICEF urges all parties to take every measure to protect children, in line with their obligations under international humanitarian law, and to allow humanitarian workers to reach displaced families without delay. UNICEF and its partners stand ready to provide water, hygiene kits, medicines and psychosocial support as soon as access is granted.”

###""") + "\n" + media(contact="Andy Brown", place="East Asia and Pacific Regional Office", email="abrown@example.org")
    w.put(SID, u2_path, page(u2_path, 102874, "press-release", "Statement", u2_title, u2_when, body),
          lastmod=u2_when, ignore_query=True)
    w.gold_item(SID, u2_path, u2_title, "United Nations Children's Fund", u2_when, "en")
    L.append((u2_when, "Statement", u2_title, u2_path))

    # ---- U3: joint UNICEF-UNFPA, 3 June ----
    u3_path = "/press-releases/joint-statement-unicef-unfpa-maternal-child-health-services-myanmar"
    u3_when = t("2021-06-03T11:00:00", NY)
    u3_title = "Joint statement by UNICEF Executive Director Henrietta Fore and UNFPA Executive Director Dr. Natalia Kanem on maternal and child health services in Myanmar"
    body = paras("""|<p><strong>NEW YORK, 3 June 2021 –</strong> “Four months into the crisis in Myanmar, essential health services for mothers, newborns and children are collapsing.</p>

“Many public hospitals are occupied by security forces or have stopped functioning, and health workers face arrest. Pregnant women are giving birth at home without skilled care, and the number of children who have missed their routine vaccinations is rising every week. An estimated 950,000 children could miss measles vaccination this year.

“Midwives and community health volunteers have kept some services running, often at great personal risk. They must be protected, not targeted.

“We call for the immediate end of attacks on health workers and facilities, for the protection of patients, and for safe access for humanitarian supplies, including vaccines, essential medicines and reproductive health commodities. Our agencies will continue to work with partners to reach every woman and child who needs care.”

|<div class="signatures">
<p class="signature">Henrietta Fore<br>Executive Director<br>United Nations Children's Fund</p>
<p class="signature">Dr. Natalia Kanem<br>Executive Director<br>United Nations Population Fund</p>
</div>

###""") + "\n" + media(contact="Joe English", place="New York", email="jenglish@example.org")
    w.put(SID, u3_path, page(u3_path, 102977, "press-release", "Joint statement", u3_title, u3_when, body),
          lastmod=u3_when, ignore_query=True)
    w.gold_item(SID, u3_path, u3_title, "United Nations Children's Fund and United Nations Population Fund", u3_when, "en",
                note="two heads of agencies; the page names the agencies in full only in the signature block")
    L.append((u3_when, "Joint statement", u3_title, u3_path))

    # ---- U5: situation report PDF, 4 June ----
    u5_path = "/media/102341/file/UNICEF-Myanmar-Humanitarian-SitRep-No4-May-2021.pdf"
    u5_when = t("2021-06-04T08:00:00", NY)
    u5_title = "UNICEF Myanmar Humanitarian Situation Report No. 4 – May 2021"
    pdf = simple_pdf("UNICEF Myanmar Humanitarian Situation Report No. 4",
                     ["Reporting period: 1 to 31 May 2021", "United Nations Children's Fund, Myanmar Country Office",
                      "Highlights", "- An estimated 37,000 people displaced in Kayah State since 21 May.",
                      "- Routine immunization coverage fell sharply in all states and regions.",
                      "- 98,000 children reached with learning materials through community learning.",
                      "Funding status: 19 per cent of the 2021 appeal received."],
                     u5_when, author="UNICEF Myanmar")
    w.put(SID, u5_path, pdf, ext=".pdf", lastmod=u5_when)
    w.gold_item(SID, u5_path, u5_title, "United Nations Children's Fund", u5_when, "en", section="Reports",
                note="a numbered situation report, linked from the listing straight to its PDF; the title is the listing's")
    L.append((u5_when, "Report", u5_title, u5_path))

    # ---- distractors on the listing ----
    d_when = t("2021-06-04T15:00:00", NY)
    d_path = "/press-releases/statement-unicef-executive-director-henrietta-fore-attacks-schools-myanmar"
    d_title = "Statement by UNICEF Executive Director Henrietta Fore on attacks on schools in Myanmar"
    body = paras("""|<p><strong>NEW YORK, 4 June 2021 –</strong> “Since February, schools and education personnel in Myanmar have been attacked more than 60 times.</p>

“Schools must be places of safety. UNICEF calls on all parties to keep military operations away from schools and to respect their civilian character.”

###""") + "\n" + media(contact="Joe English", place="New York", email="jenglish@example.org")
    w.put(SID, d_path, page(d_path, 103001, "press-release", "Statement", d_title, d_when, body), lastmod=d_when, ignore_query=True)
    w.distractor("unicef-after-window", SID, d_path, d_title, d_when, "outside_window",
                 "Issued at 15:00 New York time on 4 June, which is 01:30 on 5 June in Yangon; the listing shows '04 June 2021'.",
                 trap="timezone edge: the site's date is inside the week, the Yangon date is not")
    L.append((d_when, "Statement", d_title, d_path))

    story_when = t("2021-06-03T04:00:00", NY)
    story_path = "/stories/kayah-state-families-flee-with-only-what-they-can-carry"
    story_title = "In Kayah State, families flee with only what they can carry"
    body = paras("""|<p><em>As fighting spreads across Demoso township, a mother of three describes the night her family left home.</em></p>

Nan Htwe Htwe was cooking dinner when the first shells fell near her village. “We took the children and a bag of rice and ran to the forest,” she says.

Her family is now among thousands sheltering in makeshift camps on the hillsides. UNICEF has pre-positioned hygiene kits and water purification tablets with local partners and is seeking access to deliver them.""")
    w.put(SID, story_path, page(story_path, 102989, "story", "Story", story_title, story_when, body), lastmod=story_when, ignore_query=True)
    w.distractor("unicef-story", SID, story_path, story_title, story_when, "news",
                 "A human-interest story by UNICEF staff, not a statement or report.")
    L.append((story_when, "Story", story_title, story_path))

    adv_when = t("2021-06-02T09:00:00", NY)
    adv_path = "/press-releases/media-advisory-unicef-regional-director-brief-press-children-myanmar"
    adv_title = "Media advisory: UNICEF Regional Director to brief press on the situation of children in Myanmar"
    body = paras("""|<p><strong>WHAT:</strong> Virtual press briefing on the situation of children in Myanmar.</p>

|<p><strong>WHEN:</strong> Friday 4 June 2021, 10:00 Bangkok time (GMT+7).</p>

|<p><strong>WHERE:</strong> Online. Journalists wishing to attend should register with the regional office.</p>

The briefing will be held in English, with questions taken from registered journalists.""")
    w.put(SID, adv_path, page(adv_path, 102951, "press-release", "Media advisory", adv_title, adv_when, body), lastmod=adv_when, ignore_query=True)
    w.distractor("unicef-media-advisory", SID, adv_path, adv_title, adv_when, "event",
                 "Notice of a press briefing (media advisory), filed among press releases.")
    L.append((adv_when, "Media advisory", adv_title, adv_path))

    old = [
        ("2021-05-27T10:00:00", "/press-releases/unicef-condemns-killing-children-myanmar-kayah-state",
         "UNICEF condemns the killing of children in Kayah State, Myanmar", "Statement"),
        ("2021-05-14T09:00:00", "/press-releases/covid-19-vaccines-frontline-workers-myanmar-statement",
         "Statement on continuity of COVID-19 vaccination for frontline workers in Myanmar", "Statement"),
        ("2021-05-05T08:30:00", "/press-releases/statement-unicef-representative-myanmar-children-detention",
         "Statement by the UNICEF Representative in Myanmar on the detention of children", "Statement"),
    ]
    for i, (iso, p, ttl, eb) in enumerate(old):
        when = t(iso, NY)
        body = paras("""|<p><strong>%s –</strong> UNICEF is gravely concerned about the situation of children in Myanmar.</p>

UNICEF reiterates its call on the security forces to protect children and to refrain from violence against peaceful protesters.

###""" % when.strftime("NEW YORK, %-d %B %Y"))
        w.put(SID, p, page(p, 102800 - i, "press-release", eb, ttl, when, body), lastmod=when, ignore_query=True)
        w.distractor("unicef-old-%d" % (i + 1), SID, p, ttl, when, "outside_window", "Published before the week.")
        L.append((when, eb, ttl, p))

    # ---- the listing (two pages) ----
    L.sort(key=lambda r: r[0], reverse=True)
    pages = [L[:8], L[8:]]

    def listing(rows, n, last):
        out = [HEAD.format(lang="en", title="Press releases", path="/press-releases?country=myanmar" + ("&page=%d" % n if n else ""),
                           nid="views", ntype="views", extra_head='<meta name="robots" content="index, follow">\n')]
        out.append("""<main id="main-content" role="main">
<h1 class="page-title">Press releases</h1>
<div class="view view-newsroom view-id-newsroom">
  <div class="view-filters"><form action="/press-releases" method="get" class="views-exposed-form">
    <label for="edit-country">Country</label>
    <select id="edit-country" name="country"><option value="">- Any -</option><option value="afghanistan">Afghanistan</option>
    <option value="myanmar" selected="selected">Myanmar</option><option value="yemen">Yemen</option></select>
    <label for="edit-type">Type</label><select id="edit-type" name="type"><option value="">- Any -</option><option value="press-release">Press release</option><option value="statement">Statement</option></select>
    <input type="submit" value="Apply"></form></div>
  <div class="view-content">
""")
        for when, eb, ttl, href in rows:
            out.append("""    <div class="views-row"><article class="card card--{cls}">
      <div class="card__eyebrow">{eb}</div>
      <h3 class="card__title"><a href="{href}" hreflang="{hl}">{ttl}</a></h3>
      <div class="card__date"><time datetime="{iso}">{shown}</time></div>
    </article></div>
""".format(cls=eb.lower().replace(" ", "-"), eb=esc(eb), href=href, ttl=esc(ttl), iso=utc_z(when),
           shown=when.strftime("%d %B %Y"), hl="my" if "/my/" in href else "en"))
        out.append("  </div>\n")
        out.append('  <nav class="pager" role="navigation" aria-label="Pagination"><ul class="pager__items js-pager__items">\n')
        if n:
            out.append('    <li class="pager__item pager__item--previous"><a href="?country=myanmar" rel="prev">‹ Previous</a></li>\n')
        if not last:
            out.append('    <li class="pager__item pager__item--next"><a href="?country=myanmar&amp;page=%d" rel="next">Next ›</a></li>\n' % (n + 1))
        out.append("  </ul></nav>\n</div>\n</main>\n" + FOOT)
        return "".join(out)

    for n, rows in enumerate(pages):
        path = "/press-releases?country=myanmar" + ("&page=%d" % n if n else "")
        w.put(SID, path, listing(rows, n, n == len(pages) - 1), lastmod=rows[0][0])

    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /print/\nDisallow: /search\nDisallow: /user/\n", ext=".txt")
    w.put(SID, "/", HEAD.format(lang="en", title="UNICEF", path="/", nid="front", ntype="front", extra_head="")
          + '<main><h1>For every child</h1><p><a href="/press-releases">Press releases</a></p></main>\n' + FOOT)

    w.fault(id="unicef-listing-503", site=SID, type="fail_first", status=503, count=2,
            match={"path": "/press-releases", "query": "country=myanmar"},
            expect="retry with back-off; the third request gets the listing")
    w.content_fault(id="unicef-pdf-in-listing", site=SID, url=w.base(SID) + "/press-releases?country=myanmar", type="pdf_link_in_listing",
                    description="The situation report's card links straight to a PDF; its title and date are only in the listing (and the PDF's Info dictionary).",
                    expect="a report with the listing's title, in Reports, By United Nations Children's Fund")

    w.source(id="unicef-mm", name="UNICEF newsroom, Myanmar", type="html",
             url=w.base(SID) + "/press-releases?country=myanmar",
             issuer="United Nations Children's Fund", timeZone=NY, language="en",
             selectors={"item": "//div[@class='view-content']/div[@class='views-row']",
                        "link": "./article/h3[@class='card__title']/a/@href",
                        "title": "./article/h3[@class='card__title']/a",
                        "date": "./article/div[@class='card__date']/time/@datetime",
                        "label": "./article/div[@class='card__eyebrow']",
                        "next": "//nav[@class='pager']//a[@rel='next']/@href"},
             maxPages=3)

    w.case("unicef-heads", "Statements by the Executive Director and by the Regional Director name the agency only as 'UNICEF'.",
           "By United Nations Children's Fund (full name, no acronym)")
    w.case("unicef-joint", "Joint statement of two heads of agencies; the signature block names the United Nations Children's Fund and the United Nations Population Fund.",
           "By United Nations Children's Fund and United Nations Population Fund")
    w.case("unicef-translation", "The Burmese translation of the 1 June statement is a separate page posted on 2 June.",
           "listed right after the English statement, both By United Nations Children's Fund")
