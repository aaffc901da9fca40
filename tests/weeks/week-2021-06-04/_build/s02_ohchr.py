"""ohchr: the special procedures' press page of OHCHR (old SharePoint-era pages, DisplayNews.aspx?NewsID=)."""
from common import esc, paras, t, my_date

SID = "ohchr"
PORT = 18502
GVA = "Europe/Zurich"
LISTING = "/EN/NewsEvents/Pages/SPNews.aspx"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}" xml:lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>OHCHR | {title}</title>
{canon}<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/OHCHR/css/ohchr.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="./DisplayNews.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="header">
  <a href="/EN/Pages/Home.aspx"><img src="/Style%20Library/OHCHR/images/logo-en.png" alt="United Nations Human Rights Office of the High Commissioner" /></a>
  <ul id="topnav"><li><a href="/EN/AboutUs/Pages/WhoWeAre.aspx">About us</a></li><li><a href="/EN/Issues/Pages/ListOfIssues.aspx">Issues</a></li>
  <li><a href="/EN/Countries/Pages/HumanRightsintheWorld.aspx">Countries</a></li><li><a href="/EN/HRBodies/Pages/HumanRightsBodies.aspx">Human Rights Bodies</a></li>
  <li><a href="/EN/NewsEvents/Pages/NewsSearch.aspx">News and Events</a></li></ul>
</div>
"""

FOOT = """<div id="footer"><p>OHCHR, Palais des Nations, 1211 Geneva 10, Switzerland</p>
<p><a href="/EN/Pages/Contact.aspx">Contact us</a> | <a href="/EN/Pages/Disclaimer.aspx">Disclaimer</a> | <a href="/EN/Pages/Privacy.aspx">Privacy policy</a> | &#169; OHCHR 1996-2021</p></div>
</div></div>
</form>
</body>
</html>
"""

EXPERTS_NOTE = "Special Procedures is the largest body of independent experts in the UN Human Rights system. The experts work on a voluntary basis; they are not UN staff and do not receive a salary for their work. They are independent from any government or organization and serve in their individual capacity."


def detail(news_id, lang_id, lang, title, date_line, body_html, others=""):
    path = "/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=%d&LangID=%s" % (news_id, lang_id)
    canon = '<link rel="canonical" href="{{BASE:ohchr}}/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=%d&amp;LangID=%s" />\n' % (news_id, lang_id)
    html = HEAD.format(lang=lang, title=esc(title), canon=canon) + """<div id="breadcrumb" class="breadcrumb">
  <a href="/EN/Pages/Home.aspx">Home</a> &gt; <a href="/EN/NewsEvents/Pages/NewsSearch.aspx">News and Events</a> &gt; <a href="{listing}?Country=MMR">Special Procedures</a> &gt; <span>DisplayNews</span>
