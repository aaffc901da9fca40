"""nug: the National Unity Government's early website, a static export of its Facebook pages' posts."""
from common import esc, paras, t, my_date

SID = "nug"
PORT = 18503
YGN = "Asia/Yangon"

NUG_PAGE_EN = "National Unity Government of Myanmar"
NUG_PAGE_MY = "အမျိုးသားညီညွတ်ရေးအစိုးရ - National Unity Government"


def fb_time(when):
    if when is None:
        return '<span class="fbpost__time fbpost__time--missing">Date unavailable in export</span>'
    title = when.strftime("%A, %B %-d, %Y at %-I:%M %p")
    short = when.strftime("%-d %B at %H:%M")
    return '<span class="fbpost__time" title="%s">%s</span>' % (title, short)


def post_page(lang, headline, page_name, when, message_html, post_id, shared=None, doc_title=None):
    """An exported post. `shared`: (page_name, when, message_html) of the original when this is a share."""
    inner = """  <div class="fbpost__head">
    <img class="fbpost__avatar" src="/assets/avatars/{av}.jpg" alt="" width="40" height="40">
    <span class="fbpost__page">{page}</span>{action}
    {time}
  </div>
""".format(av=post_id % 7, page=esc(page_name), action=' <span class="fbpost__action">shared a post.</span>' if shared else "",
           time=fb_time(when))
    if shared:
        s_page, s_when, s_msg = shared
        inner += """  <div class="fbpost__shared">
    <div class="fbpost__head"><span class="fbpost__page">{page}</span> {time}</div>
    <h1 class="fbpost__headline">{h}</h1>
    <div class="fbpost__message">
{msg}
    </div>
  </div>
""".format(page=esc(s_page), time=fb_time(s_when), h=esc(headline), msg=s_msg)
    else:
        inner += """  <h1 class="fbpost__headline">{h}</h1>
  <div class="fbpost__message">
{msg}
  </div>
""".format(h=esc(headline), msg=message_html)
    other = "my" if lang == "en" else "en"
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{dt}</title>
<link rel="stylesheet" href="/assets/export.css">
</head>
<body>
<div class="export-banner">{banner} · <a href="/{lang}/">{index}</a> · <a href="/{other}/">{otherlang}</a></div>
<div class="fbpost" id="post-{pid}">
{inner}  <div class="fbpost__stats">{r} reactions · {c} comments · {s} shares</div>
</div>
<p class="export-note">Exported from Facebook on 6 June 2021. Times are shown as they appeared on the page (Myanmar time).</p>
</body>
</html>
""".format(lang=lang, dt=esc(doc_title or headline), banner="Archived posts of the National Unity Government of Myanmar" if lang == "en" else "အမျိုးသားညီညွတ်ရေးအစိုးရ ၏ ထုတ်ပြန်ချက်များ မှတ်တမ်း",
           index="All posts" if lang == "en" else "ထုတ်ပြန်ချက်များ အားလုံး", other=other,
           otherlang="မြန်မာ" if lang == "en" else "English", pid=1015900000000 + post_id, inner=inner,
           r="%d.%dK" % (post_id % 9 + 1, post_id % 10), c=post_id * 37 % 900 + 40, s="%d.%dK" % (post_id % 4 + 1, post_id % 7))


def build(w):
    w.site({
        "id": SID, "name": "National Unity Government of Myanmar (early website)", "port": PORT,
        "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "static pages exported from Facebook page posts, with hand-built index pages per language",
        "languages": ["en", "my"], "timezone": YGN,
        "owner": "National Unity Government", "publishes_for_others": True,
        "feeds": [], "wp_rest": None, "sitemaps": [],
        "listings": [{"url": "/en/", "pagination": "none (one page)", "order": "newest first"},
                     {"url": "/my/", "pagination": "none (one page)", "order": "newest first"}],
        "listing_markup": "ul.post-index > li.post-link: a (link, title), span.from (the Facebook page that posted it); no dates",
        "xpath": {"item": "//ul[@class='post-index']/li", "link": "./a/@href", "title": "./a", "date": None, "label": None, "next": None},
        "detail_markup": "div.fbpost: span.fbpost__page (the posting page, English or Burmese name), span.fbpost__time[title] ('Thursday, June 3, 2021 at 8:15 PM', naive Myanmar time; one post has no time at all), h1.fbpost__headline, div.fbpost__message with letterheads and signature lines; shared posts carry the original page's name in div.fbpost__shared",
        "slash_redirect": True,
        "robots": "Disallow: /drafts/ (the English index links a draft under it)",
        "notes": "Posts of the NUG and of its ministries' pages, CRPH announcements and posts shared from township bodies. Burmese announcements are titled only by their number, 'ကြေညာချက် အမှတ် (၇/၂၀၂၁)'.",
    })
    en, my = [], []

    # ---- N2: NUG announcement 7/2021 (en) ----
    n2_when = t("2021-06-03T20:15:00", YGN)
    n2_title = "Announcement (7/2021) on the planned visit of the ASEAN delegation to Naypyitaw"
    n2_path = "/en/posts/2021-06-03-announcement-7-2021.html"
    msg = paras("""National Unity Government
