"""crph: the Committee Representing Pyidaungsu Hluttaw, hand-written HTML, mostly Burmese, no feed,
a listing without dates; some pages carry no date except in their title."""
from common import STATEMENTS, at, esc, paras

SID = "crph"
ISSUER = "Committee Representing Pyidaungsu Hluttaw"
SIGN_MY = "ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ (CRPH)"
SIGN_EN = "Committee Representing Pyidaungsu Hluttaw (CRPH)"

PAGES = [
 dict(key="S12", lang="my", when="2022-03-17 00:00", list_order=1,
      path="/statements/2022/statement-airstrikes-2022-03-17.html",
      title="စစ်ကောင်စီ၏ လေကြောင်းတိုက်ခိုက်မှုများကို ပြင်းထန်စွာ ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်",
      top="မတ်လ ၁၇ ရက်၊ ၂၀၂၂",
      body=["မတ်လ ၁၅ ရက်နှင့် ၁၆ ရက်နေ့များတွင် စစ်ကောင်စီတပ်များသည် ကရင်နီပြည်နယ် ဒီးမော့ဆိုမြို့နယ်နှင့် စစ်ကိုင်းတိုင်းဒေသကြီး ကနီမြို့နယ်ရှိ ကျေးရွာများကို တိုက်လေယာဉ်များဖြင့် ဗုံးကြဲတိုက်ခိုက်ခဲ့ရာ ကလေးငယ် ၄ ဦး အပါအဝင် အရပ်သား ၁၁ ဦး သေဆုံးခဲ့ပြီး ၂၀ ဦးကျော် ဒဏ်ရာရရှိခဲ့ပါသည်။",
            "အရပ်သားများ နေထိုင်ရာ ကျေးရွာများ၊ စာသင်ကျောင်းများနှင့် ဘာသာရေး အဆောက်အအုံများကို ရည်ရွယ်ချက်ရှိရှိ တိုက်ခိုက်ခြင်းသည် စစ်ရာဇဝတ်မှု ဖြစ်ပြီး ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီက ပြင်းထန်စွာ ရှုတ်ချပါသည်။",
            "ကုလသမဂ္ဂ လုံခြုံရေးကောင်စီနှင့် အဖွဲ့ဝင်နိုင်ငံများအနေဖြင့် စစ်ကောင်စီထံ လေယာဉ်လောင်စာ ရောင်းချမှုကို တားမြစ်ရန်နှင့် လက်နက် ပိတ်ဆို့အရေးယူမှု ချမှတ်ရန် တိုက်တွန်းအပ်ပါသည်။"],
      sign=[SIGN_MY]),
 dict(key="D13", lang="en", when="2022-03-19 00:00", list_order=0,
      path="/statements/2022/announcement-16-2022-en.html",
      title="Announcement (16/2022) March 19, 2022",
      category="outside_window", why="dated only in its title, 19 March 2022, after the window",
      body=["The Committee Representing Pyidaungsu Hluttaw announces that the so-called election commission formed by the military council has no authority to amend the electoral laws of the Union.",
            "Any election organised by the military council will not be recognised by the people."],
      sign=[SIGN_EN]),
 dict(key="D12", lang="my", when="2022-03-16 00:00", list_order=2,
      path="/notices/2022/press-conference-2022-03-18.html",
      title="CRPH သတင်းစာရှင်းလင်းပွဲ ကျင်းပမည့်အကြောင်း အသိပေးခြင်း",
      category="event", why="notice of a press conference",
      top="မတ်လ ၁၆ ရက်၊ ၂၀၂၂",
      body=["ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ၏ သတင်းစာရှင်းလင်းပွဲကို ၂၀၂၂ ခုနှစ် မတ်လ ၁၈ ရက် (သောကြာနေ့) နံနက် ၁၀ နာရီတွင် အွန်လိုင်းမှတစ်ဆင့် ကျင်းပမည် ဖြစ်ပါသည်။",
            "တက်ရောက်လိုသော သတင်းထောက်များသည် မတ်လ ၁၇ ရက်နေ့ ညနေ ၅ နာရီ နောက်ဆုံးထား၍ စာရင်းပေးသွင်းနိုင်ပါသည်။"],
      sign=["ပြန်ကြားရေးဌာန", SIGN_MY]),
 dict(key="S9", lang="en", when="2022-03-14 00:00", list_order=3, pair="S10",
      path="/statements/2022/announcement-15-2022-en.html",
      title="Announcement (15/2022) March 14, 2022",
      body=["The so-called State Administration Council has announced amendments to the Ward or Village-Tract Administration Law that place ward and village-tract administrators under the direct command of military officers and oblige residents to report their overnight guests to them.",
            "The Committee Representing Pyidaungsu Hluttaw hereby announces that the military council holds no legislative power under the 2008 Constitution or under any law of the Union. All so-called laws and amendments it has issued since 1 February 2021, including these amendments, are null and void.",
            "Civil servants and residents are not bound by these orders. The local people's administration bodies formed under the Federal Democracy Charter are the lawful administration in their areas."],
      sign=[SIGN_EN]),
 dict(key="S10", lang="my", when="2022-03-14 00:00", list_order=4, pair_of="S9",
      path="/statements/2022/announcement-15-2022.html",
      title="ရပ်ကွက် သို့မဟုတ် ကျေးရွာအုပ်စု အုပ်ချုပ်ရေးဥပဒေ ပြင်ဆင်ချက်များ ပျက်ပြယ်ကြောင်း ကြေညာချက် (၁၅/၂၀၂၂)",
      body=["အကြမ်းဖက်စစ်ကောင်စီက ရပ်ကွက် သို့မဟုတ် ကျေးရွာအုပ်စု အုပ်ချုပ်ရေးဥပဒေကို ပြင်ဆင်ကြောင်း ထုတ်ပြန်ခဲ့ပြီး ရပ်ကွက်နှင့် ကျေးရွာအုပ်စု အုပ်ချုပ်ရေးမှူးများကို စစ်အရာရှိများ၏ တိုက်ရိုက်ကွပ်ကဲမှုအောက်တွင် ထားရှိကာ ညအိပ်ဧည့်သည်များကို သတင်းပို့ရန် ပြည်သူများအား တာဝန်ပေးထားပါသည်။",
            "ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီသည် စစ်ကောင်စီတွင် ဥပဒေပြုပိုင်ခွင့် လုံးဝမရှိကြောင်းနှင့် ၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်နေ့မှစ၍ ၎င်းထုတ်ပြန်ခဲ့သော ဥပဒေနှင့် ပြင်ဆင်ချက်ဟု ဆိုသည်များ အားလုံး ပျက်ပြယ်ကြောင်း ကြေညာအပ်ပါသည်။",
            "နိုင်ငံ့ဝန်ထမ်းများနှင့် ပြည်သူများသည် ယင်းအမိန့်များကို လိုက်နာရန် တာဝန်မရှိပါ။ ဖက်ဒရယ်ဒီမိုကရေစီ ပဋိညာဉ်အရ ဖွဲ့စည်းထားသော ဒေသန္တရ ပြည်သူ့အုပ်ချုပ်ရေး အဖွဲ့များသည် ၎င်းတို့ဒေသအတွင်း တရားဝင် အုပ်ချုပ်ရေးအဖွဲ့များ ဖြစ်ကြပါသည်။"],
      sign=[SIGN_MY], bottom="ရက်စွဲ ။ ၂၀၂၂ ခုနှစ်၊ မတ်လ ၁၄ ရက်"),
 dict(key="D11", lang="my", when="2022-03-10 00:00", list_order=6,
      path="/statements/2022/announcement-14-2022.html",
      title="ပြည်သူ့ကာကွယ်ရေးတပ်ဖွဲ့ဝင်များ၏ အခွင့်အရေးများ အကာအကွယ်ပေးရေး ကြေညာချက် (၁၄/၂၀၂၂)",
      category="outside_window", why="dated ၂၀၂၂ ခုနှစ်၊ မတ်လ ၁၀ ရက် (10 March 2022), before the window",
      body=["ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီသည် ဖမ်းဆီးခံရသော ပြည်သူ့ကာကွယ်ရေးတပ်ဖွဲ့ဝင်များကို စစ်သုံ့ပန်းများအဖြစ် ဆက်ဆံရန် လိုအပ်ကြောင်း ကြေညာအပ်ပါသည်။"],
      sign=[SIGN_MY], bottom="ရက်စွဲ ။ ၂၀၂၂ ခုနှစ်၊ မတ်လ ၁၀ ရက်"),
]

