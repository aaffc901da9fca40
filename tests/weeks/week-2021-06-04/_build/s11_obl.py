"""obl: an online library/aggregator of Burma documents with labelled fields (PHP), feed and listing without dates."""
from common import esc, paras, t, simple_pdf, rfc822

SID = "obl"
PORT = 18511
BKK = "Asia/Bangkok"


def entry_page(eid, fields, description):
    rows = "".join('<tr><td class="label" valign="top">%s</td><td class="value">%s</td></tr>\n' % (esc(k), v) for k, v in fields)
    title = [v for k, v in fields if k == "Title:"][0]
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Online Burma/Myanmar Library - {ttl}</title>
<link rel="stylesheet" href="/obl.css" type="text/css">
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="banner"><tr><td><a href="/"><img src="/images/obl-banner.gif" alt="Online Burma/Myanmar Library" border="0"></a></td>
<td align="right"><a href="/new-entries.php">New entries</a> | <a href="/categories.php">Categories</a> | <a href="/search.php">Search</a></td></tr></table>
<div class="path"><a href="/">Home</a> &gt; <a href="/new-entries.php">New entries</a> &gt; Entry {eid}</div>
<h3 class="entrytitle">{ttl}</h3>
<table class="entry" border="0" cellspacing="2" cellpadding="3">
{rows}</table>
<div class="description"><b>Description:</b> {desc}</div>
<p class="note"><font size="1">The Online Burma/Myanmar Library catalogues documents published by others. Copyright remains with the publishers.</font></p>
</body>
</html>
""".format(ttl=title, eid=eid, rows=rows, desc=esc(description))


def build(w):
    w.site({
        "id": SID, "name": "Online Burma/Myanmar Library", "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "PHP catalogue: entry.php?id=N with a table of labelled fields; new entries feed and page",
        "languages": ["en", "my"], "timezone": BKK,
        "owner": "Online Burma/Myanmar Library", "publishes_for_others": True,
        "feeds": [{"url": "/rss/new-entries.xml", "type": "RSS 2.0", "notes": "no pubDate at all; no validators (no ETag, no Last-Modified)"}],
        "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/new-entries.php", "pagination": "none", "order": "entry order, newest first"}],
        "listing_markup": "ul.newentries > li > a (link, title), span.cat (category); no dates",
        "xpath": {"item": "//ul[@class='newentries']/li", "link": "./a/@href", "title": "./a", "date": None, "label": "./span[@class='cat']", "next": None},
        "detail_markup": "table.entry of label/value rows: 'Title:', 'Date of publication:' (2021-06-01), 'Language:', 'Source/publisher:' (the issuing body, in English or only in Burmese), 'Format:', 'Category:', 'Date of entry/update:' (when the library catalogued it, not the publication date), 'Alternate URL:' (the publisher's own copy, when there is one), 'Text:' (a PDF)",
        "slash_redirect": False,
        "robots": "Disallow: /admin/ and /search.php",
        "notes": "Catalogues documents of small bodies that have no website of their own, and copies of documents that do (those point to the original with 'Alternate URL').",
    })
    entries = []

    def add(eid, title, pub, entered, lang, publisher, category, description, alt=None, pdf=None, pdf_lines=()):
        fields = [("Title:", esc(title)), ("Date of publication:", pub), ("Description/subject:", esc(description[:120])),
                  ("Language:", lang), ("Source/publisher:", esc(publisher)), ("Format:", "pdf" if pdf else "html"),
                  ("Category:", esc(category)), ("Date of entry/update:", entered)]
        if alt:
            fields.append(("Alternate URL:", '<a href="%s">%s</a>' % (alt, alt)))
        if pdf:
            fields.append(("Text:", '<a href="%s">%s</a>' % (pdf, pdf.rsplit("/", 1)[1])))
            w.put(SID, pdf, simple_pdf(title if all(ord(c) < 128 for c in title) else "Report", list(pdf_lines) or [publisher if all(ord(c) < 128 for c in publisher) else ""],
                                       t(pub + "T12:00:00", BKK)), ext=".pdf", lastmod=t(entered + "T12:00:00", BKK))
        path = "/entry.php?id=%d" % eid
        w.put(SID, path, entry_page(eid, fields, description), lastmod=t(entered + "T12:00:00", BKK))
        entries.append((eid, path, title, category, description))
        return path

    # ---- L1: Burmese report of a local women's network named only in Burmese ----
    l1_title = "၂၀၂၁ ခုနှစ် မေလအတွင်း စစ်ကိုင်းတိုင်းဒေသကြီးရှိ အမျိုးသမီးများအပေါ် လူ့အခွင့်အရေးချိုးဖောက်မှု မှတ်တမ်း"
    l1 = add(48211, l1_title, "2021-06-01", "2021-06-05", "Burmese/ မြန်မာဘာသာ", "စစ်ကိုင်းတိုင်း အမျိုးသမီးကွန်ရက်", "Human rights reports",
             "မေလအတွင်း စစ်ကိုင်းတိုင်းဒေသကြီးရှိ မြို့နယ် ၁၂ ခုတွင် အမျိုးသမီးများ ဖမ်းဆီးခံရမှု၊ သတ်ဖြတ်ခံရမှုနှင့် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်ခံရမှု ဖြစ်စဉ်များကို မှတ်တမ်းတင်ထားသော အစီရင်ခံစာ။",
             pdf="/docs6/Sagaing_women_HR_May_2021-bu.pdf", pdf_lines=["Sagaing women's network - May 2021 documentation (Burmese)"])
    w.gold_item(SID, l1, l1_title, "Sagaing Region Women's Network", t("2021-06-01T12:00:00", BKK), "my", section="Reports",
                note="the library's 'Source/publisher:' names the body only in Burmese (စစ်ကိုင်းတိုင်း အမျိုးသမီးကွန်ရက်); date of publication 1 June, catalogued 5 June")

    # ---- L2: English report of a township strike committee ----
    l2_title = "Arbitrary Arrests and Torture in Monywa Township, February–May 2021"
    l2 = add(48215, l2_title, "2021-06-02", "2021-06-06", "English", "Monywa Township Strike Committee", "Human rights reports",
             "Documents 163 arrests in Monywa Township between 1 February and 31 May 2021, with testimonies of torture during interrogation and a list of those still detained.",
             pdf="/docs6/Monywa_arrests_Feb-May_2021-en.pdf",
             pdf_lines=["Monywa Township Strike Committee", "Arrests documented: 163", "Still detained on 31 May: 94", "Testimonies of torture: 27"])
    w.gold_item(SID, l2, l2_title, "Monywa Township Strike Committee", t("2021-06-02T12:00:00", BKK), "en", section="Reports",
                note="a township strike committee with no site of its own, named in 'Source/publisher:'")

    # ---- L3: Burmese statement of a local youth network ----
    l3_title = "ဖားကန့်ဒေသရှိ ကျောက်စိမ်းလုပ်ကွက်များမှ စစ်ကောင်စီ ရရှိနေသော ဝင်ငွေများကို ဖြတ်တောက်ရန် တောင်းဆိုချက်"
    l3 = add(48219, l3_title, "2021-05-31", "2021-06-04", "Burmese/ မြန်မာဘာသာ", "ဖားကန့် လူငယ်ကွန်ရက်", "Statements",
             "ဖားကန့်ဒေသ ကျောက်စိမ်းလုပ်ငန်းများမှ စစ်ကောင်စီသို့ ဝင်ငွေ စီးဆင်းမှုကို ရပ်တန့်ရန် နိုင်ငံတကာ ကုမ္ပဏီများနှင့် အစိုးရများကို တောင်းဆိုသည့် ထုတ်ပြန်ချက်။",
             pdf="/docs6/Hpakant_youth_jade_statement-bu.pdf", pdf_lines=["Hpakant youth statement on jade revenue (Burmese)"])
    w.gold_item(SID, l3, l3_title, "Hpakant Youth Network", t("2021-05-31T12:00:00", BKK), "my",
                note="a local youth network named only in Burmese (ဖားကန့် လူငယ်ကွန်ရက်)")

    # ---- distractors ----
    cp = add(48220, "[APHR] ASEAN delegation must meet the NUG, not only the junta, say Southeast Asian MPs", "2021-06-04", "2021-06-05", "English",
             "ASEAN Parliamentarians for Human Rights", "Statements",
             "Southeast Asian lawmakers urge the ASEAN Chair and Secretary-General to meet representatives of the National Unity Government.",
             alt="{{BASE:aphr}}/asean-delegation-must-meet-the-nug-not-only-the-junta-say-southeast-asian-mps/")
    w.distractor("obl-copy-aphr", SID, cp, "[APHR] ASEAN delegation must meet the NUG, not only the junta, say Southeast Asian MPs",
                 t("2021-06-04T12:00:00", BKK), "duplicate", "A library copy of APHR's statement; 'Alternate URL' points to the original; the title is prefixed '[APHR]'.",
                 duplicate_of=w.base("aphr") + "/asean-delegation-must-meet-the-nug-not-only-the-junta-say-southeast-asian-mps/")

    co = add(48216, "Myanmar: UN experts condemn deadly attacks on health workers and hospitals", "2021-06-01", "2021-06-03", "English",
             "Office of the High Commissioner for Human Rights", "Statements",
             "UN human rights experts condemn the Myanmar military's attacks on health workers, hospitals and ambulances.",
             alt="{{BASE:ohchr}}/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=27131&amp;LangID=E")
    w.distractor("obl-copy-ohchr", SID, co, "Myanmar: UN experts condemn deadly attacks on health workers and hospitals",
                 t("2021-06-01T12:00:00", BKK), "duplicate", "A library copy of the OHCHR press release (same title; 'Alternate URL' to the original).",
                 duplicate_of=w.base("ohchr") + "/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=27131&LangID=E")

    ol = add(48205, "Land Confiscation and Displacement in Karen State: Annual Report 2020", "2021-04-15", "2021-06-01", "English",
             "Karen Environmental and Social Action Network", "Land rights reports",
             "Annual report on land confiscation, displacement and development projects in Karen State in 2020.",
             pdf="/docs6/KESAN_land_2020.pdf", pdf_lines=["Annual Report 2020"])
    w.distractor("obl-old-publication", SID, ol, "Land Confiscation and Displacement in Karen State: Annual Report 2020",
                 t("2021-04-15T12:00:00", BKK), "outside_window",
                 "Published on 15 April 2021; only its cataloguing ('Date of entry/update: 2021-06-01') falls in the week.",
                 trap="entry date inside the week, publication date outside")

    nw = add(48212, "Junta troops shell villages near Mindat as thousands flee", "2021-05-30", "2021-05-31", "English",
             "Spring Daily", "News",
             "News report on the shelling of villages around Mindat, Chin State.", alt="{{BASE:springdaily}}/news/2021/05/30/junta-troops-shell-villages-near-mindat")
    w.distractor("obl-news", SID, nw, "Junta troops shell villages near Mindat as thousands flee", t("2021-05-30T12:00:00", BKK), "news",
                 "A news article catalogued by the library (Category: News, publisher a news site).")

    entries.sort(key=lambda e: e[0], reverse=True)
    lis = "\n".join('<li><a href="entry.php?id=%d">%s</a> <span class="cat">[%s]</span></li>' % (e[0], esc(e[2]), esc(e[3])) for e in entries)
    w.put(SID, "/new-entries.php", """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Online Burma/Myanmar Library - New entries</title></head>
