"""knpp: an ethnic armed organisation's own site (hand-written PHP, news.php?id=…), with its Information Department."""
from common import esc, paras, t, my_date, simple_pdf

SID = "knpp"
PORT = 18504
YGN = "Asia/Yangon"

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>KNPP :: {title}</title>
<link href="style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table id="layout" width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td id="banner" colspan="2"><img src="images/banner.jpg" width="900" height="120" alt="Karenni National Progressive Party"></td></tr>
<tr><td id="menu" colspan="2"><a href="index.php">Home</a> | <a href="news.php">News &amp; Statements</a> | <a href="about.php">About KNPP</a> | <a href="contact.php">Contact</a> | <a href="news.php?lang=my">မြန်မာ</a></td></tr>
<tr>
<td id="side" width="200" valign="top"><p><b>Karenni National Progressive Party</b><br>Founded 1957</p><p><a href="news.php">Latest</a></p></td>
<td id="content" width="700" valign="top">
"""

FOOT = """</td></tr>
<tr><td id="footer" colspan="2"><font size="1">Copyright &copy; 2021 Karenni National Progressive Party (KNPP). All rights reserved.</font></td></tr>
</table>
</body>
</html>
"""


def detail(nid, title, posted, cat, body_html, lang="en"):
    return HEAD.format(title=esc(title)) + """<div class="posted">Posted: {posted} | Category: {cat}</div>
<h2 class="newstitle">{title}</h2>
<div class="newsbody"{langattr}>
{body}
</div>
<p><a href="news.php">&laquo; Back</a></p>
""".format(posted=posted.strftime("%d-%m-%Y"), cat=esc(cat), title=esc(title), body=body_html,
           langattr=' lang="my"' if lang == "my" else "") + FOOT


def build(w):
    w.site({
        "id": SID, "name": "Karenni National Progressive Party", "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "hand-written PHP in table layout; items at news.php?id=N",
        "languages": ["en", "my"], "timezone": YGN,
        "owner": "Karenni National Progressive Party", "publishes_for_others": True,
        "feeds": [], "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/news.php", "pagination": "news.php?page=2; a 'Next »' link in div.pages", "order": "newest first; statements, press releases, reports, news and notices together"}],
        "listing_markup": "table.newslist rows: td.date ('30-05-2021', day first), td.title > a (relative link news.php?id=N, title), td.type (Statement, Press Release, Report, News, Notice)",
        "xpath": {"item": "//table[@class='newslist']//tr[td[@class='title']]", "link": "./td[@class='title']/a/@href",
                  "title": "./td[@class='title']/a", "date": "./td[@class='date']", "label": "./td[@class='type']",
                  "next": "//div[@class='pages']/a[contains(., 'Next')]/@href"},
        "detail_markup": "div.posted 'Posted: 30-05-2021 | Category: …'; h2.newstitle; div.newsbody with a letterhead (div.letterhead) on the Information Department's and KNDF's items and a signature (p.sig) at the end; the Burmese statement dates itself '၂၀၂၁ ခုနှစ်၊ မေလ ၃၀ ရက်'",
        "slash_redirect": False,
        "robots": "Disallow: /admin/; Crawl-delay: 2",
        "notes": "The party's own statements, its Information Department's press release and situation update, and the founding statement of the Karenni Nationalities Defence Force posted on its behalf. Item 230 was taken down (410).",
    })
    rows = []

    def add(nid, title, when, cat, body_html, lang="en"):
        path = "/news.php?id=%d" % nid
        w.put(SID, path, detail(nid, title, when, cat, body_html, lang), lastmod=when)
        rows.append((when, nid, title, cat))
        return path

    # ---- K1 ----
    k1_when = t("2021-05-30T15:00:00", YGN)
    k1_title = "Statement on the Military Council's Attacks on Civilians in Loikaw and Demoso"
    k1 = add(231, k1_title, k1_when, "Statement", paras("""1. Since 21 May 2021, troops of the military council have shelled residential wards of Loikaw and villages in Demoso Township with heavy artillery, and have used helicopters to attack areas where civilians live.