# listed on the index page but removed from the server (answers 410): not an item of the week
REMOVED = dict(path="/statements/2022/statement-2022-03-12.html",
               title="မြန်မာ့လူ့အခွင့်အရေးနေ့ အထိမ်းအမှတ် ထုတ်ပြန်ချက်", list_order=5)


def page(w, p, by=None):
    other = ""
    mate = (by or {}).get(p.get("pair") or p.get("pair_of"))
    if mate:
        other = '<p class="lang"><a href="%s">%s</a></p>' % (mate["path"].rsplit("/", 1)[1],
                 "English" if mate["lang"] == "en" else "မြန်မာဘာသာဖြင့် ဖတ်ရန်")
    top = '<p class="date">%s</p>' % esc(p["top"]) if p.get("top") else ""
    bottom = '<p class="date">%s</p>' % esc(p["bottom"]) if p.get("bottom") else ""
    sign = '<p class="sign">%s</p>' % "<br>\n".join(esc(s) for s in p["sign"])
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<link rel="stylesheet" type="text/css" href="../../style.css">
</head>
<body lang="%s">
<div id="header"><img src="../../img/crph-logo.png" alt="CRPH" height="60"> ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ</div>
<div id="menu"><a href="../../index.html">ပင်မ</a> | <a href="../../announcements.html">ကြေညာချက်များ</a> | <a href="../../laws.html">ဥပဒေများ</a> | <a href="../../contact.html">ဆက်သွယ်ရန်</a></div>
<div id="content">
<center><h2>%s</h2></center>
%s%s
%s
%s
%s
</div>
<div id="footer">Copyright 2021-2022 CRPH. All rights reserved.</div>
</body>
</html>
""" % (esc(p["title"]), p["lang"], esc(p["title"]), other, top, paras(p["body"]), sign, bottom)


def build(w):
    for p in PAGES:
        dt = at(p["when"])
        w.html(SID, p["path"], page(w, p, {q["key"]: q for q in PAGES}), dt)
        if p["key"].startswith("S"):
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang=p["lang"], pub=dt, gold=True,
                   section=STATEMENTS, issuer=ISSUER, pair_of=p.get("pair_of"))
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang=p["lang"], pub=dt,
                   category=p["category"], why=p["why"])
    rows = sorted(PAGES + [REMOVED], key=lambda p: p["list_order"])
    lis = "\n".join('<li><a href="%s">%s</a></li>' % (p["path"].lstrip("/"), esc(p["title"])) for p in rows)
    idx = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ကြေညာချက်များ - CRPH</title>
<link rel="stylesheet" type="text/css" href="style.css">
</head>
<body>
<div id="header"><img src="img/crph-logo.png" alt="CRPH" height="60"> ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ</div>
<div id="menu"><a href="index.html">ပင်မ</a> | <a href="announcements.html">ကြေညာချက်များ</a> | <a href="laws.html">ဥပဒေများ</a></div>
<div id="content">
<h3>ကြေညာချက်များ၊ ထုတ်ပြန်ချက်များ / Announcements and Statements</h3>
<ul class="statements">
%s
</ul>
<p><a href="announcements-2021.html">၂၀၂၁ ခုနှစ် ကြေညာချက်များ</a></p>
</div>
<div id="footer">Copyright 2021-2022 CRPH. All rights reserved.</div>
</body>
</html>
""" % lis
    w.html(SID, "/announcements.html", idx, at("2022-03-19 12:00"))
    w.html(SID, "/index.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>CRPH</title></head>
<body><div id="header">ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ</div>
<p><a href="announcements.html">ကြေညာချက်များ</a></p></body></html>
""", at("2022-03-19 12:00"))
    w.add(SID, "/", open_index(), "text/html; charset=utf-8", at("2022-03-19 12:00"), fname="root.html")
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /drafts/\n", "text/plain", at("2021-06-01 10:00"))


def open_index():
    return """<html><head><meta http-equiv="refresh" content="0; url=index.html"></head><body><a href="index.html">CRPH</a></body></html>
"""