Announcement (7/2021)
3 June 2021

1. The National Unity Government has learned that a delegation led by the Chair of ASEAN and the Secretary-General of ASEAN will travel to Naypyitaw to meet the leaders of the military council.

2. Since the ASEAN Leaders' Meeting of 24 April 2021 agreed the Five-Point Consensus, the military council has not implemented a single point of it. It has killed more than 840 civilians, detained more than 4,400 people and launched attacks on ethnic areas with airstrikes and heavy artillery.

3. The National Unity Government is the legitimate government formed on the mandate of the people of Myanmar. Any engagement that excludes the National Unity Government and the representatives of the people will not bring a solution and will only lend legitimacy to those responsible for atrocity crimes.

4. The National Unity Government therefore calls on the ASEAN delegation to meet directly with the National Unity Government, to visit the areas where civilians are under attack, and to meet the families of those who have been killed and detained.

National Unity Government""")
    w.put(SID, n2_path, post_page("en", n2_title, NUG_PAGE_EN, n2_when, msg, 11), lastmod=n2_when)
    w.gold_item(SID, n2_path, n2_title, "National Unity Government", n2_when, "en")
    en.append((n2_title, n2_path, NUG_PAGE_EN))

    # ---- N2b: Burmese 7/2021 ----
    n2b_when = t("2021-06-03T20:05:00", YGN)
    n2b_title = "ကြေညာချက် အမှတ် (၇/၂၀၂၁)"
    n2b_path = "/my/posts/2021-06-03-announcement-7-2021.html"
    msg = paras("""အမျိုးသားညီညွတ်ရေးအစိုးရ
ကြေညာချက် အမှတ် (၇/၂၀၂၁)
%s
အာဆီယံ ကိုယ်စားလှယ်အဖွဲ့၏ နေပြည်တော်ခရီးစဉ်နှင့် စပ်လျဉ်း၍

၁။ အာဆီယံ ဥက္ကဋ္ဌနှင့် အာဆီယံ အတွင်းရေးမှူးချုပ်တို့ ဦးဆောင်သော ကိုယ်စားလှယ်အဖွဲ့သည် စစ်ကောင်စီခေါင်းဆောင်များနှင့် တွေ့ဆုံရန် နေပြည်တော်သို့ ခရီးထွက်မည်ဖြစ်ကြောင်း အမျိုးသားညီညွတ်ရေးအစိုးရက သိရှိရပါသည်။

၂။ ၂၀၂၁ ခုနှစ်၊ ဧပြီလ ၂၄ ရက်နေ့ အာဆီယံခေါင်းဆောင်များ အစည်းအဝေးတွင် သဘောတူခဲ့သည့် အချက်ငါးချက် သဘောတူညီချက်ကို စစ်ကောင်စီက တစ်ချက်မျှ အကောင်အထည်ဖော်ခြင်း မရှိသေးပါ။ အရပ်သား ၈၄၀ ကျော်ကို သတ်ဖြတ်ခဲ့ပြီး လူ ၄,၄၀၀ ကျော်ကို ဖမ်းဆီးထားကာ တိုင်းရင်းသားဒေသများကို လေကြောင်းနှင့် လက်နက်ကြီးများဖြင့် ဆက်လက် တိုက်ခိုက်နေပါသည်။