</div>
<div id="contentBox">
<div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field news-detail">
<h1 class="news-title">{title}</h1>
<p class="news-date">{date_line}</p>
{body}
</div>
{others}<div class="share-tools"><a href="javascript:window.print()">Print</a> | <a href="/EN/NewsEvents/Pages/Media.aspx">Media centre</a></div>
</div>
""".format(listing=LISTING, title=esc(title), date_line=esc(date_line), body=body_html, others=others) + FOOT
    return path, html


def build(w):
    w.site({
        "id": SID, "name": "OHCHR – press releases of the Special Procedures (Myanmar)", "port": PORT,
        "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "SharePoint 2013-era ASP.NET pages: DisplayNews.aspx?NewsID=…&LangID=… (the query is significant)",
        "languages": ["en", "my"], "timezone": GVA,
        "owner": "Office of the High Commissioner for Human Rights", "publishes_for_others": False,
        "feeds": [], "wp_rest": None, "sitemaps": [],
        "listings": [{"url": LISTING + "?Country=MMR", "pagination": "?Country=MMR&Page=2 (a 'Next' link with id nextPage)", "order": "newest first"}],
        "listing_markup": "table.ms-listviewtable; each tr with td cells: td[1] the date ('01 June 2021', Geneva date), td[2] > a (link, title), td[3] the mandates concerned",
        "xpath": {"item": "//table[@class='ms-listviewtable']//tr[td]", "link": "./td[2]/a/@href", "title": "./td[2]/a",
                  "date": "./td[1]", "label": None, "next": "//a[@id='nextPage']/@href"},
        "detail_markup": "h1.news-title; p.news-date ('1 June 2021', one item adds a Geneva time '4 June 2021 21:30'); dateline 'GENEVA (1 June 2021) –'; a footnote '*The experts: …' naming mandate holders, some speaking on behalf of a working group; breadcrumb 'Special Procedures'; logo alt 'United Nations Human Rights Office of the High Commissioner'",
        "slash_redirect": False,
        "robots": "Disallow: /_layouts/ and /EN/Search/",
        "notes": "Experts' press releases are published by OHCHR; the Burmese translation of one of them has its own NewsID with LangID=MY.",
    })
    rows = []

    # ---- O1 ----
    o1_when = t("2021-06-01T11:00:00", GVA)
    o1_title = "Myanmar: UN experts condemn deadly attacks on health workers and hospitals"
    body = paras("""GENEVA (1 June 2021) – UN human rights experts today condemned the Myanmar military's systematic attacks on health workers, hospitals and ambulances, and called for an immediate end to the arrest and prosecution of doctors and nurses who have joined the Civil Disobedience Movement.

“Since the coup of 1 February, at least 179 attacks on health care have been recorded. Health workers have been shot, beaten and arrested while treating injured protesters, and arrest warrants have been issued against more than 400 doctors and nurses,” the experts said.

“Hospitals have been occupied by soldiers, and ambulances have been fired upon. In the middle of a pandemic, these attacks deprive the entire population of life-saving care.”

The experts said that the targeting of medical personnel for their peaceful participation in strikes violated the rights to freedom of expression and peaceful assembly, and that the use of military courts against civilians was incompatible with the right to a fair trial.

“We urge the international community to act decisively to protect those who care for the sick and the wounded, and to ensure accountability for these attacks,” they said.

|<p class="footnote">*The experts: <strong>Mr. Thomas Andrews</strong>, Special Rapporteur on the situation of human rights in Myanmar; <strong>Ms. Tlaleng Mofokeng</strong>, Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health; <strong>Ms. Mary Lawlor</strong>, Special Rapporteur on the situation of human rights defenders; and the <strong>Working Group on Arbitrary Detention</strong>, on whose behalf its Chair-Rapporteur spoke.</p>

""" + EXPERTS_NOTE + """

ENDS

For more information and media requests, please contact the Special Procedures media unit in Geneva.""")
    o1_path, html = detail(27131, "E", "en", o1_title, "1 June 2021", body,
                           others='<p class="lang-links">This page in: <a href="/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=27133&amp;LangID=MY">မြန်မာ</a></p>\n')
    w.put(SID, o1_path, html, lastmod=o1_when)
    w.gold_item(SID, o1_path, o1_title, "Office of the High Commissioner for Human Rights", o1_when, "en",
                note="independent experts' press release published by OHCHR")
    rows.append((o1_when, o1_title, o1_path, "SR Myanmar; SR health; SR human rights defenders; WG arbitrary detention"))

    # ---- O2: Burmese translation ----
    o2_when = t("2021-06-02T15:00:00", GVA)
    o2_title = "မြန်မာ - ကျန်းမာရေးဝန်ထမ်းများနှင့် ဆေးရုံများအပေါ် အသက်ဆုံးရှုံးစေသော တိုက်ခိုက်မှုများကို ကုလသမဂ္ဂ ကျွမ်းကျင်သူများ ရှုတ်ချ"
    body = paras("""ဂျနီဗာ (%s) – ကျန်းမာရေးဝန်ထမ်းများ၊ ဆေးရုံများနှင့် လူနာတင်ယာဉ်များအပေါ် မြန်မာစစ်တပ်က စနစ်တကျ တိုက်ခိုက်နေမှုများကို ကုလသမဂ္ဂ လူ့အခွင့်အရေး ကျွမ်းကျင်သူများက ယနေ့ ရှုတ်ချလိုက်ပြီး အာဏာဖီဆန်ရေးလှုပ်ရှားမှုတွင် ပါဝင်သော ဆရာဝန်များနှင့် သူနာပြုများကို ဖမ်းဆီးတရားစွဲဆိုနေမှုများ ချက်ချင်းရပ်တန့်ရန် တောင်းဆိုလိုက်သည်။