2. Civilians, including children, have been killed and injured. The Catholic church of the Sacred Heart in Kayanthayar, where more than 300 people had taken shelter, was hit on the night of 23 May, killing four people. More than 37,000 people have fled to the forests and to neighbouring townships.

3. The Karenni National Progressive Party strongly condemns these attacks on civilians and on places of worship, which are war crimes.

4. We call on the military council to stop its attacks immediately and to withdraw its troops from civilian areas, and on the international community to send humanitarian assistance directly to the displaced people through local organisations.

5. The KNPP will continue to stand with the people of Karenni State in their resistance against the military dictatorship.

|<p class="sig">Karenni National Progressive Party<br>Date: 30 May 2021</p>"""))
    w.gold_item(SID, k1, k1_title, "Karenni National Progressive Party", k1_when, "en")

    # ---- K2: Burmese version ----
    k2_when = t("2021-05-30T15:10:00", YGN)
    k2_title = "လွိုင်ကော်နှင့် ဒီးမော့ဆိုတွင် စစ်ကောင်စီ၏ အရပ်သားများအပေါ် တိုက်ခိုက်မှုများနှင့် စပ်လျဉ်းသည့် ထုတ်ပြန်ချက်"
    k2 = add(232, k2_title, k2_when, "Statement", paras("""၁။ ၂၀၂၁ ခုနှစ်၊ မေလ ၂၁ ရက်နေ့မှစ၍ စစ်ကောင်စီတပ်ဖွဲ့များသည် လွိုင်ကော်မြို့ရှိ ရပ်ကွက်များနှင့် ဒီးမော့ဆိုမြို့နယ်အတွင်းရှိ ကျေးရွာများကို လက်နက်ကြီးများဖြင့် ပစ်ခတ်ခြင်း၊ ရဟတ်ယာဉ်များဖြင့် တိုက်ခိုက်ခြင်းများ ပြုလုပ်နေပါသည်။

၂။ ထိုတိုက်ခိုက်မှုများကြောင့် ကလေးငယ်များ အပါအဝင် အရပ်သားများ သေဆုံးဒဏ်ရာရခဲ့ပါသည်။ မေလ ၂၃ ရက်နေ့ညတွင် လူ ၃၀၀ ကျော် ခိုလှုံနေသော ကယန်းသာယာရှိ ကက်သလစ်ဘုရားကျောင်းကို လက်နက်ကြီးကျရောက်၍ လူ ၄ ဦး သေဆုံးခဲ့ပါသည်။ လူပေါင်း ၃၇,၀၀၀ ကျော် တောအုပ်များနှင့် အိမ်နီးချင်းမြို့နယ်များသို့ ထွက်ပြေးတိမ်းရှောင်နေရပါသည်။

၃။ ကရင်နီအမျိုးသားတိုးတက်ရေးပါတီသည် အရပ်သားများနှင့် ဘာသာရေးအဆောက်အအုံများအပေါ် စစ်ရာဇဝတ်မှုမြောက်သည့် ဤတိုက်ခိုက်မှုများကို ပြင်းထန်စွာ ရှုတ်ချပါသည်။

၄။ စစ်ကောင်စီအနေဖြင့် တိုက်ခိုက်မှုများကို ချက်ချင်းရပ်တန့်ပြီး အရပ်သားနေထိုင်ရာ ဒေသများမှ တပ်များ ဆုတ်ခွာရန်နှင့် နိုင်ငံတကာအသိုင်းအဝိုင်းအနေဖြင့် တိမ်းရှောင်နေရသူများထံ ဒေသခံအဖွဲ့အစည်းများမှတစ်ဆင့် လူသားချင်းစာနာမှု အကူအညီများ တိုက်ရိုက်ပေးပို့ရန် တောင်းဆိုပါသည်။