၃။ အမျိုးသားညီညွတ်ရေးအစိုးရသည် မြန်မာပြည်သူများ၏ ဆန္ဒဖြင့် ဖွဲ့စည်းထားသော တရားဝင်အစိုးရ ဖြစ်ပါသည်။ အမျိုးသားညီညွတ်ရေးအစိုးရနှင့် ပြည်သူ့ကိုယ်စားလှယ်များကို ဖယ်ထား၍ ဆောင်ရွက်မည့် မည်သည့်ဆွေးနွေးမှုမျှ ဖြေရှင်းချက် ရရှိမည်မဟုတ်ဘဲ ရာဇဝတ်မှုကျူးလွန်သူများကို တရားဝင်မှုသာ ပေးရာရောက်ပါမည်။

၄။ ထို့ကြောင့် အာဆီယံ ကိုယ်စားလှယ်အဖွဲ့အနေဖြင့် အမျိုးသားညီညွတ်ရေးအစိုးရနှင့် တိုက်ရိုက်တွေ့ဆုံရန်၊ အရပ်သားများ တိုက်ခိုက်ခံနေရသော ဒေသများသို့ သွားရောက်ရန်နှင့် သေဆုံးသူ၊ ဖမ်းဆီးခံရသူများ၏ မိသားစုများနှင့် တွေ့ဆုံရန် တောင်းဆိုပါသည်။

အမျိုးသားညီညွတ်ရေးအစိုးရ""" % my_date(n2b_when))
    w.put(SID, n2b_path, post_page("my", n2b_title, NUG_PAGE_MY, n2b_when, msg, 12), lastmod=n2b_when)
    w.gold_item(SID, n2b_path, n2b_title, "National Unity Government", n2b_when, "my", pair_of=n2_path,
                note="Burmese version of Announcement (7/2021); posted ten minutes before the English one")
    my.append((n2b_title, n2b_path, NUG_PAGE_MY))

    # ---- N1: Ministry of Human Rights 5/2021 (my) ----
    n1_when = t("2021-05-30T19:30:00", YGN)
    n1_title = "ကြေညာချက် အမှတ် (၅/၂၀၂၁)"
    n1_path = "/my/posts/2021-05-30-mohr-announcement-5-2021.html"
    msg = paras("""အမျိုးသားညီညွတ်ရေးအစိုးရ
လူ့အခွင့်အရေးဝန်ကြီးဌာန
ကြေညာချက် အမှတ် (၅/၂၀၂၁)
%s

၁။ အာဏာဖီဆန်ရေးလှုပ်ရှားမှု (CDM) တွင် ပါဝင်နေသော ဝန်ထမ်းများနှင့် ဆန္ဒပြသူများကို ဖမ်းဆီးရန် မတွေ့ရှိပါက ၎င်းတို့၏ မိဘများ၊ ဇနီးခင်ပွန်းများနှင့် ကလေးငယ်များကို စစ်ကောင်စီက ဓားစာခံအဖြစ် ဖမ်းဆီးထိန်းသိမ်းနေကြောင်း သတင်းအချက်အလက်များ လူ့အခွင့်အရေးဝန်ကြီးဌာနသို့ ဆက်တိုက် ရောက်ရှိနေပါသည်။

၂။ မေလ ၂၀ ရက်မှ ၂၉ ရက်အတွင်း ရန်ကုန်၊ မန္တလေး၊ စစ်ကိုင်းနှင့် မကွေးတိုင်းဒေသကြီးတို့တွင် ဓားစာခံအဖြစ် ဖမ်းဆီးခံရသူ အနည်းဆုံး ၄၆ ဦး ရှိကြောင်း မှတ်တမ်းတင်ထားပြီး ၎င်းတို့အနက် အသက် ၁၈ နှစ်အောက် ကလေး ၇ ဦး ပါဝင်ပါသည်။

၃။ ဓားစာခံဖမ်းဆီးခြင်းသည် နိုင်ငံတကာ လူ့အခွင့်အရေးဥပဒေနှင့် နိုင်ငံတကာ လူသားချင်းစာနာမှုဆိုင်ရာ ဥပဒေတို့ကို ပြင်းထန်စွာ ချိုးဖောက်သည့် ပြစ်မှုဖြစ်ပါသည်။ ဓားစာခံအဖြစ် ဖမ်းဆီးထားသူ အားလုံးကို ချက်ချင်း ခြွင်းချက်မရှိ ပြန်လည်လွှတ်ပေးရန် တောင်းဆိုပါသည်။