“ဖေဖော်ဝါရီလ ၁ ရက် အာဏာသိမ်းမှုနောက်ပိုင်း ကျန်းမာရေးစောင့်ရှောက်မှုအပေါ် တိုက်ခိုက်မှု အနည်းဆုံး ၁၇၉ ကြိမ် မှတ်တမ်းတင်ထားပါသည်။ ဒဏ်ရာရ ဆန္ဒပြသူများကို ကုသပေးနေစဉ် ကျန်းမာရေးဝန်ထမ်းများ ပစ်ခတ်ခံရ၊ ရိုက်နှက်ခံရ၊ ဖမ်းဆီးခံရပြီး ဆရာဝန်နှင့် သူနာပြု ၄၀၀ ကျော်အပေါ် ဖမ်းဝရမ်းများ ထုတ်ထားပါသည်” ဟု ကျွမ်းကျင်သူများက ပြောကြားသည်။

“ဆေးရုံများကို စစ်သားများက သိမ်းပိုက်ထားပြီး လူနာတင်ယာဉ်များကိုလည်း ပစ်ခတ်ခဲ့ကြသည်။ ကပ်ရောဂါကာလအတွင်း ဤတိုက်ခိုက်မှုများကြောင့် ပြည်သူလူထုတစ်ရပ်လုံး အသက်ကယ်ဆေးဝါးကုသမှု မရရှိနိုင်ဖြစ်နေပါသည်။”

ပြီးဆုံးပါပြီ

(ဤစာမှာ မူရင်း အင်္ဂလိပ်ဘာသာ သတင်းထုတ်ပြန်ချက်၏ ဘာသာပြန်ဖြစ်ပါသည်။)""" % my_date(o1_when))
    o2_path, html = detail(27133, "MY", "my", o2_title, "2 June 2021", body,
                           others='<p class="lang-links">This page in: <a href="/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=27131&amp;LangID=E">English</a></p>\n')
    w.put(SID, o2_path, html, lastmod=o2_when)
    w.gold_item(SID, o2_path, o2_title, "Office of the High Commissioner for Human Rights", o2_when, "my", pair_of=o1_path)
    rows.append((o2_when, o2_title, o2_path, "SR Myanmar; SR health; SR human rights defenders; WG arbitrary detention"))

    # ---- O3 ----
    o3_when = t("2021-06-04T14:00:00", GVA)
    o3_title = "Myanmar: UN expert warns of mass displacement and hunger in Kayah State"
    body = paras("""GENEVA (4 June 2021) – The UN Special Rapporteur on the situation of human rights in Myanmar, Thomas Andrews, today warned that mass deaths from starvation, disease and exposure could follow the military's brutal attacks in Kayah State, where more than 100,000 people have fled their homes.

“The junta's forces have shelled residential areas, blocked roads and cut off food and fuel to the displaced,” Andrews said. “These are flagrant attacks on the entire population of the region, and they must stop.”

Andrews called on Member States to provide humanitarian assistance through channels that bypass the junta, and on the military to allow humanitarian workers immediate and unfettered access.

“The world must not look away. What is happening in Kayah State is a matter of life and death for tens of thousands of people,” he said.

ENDS