|<p class="sig">ကရင်နီအမျိုးသားတိုးတက်ရေးပါတီ<br>ရက်စွဲ - %s</p>""" % my_date(k2_when)), lang="my")
    w.gold_item(SID, k2, k2_title, "Karenni National Progressive Party", k2_when, "my", pair_of=k1)

    # ---- K5: KNDF founding statement, posted by the KNPP ----
    k5_when = t("2021-05-31T19:00:00", YGN)
    k5_title = "Statement on the Formation of the Karenni Nationalities Defence Force"
    k5 = add(234, k5_title, k5_when, "Statement", paras("""|<div class="letterhead"><b>Karenni Nationalities Defence Force (KNDF)</b><br>Statement No. 1/2021</div>

1. The Karenni Nationalities Defence Force (KNDF) was formed on 31 May 2021 by the people's defence forces of Karenni State, in order to protect the lives and property of the people from the attacks of the military council.

2. The KNDF will work together with the Karenni National Progressive Party, the Karenni Army and the Interim Executive Council of Karenni State, and will follow the policies of the National Unity Government on the protection of civilians.

3. The KNDF will abide by international humanitarian law, will not attack civilians, and will treat captured soldiers humanely.

4. We call on members of the military council's forces to join the people's side, and on the people of Karenni State to support the resistance.

|<p class="sig">Karenni Nationalities Defence Force<br>31 May 2021</p>"""))
    w.gold_item(SID, k5, k5_title, "Karenni Nationalities Defence Force", k5_when, "en",
                note="a new body's founding statement on the KNPP's site; its letterhead and signature name it")

    # ---- K3: Information Department press release ----
    k3_when = t("2021-06-02T11:00:00", YGN)
    k3_title = "Press Release on Civilian Casualties and Displacement in Demoso Township"
    k3 = add(236, k3_title, k3_when, "Press Release", paras("""|<div class="letterhead"><b>Karenni National Progressive Party</b><br>Information Department</div>

Press Release – 2 June 2021

Between 29 May and 1 June 2021, artillery fire and gunfire by troops of the military council killed six civilians, including a 14-year-old boy, and injured at least eleven in Demoso Township. Three villages were set on fire on 31 May.

According to local relief groups, the number of people displaced in Demoso, Loikaw, Hpruso and Bawlakhe townships has risen to more than 85,000. Displaced families lack food, shelter and medicine as the rainy season begins, and the military council has blocked roads used to bring rice and fuel into the area.

The Information Department will continue to publish verified information on the situation in Karenni State.

|<p class="sig">Information Department<br>Karenni National Progressive Party</p>"""))
    w.gold_item(SID, k3, k3_title, "Karenni National Progressive Party (Information Department)", k3_when, "en",
                note="a department of the party speaking for itself: parent and sub-body")

    # ---- K4: Information Department situation update (report) ----
    k4_when = t("2021-06-04T17:00:00", YGN)
    k4_title = "Karenni Situation Update No. 2 (29 May – 3 June 2021)"
    pdf_path = "/files/KNPP-ID-Situation-Update-No2.pdf"
    w.put(SID, pdf_path, simple_pdf("Karenni Situation Update No. 2",
                                    ["Karenni National Progressive Party - Information Department", "29 May - 3 June 2021",
                                     "Civilians killed: 9; injured: 17; displaced: more than 85,000",
                                     "Villages burned: 3 (Demoso Township)", "Places of worship damaged: 2"], k4_when,
                                    author="KNPP Information Department"), ext=".pdf", lastmod=k4_when)
    k4 = add(238, k4_title, k4_when, "Report", paras("""|<div class="letterhead"><b>Karenni National Progressive Party</b><br>Information Department</div>

The Information Department's second weekly situation update covers armed clashes, attacks on civilians, displacement and humanitarian needs in Karenni State from 29 May to 3 June 2021.