၄။ ဤကဲ့သို့ ဖမ်းဆီးမှုများနှင့် ပတ်သက်သည့် အထောက်အထားများကို လူ့အခွင့်အရေးဝန်ကြီးဌာနသို့ ပေးပို့ကြရန် ပြည်သူများအား မေတ္တာရပ်ခံပါသည်။

လူ့အခွင့်အရေးဝန်ကြီးဌာန
အမျိုးသားညီညွတ်ရေးအစိုးရ""" % my_date(n1_when))
    w.put(SID, n1_path, post_page("my", n1_title, "Ministry of Human Rights - National Unity Government of Myanmar", n1_when, msg, 5),
          lastmod=n1_when)
    w.gold_item(SID, n1_path, n1_title, "National Unity Government (Ministry of Human Rights)", n1_when, "my",
                note="Burmese-only; the letterhead names the ministry under the NUG")
    my.append((n1_title, n1_path, "Ministry of Human Rights - National Unity Government of Myanmar"))

    # ---- N4: Ministry of Women, Youths and Children Affairs (my) ----
    n4_when = t("2021-06-01T16:45:00", YGN)
    n4_title = "အမျိုးသမီးများနှင့် ကလေးသူငယ်များအပေါ် စစ်ကောင်စီ၏ အကြမ်းဖက်မှုများကို ပြင်းထန်စွာ ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်"
    n4_path = "/my/posts/2021-06-01-mowyca-statement.html"
    msg = paras("""အမျိုးသားညီညွတ်ရေးအစိုးရ
အမျိုးသမီး၊ လူငယ်နှင့် ကလေးသူငယ်ရေးရာ ဝန်ကြီးဌာန
ထုတ်ပြန်ချက်
%s

၁။ စစ်ကောင်စီ တပ်ဖွဲ့များသည် ကယားပြည်နယ်၊ ချင်းပြည်နယ်နှင့် စစ်ကိုင်းတိုင်းဒေသကြီးတို့တွင် အမျိုးသမီးများနှင့် ကလေးသူငယ်များကို ဖမ်းဆီးနှိပ်စက်ခြင်း၊ လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်ခြင်းနှင့် သတ်ဖြတ်ခြင်းများ ကျူးလွန်နေကြောင်း ခိုင်လုံသော သတင်းများ ရရှိထားပါသည်။

၂။ ဖေဖော်ဝါရီလ ၁ ရက်မှစ၍ ကလေးသူငယ် အနည်းဆုံး ၅၆ ဦး သေဆုံးခဲ့ပြီး အမျိုးသမီး ၆၀ ကျော် အသတ်ခံခဲ့ရကြောင်း သိရှိရပါသည်။ နေရပ်စွန့်ခွာ တိမ်းရှောင်နေရသူများထဲတွင် ကိုယ်ဝန်ဆောင် မိခင်များနှင့် နို့စို့ကလေးငယ်များ များစွာ ပါဝင်နေပါသည်။

၃။ အမျိုးသမီး၊ လူငယ်နှင့် ကလေးသူငယ်ရေးရာ ဝန်ကြီးဌာနသည် ဤရာဇဝတ်မှုများကို ပြင်းထန်စွာ ရှုတ်ချပြီး ကျူးလွန်သူများကို တရားဥပဒေအရ အရေးယူနိုင်ရေးအတွက် အထောက်အထားများ စုဆောင်းမှတ်တမ်းတင်သွားမည် ဖြစ်ပါသည်။

၄။ ကုလသမဂ္ဂ လုံခြုံရေးကောင်စီနှင့် နိုင်ငံတကာအသိုင်းအဝိုင်းအား မြန်မာနိုင်ငံရှိ အမျိုးသမီးများနှင့် ကလေးသူငယ်များကို ကာကွယ်ရန် ထိရောက်သော အရေးယူမှုများ ချက်ချင်းဆောင်ရွက်ပေးရန် တောင်းဆိုပါသည်။