<body><h2>New entries</h2>
<ul class="newentries">
%s
</ul></body></html>
""" % lis, lastmod=t("2021-06-06T12:00:00", BKK))
    items = "".join("<item><title>%s</title><link>{{BASE:obl}}%s</link><description>%s</description><guid>{{BASE:obl}}%s</guid><category>%s</category></item>\n" % (
        esc(e[2]), e[1].replace("&", "&amp;"), esc(e[4]), e[1].replace("&", "&amp;"), esc(e[3])) for e in entries)
    w.put(SID, "/rss/new-entries.xml", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Online Burma/Myanmar Library - New entries</title><link>{{BASE:obl}}/new-entries.php</link>
<description>Documents recently added to the Online Burma/Myanmar Library</description>
%s</channel></rss>
""" % items, ext=".xml", ctype="application/rss+xml; charset=UTF-8")
    w.put(SID, "/", '<html><head><meta charset="utf-8"><title>Online Burma/Myanmar Library</title></head><body><a href="/new-entries.php">New entries</a></body></html>\n')
    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search.php\n", ext=".txt")

    w.fault(id="obl-feed-no-validators", site=SID, type="conditional", mode="none", match={"path": "/rss/new-entries.xml"},
            expect="no ETag or Last-Modified: fetch the feed in full each run, but never re-fetch a stored item's page")
    w.content_fault(id="obl-feed-without-dates", site=SID, url=w.base(SID) + "/rss/new-entries.xml", type="feed_without_dates",
                    description="The feed's items have no pubDate; the entry pages carry 'Date of publication:'.",
                    expect="read each entry page for its date; use 'Date of publication', not 'Date of entry/update'")
    w.content_fault(id="obl-listing-without-dates", site=SID, url=w.base(SID) + "/new-entries.php", type="listing_without_dates",
                    description="The new-entries page lists titles and categories only.", expect="as for the feed")

    w.source(id="obl", name="Online Burma/Myanmar Library (new entries)", type="feed", url=w.base(SID) + "/rss/new-entries.xml",
             publishesForOthers=True, timeZone=BKK)

    w.case("obl-publisher-field", "'Source/publisher:' names the issuing body: in English (Monywa Township Strike Committee) or only in Burmese (စစ်ကိုင်းတိုင်း အမျိုးသမီးကွန်ရက်, ဖားကန့် လူငယ်ကွန်ရက်).",
           "By Monywa Township Strike Committee; By Sagaing Region Women's Network; By Hpakant Youth Network")
    w.case("obl-dates", "Two dates per entry: 'Date of publication' and 'Date of entry/update'.", "the publication date decides the week")