Summary: nine civilians killed and seventeen injured; more than 85,000 people displaced in four townships; three villages burned in Demoso Township; two churches damaged.

|<p><a href="files/KNPP-ID-Situation-Update-No2.pdf">Download the Situation Update (PDF, 412 KB)</a></p>"""))
    w.gold_item(SID, k4, k4_title, "Karenni National Progressive Party (Information Department)", k4_when, "en", section="Reports",
                note="a numbered weekly update of the department, published as a report")

    # ---- distractors ----
    ev_when = t("2021-06-01T09:00:00", YGN)
    ev = add(233, "Invitation: online prayer and remembrance for the victims in Demoso and Loikaw", ev_when, "Notice",
             paras("""The KNPP invites all Karenni people at home and abroad to join an online prayer and remembrance for the victims of the attacks in Demoso and Loikaw on Sunday, 6 June 2021, at 7:00 pm Myanmar time.

The link will be shared on our Facebook page."""))
    w.distractor("knpp-remembrance-invitation", SID, ev, "Invitation: online prayer and remembrance for the victims in Demoso and Loikaw",
                 ev_when, "event", "Event notice.")

    don_when = t("2021-06-01T14:00:00", YGN)
    don = add(235, "Emergency Appeal: Donate for Displaced Families in Demoso", don_when, "Notice",
              paras("""More than 85,000 people have fled their homes in Karenni State. Families urgently need rice, tarpaulins, blankets and medicine.

Donations can be made to the Karenni relief committee through the accounts below. Please write "Demoso relief" as the reference."""))
    w.distractor("knpp-donate", SID, don, "Emergency Appeal: Donate for Displaced Families in Demoso", don_when, "petition",
                 "A fundraising appeal despite the word 'Appeal' in its title (EDITORIAL: fundraising appeals are left out).",
                 kind="fundraising", trap="'Appeal' in the title")

    nw_when = t("2021-06-03T16:00:00", YGN)
    nw = add(237, "KNPP delegation meets Karenni community leaders in Mae Hong Son", nw_when, "News",
             paras("""A KNPP delegation met Karenni community leaders and representatives of refugee camps in Mae Hong Son on 2 June to discuss the situation of people displaced by the fighting.

The two sides agreed to coordinate relief along the border."""))
    w.distractor("knpp-news", SID, nw, "KNPP delegation meets Karenni community leaders in Mae Hong Son", nw_when, "news", "A news report on the party's site.")

    old_when = t("2021-05-27T10:00:00", YGN)
    old = add(229, "Statement on the Arrest of Karenni Youths in Loikaw", old_when, "Statement",
              paras("""The Karenni National Progressive Party condemns the arrest of eleven young people in Loikaw on 25 May 2021 and demands their release.

|<p class="sig">Karenni National Progressive Party<br>Date: 27 May 2021</p>"""))
    w.distractor("knpp-before-window", SID, old, "Statement on the Arrest of Karenni Youths in Loikaw", old_when, "outside_window", "27 May, before the week.")

    aft_when = t("2021-06-05T10:00:00", YGN)
    aft = add(239, "Statement on the ASEAN Delegation's Visit to Naypyitaw", aft_when, "Statement",
              paras("""The Karenni National Progressive Party regrets that the ASEAN delegation which visited Naypyitaw on 4 and 5 June did not meet the representatives of the people.