အမျိုးသမီး၊ လူငယ်နှင့် ကလေးသူငယ်ရေးရာ ဝန်ကြီးဌာန""" % my_date(n4_when))
    w.put(SID, n4_path, post_page("my", n4_title, "Ministry of Women, Youths and Children Affairs - NUG", n4_when, msg, 8), lastmod=n4_when)
    w.gold_item(SID, n4_path, n4_title, "National Unity Government (Ministry of Women, Youths and Children Affairs)", n4_when, "my",
                note="the ministry's English name is the Facebook page's name; the letterhead is Burmese")
    my.append((n4_title, n4_path, "Ministry of Women, Youths and Children Affairs - NUG"))

    # ---- N5: joint Ministry of Health and Ministry of Human Rights (en) ----
    n5_when = t("2021-06-01T18:40:00", YGN)
    n5_title = "Joint Statement on the Military Council's Attacks on Health Care Workers"
    n5_path = "/en/posts/2021-06-01-moh-mohr-joint-statement.html"
    msg = paras("""National Unity Government of the Republic of the Union of Myanmar
Ministry of Health
Ministry of Human Rights

Joint Statement
1 June 2021

1. Since the attempted coup of 1 February 2021, the military council has carried out at least 179 attacks on health care workers, health facilities and ambulances. At least 13 health workers have been killed, 32 injured and more than 150 arrested, and arrest warrants have been issued against hundreds of doctors and nurses for their participation in the Civil Disobedience Movement.

2. Soldiers continue to occupy public hospitals, and injured protesters have been taken from hospital beds to interrogation centres. Private clinics that treat the injured have been raided and closed.

3. These acts violate the Geneva Conventions and international human rights law, and they deprive the people of Myanmar of health care in the midst of the COVID-19 pandemic.

4. The Ministry of Health and the Ministry of Human Rights call on the international community to support the health workers of the Civil Disobedience Movement, to press for the release of all detained health workers, and to support the documentation of these crimes for future accountability.

Ministry of Health
Ministry of Human Rights
National Unity Government""")
    w.put(SID, n5_path, post_page("en", n5_title, NUG_PAGE_EN, n5_when, msg, 9), lastmod=n5_when)
    w.gold_item(SID, n5_path, n5_title, "National Unity Government (Ministry of Health and Ministry of Human Rights)", n5_when, "en",
                note="two ministries of one government, in the letterhead's order")
    en.append((n5_title, n5_path, NUG_PAGE_EN))

    # ---- N3: CRPH announcement, date only in the title ----
    n3_title = "Announcement (26/2021) May 31, 2021"
    n3_path = "/en/posts/crph-announcement-26-2021.html"
    n3_when = t("2021-05-31T12:00:00", YGN)
    msg = paras("""The Committee Representing Pyidaungsu Hluttaw announces the following.

1. The so-called Union Election Commission formed by the military council has announced that it will dissolve the National League for Democracy and charge its leaders with treason. This so-called commission has no legal authority, and none of its decisions have any effect.

2. The results of the general election of 8 November 2020 remain the expression of the will of the people. The Committee Representing Pyidaungsu Hluttaw, formed by the elected representatives of the Pyidaungsu Hluttaw, will continue to carry out its duties on the basis of those results.

3. Members of the public and civil servants are urged not to cooperate with any activity of the so-called commission.

Committee Representing Pyidaungsu Hluttaw""")
    w.put(SID, n3_path, post_page("en", n3_title, "Committee Representing Pyidaungsu Hluttaw - CRPH", None, msg, 3), lastmod=t("2021-06-06T10:00:00", YGN))
    w.gold_item(SID, n3_path, n3_title, "Committee Representing Pyidaungsu Hluttaw", n3_when, "en",
                note="the export lost the post's time; the date is only in the title (31 May 2021, inside the week)")
    en.append((n3_title, n3_path, "Committee Representing Pyidaungsu Hluttaw - CRPH"))

    # ---- N8: shared post of a township people's administration committee (my) ----
    n8_when = t("2021-06-02T10:12:00", YGN)
    n8_title = "ကနီမြို့နယ်အတွင်း ကျေးရွာများ မီးရှို့ခံရမှုနှင့် စပ်လျဉ်း၍ ထုတ်ပြန်ချက်"
    n8_path = "/my/posts/2021-06-02-kani-township-statement.html"
    msg = paras("""ထုတ်ပြန်ချက်
%s

၁။ မေလ ၃၁ ရက်နေ့ ညပိုင်းတွင် စစ်ကောင်စီတပ်ဖွဲ့ဝင် ၁၅၀ ခန့်သည် ကနီမြို့နယ် အနောက်ဘက်ရှိ ကျေးရွာ သုံးရွာသို့ ဝင်ရောက်ကာ နေအိမ် ၂၀၀ ကျော်ကို မီးရှို့ဖျက်ဆီးခဲ့ပါသည်။ ရွာသူရွာသား ထောင်ချီ၍ တောအုပ်များထဲသို့ ထွက်ပြေးတိမ်းရှောင်နေရပြီး သက်ကြီးရွယ်အို နှစ်ဦး သေဆုံးခဲ့ပါသည်။