Mr. Thomas Andrews (United States of America) is the Special Rapporteur on the situation of human rights in Myanmar. """ + EXPERTS_NOTE)
    o3_path, html = detail(27140, "E", "en", o3_title, "4 June 2021", body)
    w.put(SID, o3_path, html, lastmod=o3_when)
    w.gold_item(SID, o3_path, o3_title, "Office of the High Commissioner for Human Rights", o3_when, "en")
    rows.append((o3_when, o3_title, o3_path, "SR Myanmar"))

    # ---- distractors ----
    d_when = t("2021-06-04T21:30:00", GVA)
    d_title = "Myanmar: UN experts call for release of journalists detained since the coup"
    body = paras("""GENEVA (4 June 2021) – UN human rights experts today called on the military authorities in Myanmar to release all journalists detained for their work since 1 February.

“At least 87 journalists have been arrested, and dozens remain in detention,” the experts said.

ENDS""")
    d_path, html = detail(27142, "E", "en", d_title, "4 June 2021 21:30", body)
    w.put(SID, d_path, html, lastmod=d_when)
    w.distractor("ohchr-after-window", SID, d_path, d_title, d_when, "outside_window",
                 "Published at 21:30 in Geneva on 4 June (CEST, UTC+2), i.e. 02:00 on 5 June in Yangon; the listing shows '04 June 2021'.",
                 trap="timezone edge: naive time in the site's zone")
    rows.append((d_when, d_title, d_path, "SR freedom of expression; SR Myanmar"))

    adv_when = t("2021-06-02T10:00:00", GVA)
    adv_title = "Media advisory: Special Rapporteur on Myanmar to hold virtual press conference"
    body = paras("""GENEVA (2 June 2021) – The UN Special Rapporteur on the situation of human rights in Myanmar, Thomas Andrews, will hold a virtual press conference on Friday 4 June at 15:00 Geneva time.

Journalists who wish to take part should register with the media unit by Thursday 3 June.""")
    adv_path, html = detail(27135, "E", "en", adv_title, "2 June 2021", body)
    w.put(SID, adv_path, html, lastmod=adv_when)
    w.distractor("ohchr-media-advisory", SID, adv_path, adv_title, adv_when, "event", "Announces a press conference.")
    rows.append((adv_when, adv_title, adv_path, "SR Myanmar"))

    call_when = t("2021-05-31T09:00:00", GVA)
    call_title = "Call for submissions: report of the Special Rapporteur on Myanmar to the General Assembly"
    body = paras("""The Special Rapporteur on the situation of human rights in Myanmar invites States, civil society organizations, UN entities and other stakeholders to submit information for his forthcoming report to the seventy-sixth session of the General Assembly.

Submissions of no more than 2,500 words should be sent by 30 June 2021.""")
    call_path, html = detail(27129, "E", "en", call_title, "31 May 2021", body)
    w.put(SID, call_path, html, lastmod=call_when)
    w.distractor("ohchr-call-for-submissions", SID, call_path, call_title, call_when, "vacancy",
                 "A call for submissions (like a call for applications), not a statement.")
    rows.append((call_when, call_title, call_path, "SR Myanmar"))

    br_when = t("2021-06-01T12:30:00", GVA)
    br_title = "Press briefing notes on Myanmar"
    body = paras("""Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani
Location: Geneva
Date: 1 June 2021
Subject: Myanmar

We are deeply concerned about the continuing violence in Kayah State, where credible reports indicate civilians have been killed by artillery fire.

We call on the military to stop targeting civilians and to allow humanitarian access.""")
    br_path, html = detail(27130, "E", "en", br_title, "1 June 2021", body)
    w.put(SID, br_path, html, lastmod=br_when)
    w.distractor("ohchr-briefing-notes", SID, br_path, br_title, br_when, "briefing",
                 "Press briefing notes of the spokesperson (a briefing transcript), not a press release.")
    rows.append((br_when, br_title, br_path, "—"))

    old_when = t("2021-05-25T12:00:00", GVA)
    old_title = "Myanmar: UN experts alarmed by use of military tribunals against civilians"
    body = paras("""GENEVA (25 May 2021) – UN experts today expressed alarm at the expanding use of military tribunals to try civilians in Myanmar.