|<p class="sig">Karenni National Progressive Party<br>Date: 5 June 2021</p>"""))
    w.distractor("knpp-after-window", SID, aft, "Statement on the ASEAN Delegation's Visit to Naypyitaw", aft_when, "outside_window", "5 June, after the week.")

    older = [(225, "2021-05-24T10:00:00", "Statement on the Attack on the Church in Kayanthayar", "Statement"),
             (221, "2021-05-19T10:00:00", "KNPP Central Committee Meeting Concludes", "News"),
             (218, "2021-05-12T10:00:00", "Statement on the Killing of Civilians in Hpruso", "Statement")]
    for nid, iso, ttl, cat in older:
        when = t(iso, YGN)
        p = add(nid, ttl, when, cat, paras("%s.\n\n|<p class=\"sig\">Karenni National Progressive Party<br>Date: %s</p>" % (ttl, when.strftime("%-d %B %Y"))))
        w.distractor("knpp-old-%d" % nid, SID, p, ttl, when, "outside_window", "Before the week (second listing page).")

    # the removed item, still listed
    rows.append((t("2021-05-29T09:00:00", YGN), 230, "Notice on the Closure of the Loikaw Liaison Office", "Notice"))

    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    pages = [rows[:9], rows[9:]]
    for n, chunk in enumerate(pages, 1):
        out = [HEAD.format(title="News & Statements"), '<h2>News &amp; Statements</h2>\n<table class="newslist" width="100%" cellpadding="4" cellspacing="0" border="0">\n<tr><th>Date</th><th>Title</th><th>Type</th></tr>\n']
        for when, nid, ttl, cat in chunk:
            out.append('<tr><td class="date">%s</td><td class="title"><a href="news.php?id=%d">%s</a></td><td class="type">%s</td></tr>\n'
                       % (when.strftime("%d-%m-%Y"), nid, esc(ttl), esc(cat)))
        out.append("</table>\n<div class=\"pages\">Page: ")
        for k in range(1, len(pages) + 1):
            out.append("<b>%d</b> " % k if k == n else '<a href="news.php?page=%d">%d</a> ' % (k, k))
        if n < len(pages):
            out.append('<a href="news.php?page=%d">Next &raquo;</a>' % (n + 1))
        out.append("</div>\n" + FOOT)
        w.put(SID, "/news.php" + ("?page=%d" % n if n > 1 else ""), "".join(out), lastmod=chunk[0][0])

    w.put(SID, "/index.php", HEAD.format(title="Home") + '<h2>Welcome</h2><p><a href="news.php">Latest news and statements</a></p>\n' + FOOT)
    w.redirect(SID, "/", "{{BASE:knpp}}/index.php", status=302)
    w.put(SID, "/robots.txt", "User-agent: *\nCrawl-delay: 2\nDisallow: /admin/\n", ext=".txt")

    w.fault(id="knpp-removed-item", site=SID, type="status", status=410, message="This article has been removed.",
            match={"path": "/news.php", "query": "id=230"},
            expect="the listed item is gone: drop it, remember it, do not fail the source")
    w.fault(id="knpp-rate-limit", site=SID, type="rate_limit", min_interval_s=1.5, retry_after=2,
            match={"path": "/news.php", "prefix": True},
            expect="honour Crawl-delay: 2 and it never fires; if it does, wait Retry-After and retry")

    w.source(id="knpp", name="Karenni National Progressive Party", type="html", url=w.base(SID) + "/news.php",
             issuer="Karenni National Progressive Party", publishesForOthers=True, timeZone=YGN,
             selectors={"item": "//table[@class='newslist']//tr[td[@class='title']]", "link": "./td[@class='title']/a/@href",
                        "title": "./td[@class='title']/a", "date": "./td[@class='date']", "label": "./td[@class='type']",
                        "next": "//div[@class='pages']/a[contains(., 'Next')]/@href"},
             maxPages=2)

    w.case("knpp-department", "The Information Department's press release and situation update carry a letterhead 'Karenni National Progressive Party / Information Department'.",
           "By Karenni National Progressive Party (Information Department), in both sections")
    w.case("knpp-kndf", "The KNDF's founding statement is posted on the KNPP's site (default issuer KNPP).",
           "By Karenni Nationalities Defence Force (letterhead, signature; no acronym)")
    w.case("knpp-day-first", "Listing dates are '30-05-2021' (day first).", "read as 30 May 2021")