၂။ ဤကဲ့သို့ ကျေးရွာများကို မီးရှို့ခြင်းသည် အရပ်သားပြည်သူများကို အုပ်စုလိုက် အပြစ်ပေးခြင်းဖြစ်ပြီး စစ်ရာဇဝတ်မှု မြောက်ပါသည်။

၃။ ကနီမြို့နယ် ပြည်သူ့အုပ်ချုပ်ရေးကော်မတီအနေဖြင့် တိမ်းရှောင်နေရသူများအတွက် စားနပ်ရိက္ခာနှင့် ဆေးဝါးများ ဖြည့်ဆည်းပေးနေပါသည်။ ဖြစ်စဉ်ကို အသေးစိတ် မှတ်တမ်းတင်၍ အမျိုးသားညီညွတ်ရေးအစိုးရ လူ့အခွင့်အရေးဝန်ကြီးဌာနသို့ ပေးပို့ထားပါသည်။

ကနီမြို့နယ် ပြည်သူ့အုပ်ချုပ်ရေးကော်မတီ""" % my_date(n8_when))
    w.put(SID, n8_path, post_page("my", n8_title, NUG_PAGE_MY, t("2021-06-02T13:40:00", YGN), "", 14,
                                  shared=("ကနီမြို့နယ် ပြည်သူ့အုပ်ချုပ်ရေးကော်မတီ", n8_when, msg)), lastmod=n8_when)
    w.gold_item(SID, n8_path, n8_title, "Kani Township People's Administration Committee", n8_when, "my",
                note="a post the NUG page shared; the body is named only in Burmese (ကနီမြို့နယ် ပြည်သူ့အုပ်ချုပ်ရေးကော်မတီ), rendered term by term")
    my.append((n8_title, n8_path, NUG_PAGE_MY))

    # ---- distractors ----
    pc_when = t("2021-06-01T09:00:00", YGN)
    pc_title = "Notice: National Unity Government press conference on Friday, 4 June 2021"
    pc_path = "/en/posts/2021-06-01-press-conference-notice.html"
    msg = paras("""The National Unity Government will hold an online press conference on Friday, 4 June 2021, at 10:00 am Myanmar time.

Spokespersons of the Ministry of Foreign Affairs, the Ministry of Human Rights and the Ministry of Health will answer questions from journalists. Journalists may register through the Ministry of Communications, Information and Technology.""")
    w.put(SID, pc_path, post_page("en", pc_title, NUG_PAGE_EN, pc_when, msg, 20), lastmod=pc_when)
    w.distractor("nug-press-conference", SID, pc_path, pc_title, pc_when, "event", "Press-conference announcement.")
    en.append((pc_title, pc_path, NUG_PAGE_EN))

    pcm_when = t("2021-06-01T09:05:00", YGN)
    pcm_title = "သတင်းစာရှင်းလင်းပွဲ ကျင်းပပြုလုပ်မည်"
    pcm_path = "/my/posts/2021-06-01-press-conference-notice.html"
    msg = paras("""အမျိုးသားညီညွတ်ရေးအစိုးရသည် ၂၀၂၁ ခုနှစ်၊ ဇွန်လ ၄ ရက် (သောကြာနေ့) နံနက် ၁၀ နာရီတွင် အွန်လိုင်းမှ သတင်းစာရှင်းလင်းပွဲ ကျင်းပပြုလုပ်မည် ဖြစ်ပါသည်။

သတင်းထောက်များ စာရင်းပေးသွင်းနိုင်ပါသည်။""")
    w.put(SID, pcm_path, post_page("my", pcm_title, NUG_PAGE_MY, pcm_when, msg, 21), lastmod=pcm_when)
    w.distractor("nug-press-conference-my", SID, pcm_path, pcm_title, pcm_when, "event", "Burmese notice of the same press conference.")
    my.append((pcm_title, pcm_path, NUG_PAGE_MY))

    don_when = t("2021-05-31T11:00:00", YGN)
    don_title = "Support the Civil Disobedience Movement: how to donate"
    don_path = "/en/posts/2021-05-31-donate-cdm-support.html"
    msg = paras("""Civil servants who have joined the Civil Disobedience Movement and their families need our support.

