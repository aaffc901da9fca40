"""knpp: a hand-written HTML site of an ethnic political party; the statements list has no dates and no feed."""
from common import *

SID = "knpp"
B = "{{BASE:knpp}}"
YGN = "Asia/Yangon"


def page(head_title, letterhead, title, date_line, body, sign, lang_link=None):
    ll = ('<p align="right"><a href="%s">%s</a></p>' % lang_link) if lang_link else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{head_title}</title>
<link rel="stylesheet" href="../style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399">
<table width="760" border="0" cellspacing="0" cellpadding="4" align="center">
<tr>
<td width="90"><img src="../images/knpp-flag.gif" width="80" height="52" alt="KNPP flag"></td>
<td><font face="Arial" size="5"><b>{letterhead}</b></font></td>
</tr>
<tr><td colspan="2"><font face="Arial" size="2"><a href="../index.html">Home</a> | <a href="../statements.html">Statements</a> | <a href="../about.html">About KNPP</a> | <a href="../contact.html">Contact</a></font><hr></td></tr>
<tr><td colspan="2">
{ll}
<h3 align="center">{title}</h3>
<p align="right">{date_line}</p>
{body}
<p>{sign}</p>
</td></tr>
<tr><td colspan="2"><hr><font size="1">Karenni National Progressive Party &middot; Information Department &middot; Last updated by hand</font></td></tr>
</table>
</body>
</html>
"""


def build(w):
    port = 18306
    w.site({
        "id": SID, "name": "Karenni National Progressive Party", "port": port, "base_url": "http://127.0.0.1:%d" % port,
        "cms": "hand-written HTML (tables, <font> tags), edited by hand and uploaded by FTP",
        "languages": ["en", "my"], "timezone": YGN, "owner": "Karenni National Progressive Party",
        "publishes_for_others": False, "feeds": [], "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/statements.html", "pagination": "none", "order": "newest first, by hand"}],
        "listing_markup": "a <ul class=\"statements\"> of <li><a href=\"statements/…\">title</a></li> with relative links and no dates; Burmese versions are separate entries with Burmese link text",
        "xpath": {"item": "//ul[@class='statements']/li", "link": "./a/@href", "title": "./a", "date": None, "next": None},
        "detail_markup": "the <title> is \"KNPP - …\"; the real title is the centred <h3>; the letterhead names the party (and, on departmental items, the department under it); the date is a right-aligned paragraph, \"Date: 4 November 2024\" (day-first), \"November 6, 2024\" (month-first) or a Burmese date with Burmese digits; the signature block closes the statement",
        "slash_redirect": False,
        "robots": "Disallow: /drafts/",
        "notes": "An ethnic political party's own site. Statements of the Central Executive Committee are the party's; the Foreign Affairs Department signs some letters itself. One listed statement has been taken down (410).",
    })
    P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)
    LH = "KARENNI NATIONAL PROGRESSIVE PARTY"
    LH_MY = "ကရင်နီအမျိုးသားတိုးတက်ရေးပါတီ"
    items = [
        dict(id="G18", file="statements/2024-11-04-demoso-airstrike.html", date=at("2024-11-04 00:00", YGN),
             title="Statement on the Airstrike on a Camp for Displaced Persons in Demoso Township", lang="en",
             cat="statement", issuer="Karenni National Progressive Party", letterhead=LH, date_line="Date: 4 November 2024",
             lang_link=("2024-11-04-demoso-airstrike-mm.html", "မြန်မာဘာသာ"),
             body=P("1. On 2 November 2024 at about 3:40 p.m., a military jet of the State Administration Council dropped two bombs on a camp for internally displaced persons near Daw Se village, Demoso Township, Karenni State.",
                    "2. Nine displaced persons, among them four children, were killed and more than twenty were wounded. Some 1,800 people who had sheltered in the camp have fled again.",
                    "3. The Karenni National Progressive Party strongly condemns this deliberate attack on civilians who had already lost their homes, and calls on the United Nations and ASEAN to act to stop the junta's airstrikes.",
                    "4. We call on humanitarian organisations to provide emergency assistance to the survivors."),
             sign="Central Executive Committee<br>Karenni National Progressive Party"),
        dict(id="G19", file="statements/2024-11-04-demoso-airstrike-mm.html", date=at("2024-11-04 00:00", YGN),
             title="ဒီးမော့ဆိုမြို့နယ်ရှိ စစ်ဘေးရှောင်စခန်းအပေါ် လေကြောင်းတိုက်ခိုက်မှုနှင့် ပတ်သက်၍ ထုတ်ပြန်ချက်", lang="my",
             cat="statement", issuer="Karenni National Progressive Party", letterhead=LH_MY, date_line=my_date(at("2024-11-04 00:00", YGN)),
             lang_link=("2024-11-04-demoso-airstrike.html", "English"), pair="G18",
             body=P("၁။ ၂၀၂၄ ခုနှစ် နိုဝင်ဘာလ ၂ ရက်နေ့ ညနေ ၃ နာရီ ၄၀ မိနစ်ခန့်တွင် စစ်ကောင်စီ၏ တိုက်လေယာဉ်တစ်စင်းသည် ကရင်နီပြည်နယ် ဒီးမော့ဆိုမြို့နယ် ဒေါ်စဲကျေးရွာအနီးရှိ စစ်ဘေးရှောင်စခန်းပေါ်သို့ ဗုံးနှစ်လုံး ကြဲချခဲ့ပါသည်။",
                    "၂။ ကလေးငယ် လေးဦးအပါအဝင် စစ်ဘေးရှောင် ကိုးဦး သေဆုံးပြီး နှစ်ဆယ်ကျော် ဒဏ်ရာရရှိခဲ့ပါသည်။",
                    "၃။ ကရင်နီအမျိုးသားတိုးတက်ရေးပါတီသည် အိုးအိမ်စွန့်ခွာ ထွက်ပြေးလာရသူ အရပ်သားများအပေါ် ရည်ရွယ်ချက်ရှိရှိ တိုက်ခိုက်မှုကို ပြင်းထန်စွာ ရှုတ်ချပါသည်။"),
             sign="ဗဟိုအလုပ်အမှုဆောင်ကော်မတီ<br>ကရင်နီအမျိုးသားတိုးတက်ရေးပါတီ"),
        dict(id="G20", file="statements/2024-11-06-open-letter-gms-summit.html", date=at("2024-11-06 00:00", YGN),
             title="Open Letter to the Leaders Attending the Greater Mekong Subregion Summit in Kunming", lang="en",
             cat="statement", issuer="Karenni National Progressive Party (Foreign Affairs Department)",
             letterhead=LH + "<br><font size=\"4\">Foreign Affairs Department</font>", date_line="November 6, 2024",
             body=P("Your Excellencies,",
                    "As you meet in Kunming, the leader of the military that has bombed our villages, churches and camps for displaced people sits among you. We write to ask you not to treat him as the representative of the people of Myanmar.",
                    "Since June 2023, more than 200,000 people in Karenni State have been displaced. We ask you to make any engagement with the military conditional on an end to airstrikes, and to open cross-border humanitarian channels to Karenni State.",
                    "Respectfully yours,"),
             sign="Foreign Affairs Department<br>Karenni National Progressive Party"),
        dict(id="D30", file="statements/2024-11-07-press-conference-notice.html", date=at("2024-11-07 00:00", YGN),
             title="Notice of Press Conference", lang="en", cat="event", letterhead=LH, date_line="Date: 7 November 2024",
             why="notice of a press conference to be held on 10 November",
             body=P("The Karenni National Progressive Party will hold an online press conference on 10 November 2024 at 10:00 a.m. (Myanmar time) on the situation in Karenni State.",
                    "Journalists wishing to attend should write to the Information Department."),
             sign="Information Department<br>Karenni National Progressive Party"),
        dict(id="D31", file="statements/2024-10-27-loikaw-shelling.html", date=at("2024-10-27 00:00", YGN),
             title="Statement on the Shelling of Residential Wards in Loikaw", lang="en", cat="outside_window",
             letterhead=LH, date_line="Date: 27 October 2024", why="dated 27 October 2024",
             body=P("1. The Karenni National Progressive Party condemns the shelling of residential wards of Loikaw on 25 October 2024."),
             sign="Central Executive Committee<br>Karenni National Progressive Party"),
    ]
    for it in items:
        html_ = page("KNPP - " + (it["title"] if it["lang"] == "en" else "ထုတ်ပြန်ချက်"), it["letterhead"], it["title"],
                     it["date_line"], it["body"], it["sign"], it.get("lang_link"))
        path = "/" + it["file"]
        w.serve(SID, path, it["file"], html_, HTML, it["date"] + timedelta(hours=14), detail=True)
        w.add(id=it["id"], site=SID, url=w.base(SID) + path, title=it["title"], dt=it["date"], date_only=True, lang=it["lang"],
              cat=it["cat"], issuer=it.get("issuer"), section="Statements and Press Releases" if it["cat"] == "statement" else None,
              why=it.get("why"), pair=it.get("pair"))

    draft_path = "/drafts/2024-11-08-statement-on-ceasefire-talks-draft.html"
    w.serve(SID, draft_path, draft_path.lstrip("/"),
            page("KNPP - DRAFT", LH, "DRAFT – Statement on the Proposed Ceasefire Talks (not for release)", "Date: 8 November 2024",
                 P("[Draft for CEC review. Do not circulate.]", "1. The KNPP has received a proposal for talks ..."), "Central Executive Committee<br>Karenni National Progressive Party"),
            HTML, "2024-11-08T09:00:00Z", detail=True)
    w.add(id="D32", site=SID, url=w.base(SID) + draft_path, title="DRAFT – Statement on the Proposed Ceasefire Talks (not for release)",
          dt=at("2024-11-08 00:00", YGN), date_only=True, lang="en", cat="robots_disallowed",
          why="a draft under /drafts/, which robots.txt disallows; linked from the statements list by mistake")

    lis = [
        '<li><a href="statements/2024-11-07-press-conference-notice.html">Notice of Press Conference</a></li>',
        '<li><a href="drafts/2024-11-08-statement-on-ceasefire-talks-draft.html">Statement on the Proposed Ceasefire Talks</a></li>',
        '<li><a href="statements/2024-11-06-open-letter-gms-summit.html">Open Letter to the Leaders Attending the Greater Mekong Subregion Summit in Kunming</a></li>',
        '<li><a href="statements/2024-11-04-demoso-airstrike.html">Statement on the Airstrike on a Camp for Displaced Persons in Demoso Township</a></li>',
        '<li><a href="statements/2024-11-04-demoso-airstrike-mm.html">%s</a></li>' % items[1]["title"],
        '<li><a href="statements/2024-11-02-ceasefire-talks.html">Statement on Ceasefire Talks</a></li>',
        '<li><a href="statements/2024-10-27-loikaw-shelling.html">Statement on the Shelling of Residential Wards in Loikaw</a></li>',
    ]
    listing = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>KNPP - Statements</title>
<link rel="stylesheet" href="style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF">
<table width="760" border="0" align="center"><tr><td width="90"><img src="images/knpp-flag.gif" width="80" height="52" alt="KNPP flag"></td>
<td><font face="Arial" size="5"><b>{LH}</b></font></td></tr>
<tr><td colspan="2"><font face="Arial" size="2"><a href="index.html">Home</a> | <a href="statements.html">Statements</a> | <a href="about.html">About KNPP</a></font><hr></td></tr>
<tr><td colspan="2">
<h2>Statements / ထုတ်ပြန်ချက်များ</h2>
<ul class="statements">
{chr(10).join(lis)}
</ul>
</td></tr></table>
</body>
</html>
"""
    w.serve(SID, "/statements.html", "statements.html", listing, HTML, "2024-11-08T09:30:00Z")
    home = listing.replace("<title>KNPP - Statements</title>", "<title>Karenni National Progressive Party</title>").replace(
        "<h2>Statements / ထုတ်ပြန်ချက်များ</h2>", "<h2>Welcome</h2><p>Official website of the Karenni National Progressive Party (KNPP).</p><h2>Latest statements</h2>")
    w.serve(SID, "/index.html", "index.html", home, HTML, "2024-11-08T09:30:00Z")
    w.serve(SID, "/", "index.html", home, HTML, "2024-11-08T09:30:00Z")
    w.serve(SID, "/robots.txt", "robots.txt", "User-agent: *\nDisallow: /drafts/\n", TXT, "2019-05-01T00:00:00Z")

    w.faults.append({"id": "knpp-removed-410", "site": SID, "type": "status", "status": 410, "message": "Gone",
                     "match": {"path": "/statements/2024-11-02-ceasefire-talks.html"},
                     "expect": "the page was taken down: drop the lead without failing the source, and do not list it"})
    w.content_faults.append({"id": "knpp-listing-no-dates", "site": SID, "url": "/statements.html", "type": "listing_without_dates",
                             "description": "the statements list is links only, with no dates, and the site has no feed or sitemap",
                             "expect": "read every listed page for its date (day-first, month-first or Burmese) and keep those in the window"})