ENDS""")
    old_path, html = detail(27118, "E", "en", old_title, "25 May 2021", body)
    w.put(SID, old_path, html, lastmod=old_when)
    w.distractor("ohchr-before-window", SID, old_path, old_title, old_when, "outside_window", "Published before the week.")
    rows.append((old_when, old_title, old_path, "SR Myanmar; SR independence of judges and lawyers"))

    older = [("2021-05-18T12:00:00", 27102, "Myanmar: UN experts urge end to enforced disappearances"),
             ("2021-05-11T12:00:00", 27088, "Myanmar: Special Rapporteur calls for emergency coalition to stop the junta")]
    for iso, nid, ttl in older:
        when = t(iso, GVA)
        body = paras("GENEVA (%s) – %s.\n\nENDS" % (when.strftime("%-d %B %Y"), ttl.split(": ", 1)[1]))
        p, html = detail(nid, "E", "en", ttl, when.strftime("%-d %B %Y"), body)
        w.put(SID, p, html, lastmod=when)
        w.distractor("ohchr-old-%d" % nid, SID, p, ttl, when, "outside_window", "Published before the week (second listing page).")
        rows.append((when, ttl, p, "SR Myanmar"))

    rows.sort(key=lambda r: r[0], reverse=True)
    pages = [rows[:7], rows[7:]]
    for n, chunk in enumerate(pages, 1):
        q = "?Country=MMR" + ("&Page=%d" % n if n > 1 else "")
        body = ["""<div id="breadcrumb" class="breadcrumb"><a href="/EN/Pages/Home.aspx">Home</a> &gt; <a href="/EN/NewsEvents/Pages/NewsSearch.aspx">News and Events</a> &gt; <span>Special Procedures</span></div>
<div id="contentBox">
<h1>Special Procedures: press releases</h1>
<p class="filter">Country: <strong>Myanmar</strong> | <a href="%s">All countries</a></p>
<table class="ms-listviewtable" summary="Special Procedures press releases" cellspacing="0">
<tr class="ms-viewheadertr"><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Mandate(s)</th></tr>
""" % LISTING]
        for when, ttl, href, mand in chunk:
            body.append('<tr class="ms-itmhover"><td class="ms-vb2 news-date">%s</td><td class="ms-vb2"><a href="%s">%s</a></td><td class="ms-vb2">%s</td></tr>\n'
                        % (when.strftime("%d %B %Y"), esc(href), esc(ttl), esc(mand)))
        body.append("</table>\n")
        if n < len(pages):
            body.append('<p class="pager"><a id="nextPage" href="%s?Country=MMR&amp;Page=%d">Next &gt;</a></p>\n' % (LISTING, n + 1))
        body.append("</div>\n")
        w.put(SID, LISTING + q, HEAD.format(lang="en", title="Special Procedures press releases", canon="") + "".join(body) + FOOT,
              lastmod=chunk[0][0])

    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /_layouts/\nDisallow: /EN/Search/\n", ext=".txt")

    w.fault(id="ohchr-listing-503-retry-after", site=SID, type="fail_first", status=503, count=1, retry_after=2,
            match={"path": LISTING, "query": "Country=MMR"},
            expect="wait the Retry-After (2 s), then read the listing")

    w.source(id="ohchr-sp-mm", name="OHCHR Special Procedures, Myanmar", type="html", url=w.base(SID) + LISTING + "?Country=MMR",
             issuer="Office of the High Commissioner for Human Rights", timeZone=GVA, language="en",
             selectors={"item": "//table[@class='ms-listviewtable']//tr[td]", "link": "./td[2]/a/@href",
                        "title": "./td[2]/a", "date": "./td[1]", "next": "//a[@id='nextPage']/@href"},
             maxPages=2)

    w.case("ohchr-experts", "Independent experts (some speaking on behalf of a working group) speak in a press release on OHCHR's pages.",
           "By Office of the High Commissioner for Human Rights, not the rapporteurs or the working group")
    w.case("ohchr-query-urls", "Detail pages differ only by their query (NewsID, LangID).",
           "three different items; the query is part of the key")