You can donate to the CDM support fund through the accounts listed below. Every contribution is recorded and reported monthly.""")
    w.put(SID, don_path, post_page("en", don_title, NUG_PAGE_EN, don_when, msg, 22), lastmod=don_when)
    w.distractor("nug-donate", SID, don_path, don_title, don_when, "petition",
                 "A fundraising appeal (EDITORIAL: fundraising appeals are left out).", kind="fundraising")
    en.append((don_title, don_path, NUG_PAGE_EN))

    vac_when = t("2021-06-02T15:00:00", YGN)
    vac_title = "Ministry of Education: call for volunteer teachers for online basic education"
    vac_path = "/en/posts/2021-06-02-volunteer-teachers.html"
    msg = paras("""The Ministry of Education of the National Unity Government invites teachers who have joined the Civil Disobedience Movement and qualified volunteers to apply to teach in its online basic education programme.

Applications close on 15 June 2021.""")
    w.put(SID, vac_path, post_page("en", vac_title, "Ministry of Education - National Unity Government", vac_when, msg, 23), lastmod=vac_when)
    w.distractor("nug-volunteer-teachers", SID, vac_path, vac_title, vac_when, "vacancy", "A call for applications.")
    en.append((vac_title, vac_path, "Ministry of Education - National Unity Government"))

    old_when = t("2021-05-28T23:50:00", YGN)
    old_title = "Announcement (6/2021) on the protection of civilians in Kayah State"
    old_path = "/en/posts/2021-05-28-announcement-6-2021.html"
    msg = paras("""National Unity Government
Announcement (6/2021)
28 May 2021

The National Unity Government condemns the military council's attacks on civilians in Demoso and Loikaw and calls on all people's defence forces to protect civilians.

National Unity Government""")
    w.put(SID, old_path, post_page("en", old_title, NUG_PAGE_EN, old_when, msg, 6), lastmod=old_when)
    w.distractor("nug-before-window", SID, old_path, old_title, old_when, "outside_window",
                 "Posted at 11:50 PM on 28 May, Myanmar time: the day before the week.", trap="naive time ten minutes before the window")
    en.append((old_title, old_path, NUG_PAGE_EN))

    aft_when = t("2021-06-05T09:30:00", YGN)
    aft_title = "ကြေညာချက် အမှတ် (၈/၂၀၂၁)"
    aft_path = "/my/posts/2021-06-05-announcement-8-2021.html"
    msg = paras("""အမျိုးသားညီညွတ်ရေးအစိုးရ
ကြေညာချက် အမှတ် (၈/၂၀၂၁)
%s

အာဆီယံ ကိုယ်စားလှယ်အဖွဲ့သည် အမျိုးသားညီညွတ်ရေးအစိုးရနှင့် မတွေ့ဆုံဘဲ ပြန်လည်ထွက်ခွာသွားခြင်းအပေါ် ဝမ်းနည်းမိကြောင်း ထုတ်ပြန်အပ်ပါသည်။

အမျိုးသားညီညွတ်ရေးအစိုးရ""" % my_date(aft_when))
    w.put(SID, aft_path, post_page("my", aft_title, NUG_PAGE_MY, aft_when, msg, 13), lastmod=aft_when)
    w.distractor("nug-after-window", SID, aft_path, aft_title, aft_when, "outside_window", "Posted on 5 June, after the week.")
    my.insert(0, (aft_title, aft_path, NUG_PAGE_MY))

    dr_path = "/drafts/announcement-8-2021-en.html"
    dr_title = "Announcement (8/2021) – draft for translation"
    w.put(SID, dr_path, post_page("en", dr_title, NUG_PAGE_EN, t("2021-06-04T22:00:00", YGN),
                                  paras("DRAFT – not for publication.\n\nThe National Unity Government regrets that the ASEAN delegation …"), 30),
          lastmod=t("2021-06-04T22:00:00", YGN))
    w.distractor("nug-draft", SID, dr_path, dr_title, t("2021-06-04T22:00:00", YGN), "robots_disallowed",
                 "A draft under /drafts/, which robots.txt disallows; the English index links it.")
    en.insert(0, (dr_title + " (preview)", dr_path, NUG_PAGE_EN))

    # ---- index pages (no dates) ----
    def index(lang, rows):
        ttl = "National Unity Government of Myanmar – announcements and statements" if lang == "en" else "အမျိုးသားညီညွတ်ရေးအစိုးရ – ကြေညာချက်များ၊ ထုတ်ပြန်ချက်များ"
        out = ["""<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/assets/export.css"></head>
<body>
<div class="export-banner"><a href="/en/">English</a> · <a href="/my/">မြန်မာ</a></div>
<h1>%s</h1>
<p class="intro">%s</p>
<ul class="post-index">
""" % (lang, esc(ttl), esc(ttl), "Posts of the National Unity Government, its ministries and the CRPH, as published on Facebook." if lang == "en"
       else "အမျိုးသားညီညွတ်ရေးအစိုးရ၊ ဝန်ကြီးဌာနများနှင့် CRPH ၏ Facebook ထုတ်ပြန်ချက်များ")]
        for title, href, frm in rows:
            rel = href[len("/%s/" % lang):] if href.startswith("/%s/" % lang) else href
            out.append('  <li class="post-link"><a href="%s">%s</a> <span class="from">%s</span></li>\n' % (esc(rel), esc(title), esc(frm)))
        out.append("</ul>\n</body></html>\n")
        return "".join(out)

    # newest first by file name date; the CRPH post (no date) sits where the export put it
    en_order = [r for r in en]
    en_order.sort(key=lambda r: r[1].rsplit("/", 1)[1], reverse=True)
    my.sort(key=lambda r: r[1].rsplit("/", 1)[1], reverse=True)
    w.put(SID, "/en/", index("en", en_order), lastmod=t("2021-06-06T10:00:00", YGN))
    w.put(SID, "/my/", index("my", my), lastmod=t("2021-06-06T10:00:00", YGN))
    w.put(SID, "/", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>National Unity Government of Myanmar</title></head>
<body><h1>National Unity Government of Myanmar</h1><p><a href="/en/">English</a> | <a href="/my/">မြန်မာ</a></p></body></html>
""")
    w.put(SID, "/robots.txt", "User-agent: *\nDisallow: /drafts/\n", ext=".txt")

    w.content_fault(id="nug-index-without-dates", site=SID, url=w.base(SID) + "/en/", type="listing_without_dates",
                    description="Both index pages list posts without dates; dates are in each post's time title (naive Myanmar time) or, for the CRPH post, only in its title.",
                    expect="read every post page for its date; keep the 31 May CRPH announcement, drop the 28 May and 5 June posts")
    w.content_fault(id="nug-naive-times", site=SID, url=w.base(SID) + "/en/posts/2021-05-28-announcement-6-2021.html", type="naive_timestamps",
                    description="Post times are 'Friday, May 28, 2021 at 11:50 PM' with no zone; the site is in Asia/Yangon.",
                    expect="28 May 23:50 in Yangon is outside the week")

    for lang in ("en", "my"):
        w.source(id="nug-%s" % lang, name="National Unity Government (%s)" % ("English" if lang == "en" else "Burmese"), type="html",
                 url=w.base(SID) + "/%s/" % lang, timeZone=YGN, language=lang, publishesForOthers=True,
                 selectors={"item": "//ul[@class='post-index']/li", "link": "./a/@href", "title": "./a"})

    w.case("nug-numbered-titles", "Burmese announcements titled only 'ကြေညာချက် အမှတ် (၅/၂၀၂၁)' and 'ကြေညာချက် အမှတ် (၇/၂၀၂၁)'; one is the NUG's, one its Ministry of Human Rights'.",
           "titles stay Burmese; issuers from the letterheads and posting pages")
    w.case("nug-shared-post", "The NUG page 'shared a post' of ကနီမြို့နယ် ပြည်သူ့အုပ်ချုပ်ရေးကော်မတီ.",
           "By Kani Township People's Administration Committee, not the NUG")
    w.case("crph-date-in-title", "CRPH 'Announcement (26/2021) May 31, 2021': no time on the post, no date on the index.",
           "dated 31 May 2021 from its title; By Committee Representing Pyidaungsu Hluttaw")
    w.case("nug-two-ministries", "Joint statement of the NUG's Ministry of Health and Ministry of Human Rights (letterhead and signature).",
           "By National Unity Government (Ministry of Health and Ministry of Human Rights)")
