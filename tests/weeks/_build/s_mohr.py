"""mohr: the NUG Ministry of Human Rights, a bilingual WordPress site (Polylang) with an open REST API."""
import json
from common import STATEMENTS, REPORTS, at, esc, attr, enc, rfc822, paras, tiny_pdf

SID = "mohr"
NAME_EN = "Ministry of Human Rights"
NAME_MY = "လူ့အခွင့်အရေးဝန်ကြီးဌာန"
ISSUER = "National Unity Government (Ministry of Human Rights)"
CATS = {2: ("Statements", "statements", "en"), 3: ("Announcements", "announcements", "en"),
        4: ("Press Releases", "press-releases", "en"), 5: ("Reports", "reports", "en"),
        6: ("Events", "events", "en"), 7: ("Vacancies", "vacancies", "en"),
        12: ("ထုတ်ပြန်ချက်များ", "statements-my", "my"), 13: ("ကြေညာချက်များ", "announcements-my", "my"),
        15: ("အစီရင်ခံစာများ", "reports-my", "my")}

LH_EN = "National Unity Government of the Republic of the Union of Myanmar"
LH_MY = "ပြည်ထောင်စုသမ္မတမြန်မာနိုင်ငံ အမျိုးသားညီညွတ်ရေးအစိုးရ"

POSTS = [
 dict(key="S1", id=2215, lang="en", cat=2, when="2022-03-13 10:00",
      path="/2022/03/13/statement-on-myanmar-human-rights-day-2022/",
      title="Statement on Myanmar Human Rights Day 2022", pair="S2",
      letter=[LH_EN, "Ministry of Human Rights"], dateline="13 March 2022",
      body=["Today, 13 March, the people of Myanmar mark Myanmar Human Rights Day. We remember Maung Phone Maw, the Rangoon Institute of Technology student who was shot dead by security forces on this day in 1988, and the generations of students, workers and monks who have given their lives for the rights of others since then.",
            "Thirty-four years later the people are paying that price again. Since the attempted coup of 1 February 2021 the military has killed more than 1,600 civilians and arrested over 12,000 people, according to the documentation received by the Ministry. Whole villages in Sagaing and Magway Regions and in Chin, Karenni and Karen States have been burned. Political prisoners are tortured in interrogation centres and denied lawyers and medical care.",
            "The Ministry of Human Rights honours every person who has refused to accept this injustice, and reaffirms the commitment of the National Unity Government to a federal democratic union in which human rights are protected by law and no one stands above it.",
            "The Ministry calls on the international community to stop treating the military council as a government, to deny it weapons, jet fuel and revenue, and to support the collection and preservation of evidence so that those responsible for crimes against humanity and war crimes are brought to justice."],
      sign=["Ministry of Human Rights", "National Unity Government"]),
 dict(key="S2", id=2217, lang="my", cat=12, when="2022-03-13 10:30",
      path="/my/2022/03/13/၂၀၂၂-မြန်မာ့လူ့အခွင့်အရေးနေ့-ထုတ်ပြန်ချက်/",
      title="၂၀၂၂ ခုနှစ် မြန်မာ့လူ့အခွင့်အရေးနေ့ ထုတ်ပြန်ချက်", pair_of="S1",
      letter=[LH_MY, NAME_MY], dateline="မတ်လ ၁၃ ရက်၊ ၂၀၂၂",
      body=["ယနေ့ မတ်လ ၁၃ ရက်နေ့သည် မြန်မာ့လူ့အခွင့်အရေးနေ့ ဖြစ်ပါသည်။ ၁၉၈၈ ခုနှစ် ယနေ့တွင် လုံခြုံရေးတပ်ဖွဲ့များ၏ ပစ်ခတ်မှုကြောင့် ကျဆုံးခဲ့သော ရန်ကုန်စက်မှုတက္ကသိုလ် ကျောင်းသား မောင်ဖုန်းမော်နှင့် လူ့အခွင့်အရေးအတွက် အသက်ပေးခဲ့ကြသော ကျောင်းသား၊ အလုပ်သမား၊ ရဟန်းသံဃာ မျိုးဆက်များကို ဂုဏ်ပြုအောက်မေ့ပါသည်။",
            "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက် အာဏာသိမ်းရန် ကြိုးပမ်းမှုနောက်ပိုင်း စစ်တပ်သည် အရပ်သား ၁,၆၀၀ ကျော်ကို သတ်ဖြတ်ခဲ့ပြီး လူပေါင်း ၁၂,၀၀၀ ကျော်ကို ဖမ်းဆီးခဲ့ကြောင်း ဝန်ကြီးဌာနသို့ ရောက်ရှိလာသော မှတ်တမ်းများအရ သိရှိရပါသည်။ စစ်ကိုင်းတိုင်း၊ မကွေးတိုင်းနှင့် ချင်း၊ ကရင်နီ၊ ကရင်ပြည်နယ်များရှိ ကျေးရွာများ မီးရှို့ဖျက်ဆီးခံခဲ့ရပါသည်။ နိုင်ငံရေးအကျဉ်းသားများကို စစ်ကြောမှုစခန်းများတွင် ညှဉ်းပန်းနှိပ်စက်ပြီး ရှေ့နေနှင့် ဆေးဝါးကုသမှု ရယူခွင့်ကို ငြင်းပယ်ထားပါသည်။",
            "လူ့အခွင့်အရေးဝန်ကြီးဌာနသည် မတရားမှုကို လက်မခံဘဲ ရပ်တည်နေကြသူ အားလုံးကို ဂုဏ်ပြုပြီး လူ့အခွင့်အရေးကို ဥပဒေဖြင့် ကာကွယ်ပေးသော ဖက်ဒရယ်ဒီမိုကရေစီ ပြည်ထောင်စု တည်ဆောက်ရေးအတွက် အမျိုးသားညီညွတ်ရေးအစိုးရ၏ သန္နိဋ္ဌာန်ကို ထပ်မံအတည်ပြုပါသည်။",
            "နိုင်ငံတကာအသိုင်းအဝိုင်းအနေဖြင့် စစ်ကောင်စီကို အစိုးရအဖြစ် ဆက်ဆံခြင်း ရပ်တန့်ရန်၊ လက်နက်၊ လေယာဉ်လောင်စာနှင့် ဝင်ငွေရလမ်းများ ပိတ်ဆို့ရန်နှင့် လူသားမျိုးနွယ်အပေါ် ကျူးလွန်သော ရာဇဝတ်မှုများနှင့် စစ်ရာဇဝတ်မှုများအတွက် တာဝန်ခံမှုရှိစေရေး သက်သေအထောက်အထားများ စုဆောင်းထိန်းသိမ်းမှုကို ကူညီပံ့ပိုးရန် တိုက်တွန်းပါသည်။"],
      sign=[NAME_MY, "အမျိုးသားညီညွတ်ရေးအစိုးရ"]),
 dict(key="S5", id=2222, lang="en", cat=2, when="2022-03-14 16:30",
      path="/2022/03/14/joint-statement-on-crimes-against-women-and-children-in-sagaing-and-magway-regions/",
      title="Joint Statement on Crimes against Women and Children in Sagaing and Magway Regions",
      issuer="National Unity Government (Ministry of Human Rights and Ministry of Women, Youths and Children Affairs)",
      letter=[LH_EN, "Ministry of Human Rights  |  Ministry of Women, Youths and Children Affairs"], dateline="14 March 2022",
      body=["The Ministry of Human Rights and the Ministry of Women, Youths and Children Affairs of the National Unity Government jointly condemn the crimes committed by military council troops against women and children during raids on villages in Sagaing and Magway Regions in February and March 2022.",
            "Testimonies gathered by both ministries describe the rape of women during raids in Salingyi and Gangaw Townships, the detention of children as hostages to force their parents to surrender, and the killing of at least 14 children by artillery fire and airstrikes. Schools and monasteries sheltering displaced families have been shelled.",
            "These acts violate the Convention on the Rights of the Child and the Convention on the Elimination of All Forms of Discrimination against Women, to which Myanmar is a party, and may amount to war crimes.",
            "The two ministries call on the Special Representative of the Secretary-General for Children and Armed Conflict to list the Myanmar military for these violations, and on humanitarian agencies to provide psychosocial support and protection services to survivors through local women's and children's organisations."],
      sign=["Ministry of Human Rights", "Ministry of Women, Youths and Children Affairs", "National Unity Government"]),
 dict(key="S3", id=2230, lang="en", cat=3, when="2022-03-16 01:10",
      path="/2022/03/16/announcement-no-17-2022-on-the-military-councils-arson-attacks-in-sagaing-region/",
      title="Announcement No. (17/2022) on the Military Council's Arson Attacks in Sagaing Region",
      letter=[LH_EN, "Ministry of Human Rights"], dateline="15 March 2022",
      body=["Between 1 and 14 March 2022, troops of the military council set fire to homes in at least 23 villages in Myinmu, Pale, Yinmabin and Kani Townships of Sagaing Region. Information received by the Ministry of Human Rights indicates that more than 1,100 houses were destroyed and that at least nine villagers, among them two elderly people who could not flee, were killed.",
            "The deliberate burning of civilian homes, food stores and livestock is collective punishment of the civilian population. It is prohibited under international humanitarian law and, carried out as part of a widespread and systematic attack, constitutes a crime against humanity.",
            "The Ministry announces that it is documenting each incident and will submit its findings to the Independent Investigative Mechanism for Myanmar. Survivors and witnesses may contact the Ministry's documentation team through the secure channels listed on this website.",
            "The Ministry urges the international community to impose targeted sanctions on the commanders of the units responsible and to support humanitarian assistance to the displaced families through local organisations."],
      sign=["Ministry of Human Rights", "National Unity Government"]),
 dict(key="R6", id=2205, lang="en", cat=5, when="2022-03-12 08:00", section=REPORTS, pair="R7",
      path="/2022/03/12/monthly-human-rights-situation-report-february-2022/",
      title="Monthly Human Rights Situation Report: February 2022",
      pdf="/wp-content/uploads/2022/03/MOHR-Monthly-Report-February-2022-EN.pdf",
      body=["The Ministry of Human Rights publishes its monthly report on the human rights situation in Myanmar for February 2022. The report compiles the incidents documented by the Ministry's field teams and partner organisations in 14 states and regions.",
            "Key findings for February 2022: 176 civilians killed, among them 19 children; 1,380 people arrested, of whom 410 remain in incommunicado detention; 2,740 houses burned in 61 villages; and 38 attacks on schools, clinics and religious buildings.",
            "The report also records the first use of the amended Ward or Village-Tract Administration Law to arrest residents who hosted displaced relatives, and the growing number of detainees transferred to military interrogation centres in Mandalay and Monywa."],
      sign=None),
 dict(key="R7", id=2207, lang="my", cat=15, when="2022-03-12 08:30", section=REPORTS, pair_of="R6",
      path="/my/2022/03/12/monthly-human-rights-situation-report-february-2022-my/",
      title="၂၀၂၂ ခုနှစ် ဖေဖော်ဝါရီလ လူ့အခွင့်အရေး အခြေအနေ လစဉ်အစီရင်ခံစာ",
      pdf="/wp-content/uploads/2022/03/MOHR-Monthly-Report-February-2022-MM.pdf",
      body=["လူ့အခွင့်အရေးဝန်ကြီးဌာနသည် ၂၀၂၂ ခုနှစ် ဖေဖော်ဝါရီလအတွက် မြန်မာနိုင်ငံ လူ့အခွင့်အရေး အခြေအနေ လစဉ်အစီရင်ခံစာကို ထုတ်ပြန်လိုက်ပါသည်။ အစီရင်ခံစာတွင် ပြည်နယ်နှင့် တိုင်းဒေသကြီး ၁၄ ခုအတွင်း ဝန်ကြီးဌာန၏ ကွင်းဆင်းအဖွဲ့များနှင့် မိတ်ဖက်အဖွဲ့အစည်းများက မှတ်တမ်းတင်ထားသော ဖြစ်ရပ်များကို စုစည်းထားပါသည်။",
            "အဓိက တွေ့ရှိချက်များ - ကလေး ၁၉ ဦး အပါအဝင် အရပ်သား ၁၇၆ ဦး သေဆုံး၊ လူ ၁,၃၈၀ ဖမ်းဆီးခံရ၊ ကျေးရွာ ၆၁ ရွာတွင် အိမ်ခြေ ၂,၇၄၀ မီးလောင်ကျွမ်း၊ စာသင်ကျောင်း၊ ဆေးခန်းနှင့် ဘာသာရေး အဆောက်အအုံများအပေါ် တိုက်ခိုက်မှု ၃၈ ကြိမ် ဖြစ်ပွားခဲ့ပါသည်။"],
      sign=None),
 # --- not for the bulletin ---
 dict(key="D1", id=2190, lang="en", cat=3, when="2022-03-10 11:00",
      path="/2022/03/10/announcement-no-16-2022-on-the-detention-of-family-members-of-cdm-staff/",
      title="Announcement No. (16/2022) on the Detention of Family Members of Civil Disobedience Movement Staff",
      category="outside_window", why="published 10 March 2022, before the window",
      letter=[LH_EN, "Ministry of Human Rights"], dateline="10 March 2022",
      body=["The Ministry of Human Rights has received reports that the military council is detaining parents, spouses and children of civil servants who joined the Civil Disobedience Movement in order to force them to return to work.",
            "Taking family members hostage is a serious violation of human rights. The Ministry will document every such case."],
      sign=["Ministry of Human Rights", "National Unity Government"]),
 dict(key="D3", id=2226, lang="en", cat=7, when="2022-03-15 12:00",
      path="/2022/03/15/vacancy-announcement-documentation-officers-sagaing-and-magway-regions/",
      title="Vacancy Announcement: Documentation Officers (Sagaing and Magway Regions)",
      category="vacancy", why="a job advertisement, though its title says Announcement",
      letter=None, dateline=None,
      body=["The Ministry of Human Rights is recruiting four Documentation Officers to work with communities in Sagaing and Magway Regions.",
            "Responsibilities: interviewing survivors and witnesses; collecting and securely storing photographs, video and documents; preparing incident reports in Burmese and English.",
            "Requirements: a university degree or equivalent experience; good written Burmese; knowledge of digital security. Applications close on 31 March 2022. Send a CV and a cover letter through the contact form of this website."],
      sign=None),
 dict(key="D2", id=2233, lang="en", cat=6, when="2022-03-17 09:00",
      path="/2022/03/17/press-conference-documentation-of-arson-attacks-in-sagaing-region-19-march-2022/",
      title="Press Conference: The Ministry Presents Its Documentation of Arson Attacks in Sagaing Region (19 March 2022)",
      category="event", why="notice of a press conference",
      letter=None, dateline=None,
      body=["The Ministry of Human Rights will hold an online press conference on Saturday, 19 March 2022, at 10:00 am Myanmar time, to present its documentation of arson attacks in Sagaing Region.",
            "The Union Minister for Human Rights and members of the documentation team will answer questions. Journalists who wish to attend should register by 18 March through the media contact form."],
      sign=None),
 dict(key="D5", id=2241, lang="my", cat=13, when="2022-03-19 10:00",
      path="/my/2022/03/19/announcement-no-17-2022-my/",
      title="စစ်ကောင်စီ၏ စစ်ကိုင်းတိုင်းဒေသကြီးအတွင်း မီးရှို့တိုက်ခိုက်မှုများနှင့် ပတ်သက်၍ ကြေညာချက် အမှတ် (၁၇/၂၀၂၂)",
      category="outside_window", why="the Burmese version of Announcement No. (17/2022), posted on 19 March 2022, after the window", pair_of_out="S3",
      letter=[LH_MY, NAME_MY], dateline="မတ်လ ၁၅ ရက်၊ ၂၀၂၂",
      body=["၂၀၂၂ ခုနှစ် မတ်လ ၁ ရက်မှ ၁၄ ရက်အတွင်း စစ်ကောင်စီတပ်များသည် စစ်ကိုင်းတိုင်းဒေသကြီး မြင်းမူ၊ ပုလဲ၊ ယင်းမာပင်နှင့် ကနီမြို့နယ်များရှိ ကျေးရွာ အနည်းဆုံး ၂၃ ရွာတွင် နေအိမ်များကို မီးရှို့ခဲ့ပါသည်။",
            "ဝန်ကြီးဌာနသည် ဖြစ်ရပ်တစ်ခုချင်းစီကို မှတ်တမ်းတင်လျက်ရှိပြီး မြန်မာနိုင်ငံဆိုင်ရာ လွတ်လပ်သော စုံစမ်းစစ်ဆေးရေး ယန္တရားထံ တင်ပြသွားမည် ဖြစ်ကြောင်း ကြေညာအပ်ပါသည်။"],
      sign=[NAME_MY, "အမျိုးသားညီညွတ်ရေးအစိုးရ"]),
 # older posts (page 2 of the listing, REST history)
 dict(key="O1", id=2160, lang="en", cat=2, when="2022-03-03 15:00",
      path="/2022/03/03/statement-on-the-killing-of-detainees-in-myaung-township/",
      title="Statement on the Killing of Detainees in Myaung Township", category="old",
      letter=[LH_EN, "Ministry of Human Rights"], dateline="3 March 2022",
      body=["The Ministry of Human Rights condemns the killing of five detainees by military council troops in Myaung Township on 1 March 2022."],
      sign=["Ministry of Human Rights", "National Unity Government"]),
 dict(key="O2", id=2148, lang="en", cat=3, when="2022-03-01 10:00",
      path="/2022/03/01/announcement-no-15-2022/",
      title="Announcement No. (15/2022) on Reporting Channels for Survivors", category="old",
      letter=[LH_EN, "Ministry of Human Rights"], dateline="1 March 2022",
      body=["The Ministry of Human Rights announces new secure channels through which survivors and witnesses can report violations."],
      sign=["Ministry of Human Rights", "National Unity Government"]),
 dict(key="O3", id=2131, lang="en", cat=5, when="2022-02-14 09:00", section=REPORTS,
      path="/2022/02/14/monthly-human-rights-situation-report-january-2022/",
      title="Monthly Human Rights Situation Report: January 2022", category="old",
      body=["The Ministry of Human Rights publishes its monthly report for January 2022."], sign=None),
]


def post_html(w, p):
    lang = p["lang"]
    if p.get("letter"):
        head = '<div class="letterhead"><p class="lh-gov">%s</p><p class="lh-ministry">%s</p></div>\n' % (esc(p["letter"][0]), esc(p["letter"][1]))
    else:
        head = ""
    date_p = '<p class="doc-date" style="text-align:right">%s</p>\n' % esc(p["dateline"]) if p.get("dateline") else ""
    body = paras(p["body"])
    if p.get("pdf"):
        label = "Download the full report (PDF)" if lang == "en" else "အစီရင်ခံစာ အပြည့်အစုံ (PDF) ကို ဒေါင်းလုဒ်ရယူရန်"
        body += '\n<p><a class="wp-block-file__button" href="%s">%s</a></p>' % (w.link(SID, p["pdf"]), label)
    sign = ""
    if p.get("sign"):
        sign = '\n<p class="signature" style="text-align:right"><strong>%s</strong></p>' % "<br>".join(esc(s) for s in p["sign"])
    return head + date_p + body + sign


def page(w, p, canonical_path, others):
    lang = p["lang"]
    dt = at(p["when"])
    site = NAME_EN if lang == "en" else NAME_MY
    cat = CATS[p["cat"]][0]
    alt = ""
    for o in others:
        alt += '<link rel="alternate" hreflang="%s" href="%s">\n' % ("my" if o["lang"] == "my" else "en", w.link(SID, o["path"]))
    switch = ""
    for o in others:
        switch += '<li class="lang-item lang-item-%s"><a lang="%s" hreflang="%s" href="%s">%s</a></li>' % (
            o["lang"], o["lang"], o["lang"], w.link(SID, o["path"]), "English" if o["lang"] == "en" else "မြန်မာ")
    content = post_html(w, p)
    shown = dt.strftime("%B %-d, %Y") if lang == "en" else dt.strftime("%Y-%m-%d")
    return """<!DOCTYPE html>
<html lang="%(hl)s">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s &#8211; %(site)s</title>
<link rel="canonical" href="%(canon)s">
<link rel="shortlink" href="%(short)s">
%(alt)s<link rel="alternate" type="application/rss+xml" title="%(site)s &raquo; Feed" href="%(base)s/feed/">
<link rel="https://api.w.org/" href="%(base)s/wp-json/">
<link rel="alternate" type="application/json" href="%(base)s/wp-json/wp/v2/posts/%(id)d">
<meta property="og:locale" content="%(ogl)s">
<meta property="og:type" content="article">
<meta property="og:title" content="%(atitle)s">
<meta property="og:site_name" content="%(site)s">
<meta property="article:published_time" content="%(iso)s">
<meta property="article:modified_time" content="%(iso)s">
<link rel="stylesheet" id="astra-theme-css-css" href="%(base)s/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.7.9" media="all">
</head>
<body class="post-template-default single single-post postid-%(id)d single-format-standard ast-separate-container">
<div id="page" class="hfeed site">
<header class="site-header" id="masthead">
 <div class="site-branding"><p class="site-title"><a href="%(base)s/" rel="home">%(site)s</a></p>
 <p class="site-description">National Unity Government of the Republic of the Union of Myanmar</p></div>
 <nav class="main-navigation"><ul id="primary-menu"><li><a href="%(base)s/">Home</a></li><li><a href="%(base)s/news-room/">News Room</a></li><li><a href="%(base)s/category/reports/">Reports</a></li><li><a href="%(base)s/report-a-violation/">Report a Violation</a></li><li><a href="%(base)s/contact/">Contact</a></li></ul>
 <ul class="pll-switcher">%(switch)s</ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<main id="main" class="site-main">
<article id="post-%(id)d" class="post-%(id)d post type-post status-publish format-standard hentry category-%(catslug)s">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">%(title)s</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published updated" datetime="%(iso)s">%(shown)s</time></span> / <span class="cat-links"><a href="%(base)s/category/%(catslug)s/" rel="category tag">%(cat)s</a></span> / <span class="posted-by vcard author"><a class="url fn n" href="%(base)s/author/media-team/">Media Team</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
%(content)s
</div>
</article>
<nav class="post-navigation"><a href="%(base)s/news-room/">&larr; Back to News Room</a></nav>
</main></div></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright &copy; 2022 Ministry of Human Rights, National Unity Government &middot; Powered by WordPress</div></footer>
</div>
</body>
</html>
""" % dict(hl="en-US" if lang == "en" else "my-MM", title=esc(p["title"]), atitle=attr(p["title"]), site=esc(site),
           canon=w.link(SID, canonical_path), short=w.B(SID) + "/?p=%d" % p["id"], alt=alt, base=w.B(SID), id=p["id"],
           ogl="en_US" if lang == "en" else "my_MM", iso=dt.isoformat(), switch=switch, catslug=CATS[p["cat"]][1],
           cat=esc(cat), shown=shown, content=content)


def build(w):
    by = {p["key"]: p for p in POSTS}
    for p in POSTS:
        others = [p]
        for k in ("pair", "pair_of"):
            if p.get(k):
                others.append(by[p[k]])
        others.sort(key=lambda o: o["lang"] != "en")
        if len(others) == 1:
            others = []
        dt = at(p["when"])
        w.html(SID, p["path"], page(w, p, p["path"], others), dt)
        if p.get("pdf"):
            w.add(SID, p["pdf"], tiny_pdf("Ministry of Human Rights - National Unity Government",
                  ["Monthly Human Rights Situation Report", "February 2022"]), "application/pdf", dt)
        cat = p.get("category")
        if cat == "old":
            continue
        if p["key"].startswith(("S", "R")):
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang=p["lang"], pub=dt, gold=True,
                   section=p.get("section", STATEMENTS), issuer=p.get("issuer", ISSUER), pair_of=p.get("pair_of"))
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang=p["lang"], pub=dt,
                   category=cat, why=p["why"], pair_of=p.get("pair_of_out"))
    # the shortlink ?p=2215 serves the same page without redirecting (a system path)
    s1 = by["S1"]
    w.add(SID, "/?p=2215", page(w, s1, s1["path"], [s1, by["S2"]]), "text/html; charset=UTF-8", at(s1["when"]),
          fname="shortlink-p-2215.html")
    w.item(key="D4", site=SID, path="/?p=2215", title=s1["title"], lang="en", pub=at(s1["when"]),
           category="duplicate", duplicate_of="S1",
           why="WordPress shortlink ?p=2215: the same post under a system path, its canonical is the dated permalink")

    # REST data
    posts = []
    for p in sorted(POSTS, key=lambda p: p["when"], reverse=True):
        dt = at(p["when"])
        gmt = dt.astimezone(__import__("datetime").timezone.utc)
        content = post_html(w, p)
        excerpt = p["body"][0][:220].rsplit(" ", 1)[0] + " [&hellip;]"
        slug = enc(p["path"].rstrip("/").rsplit("/", 1)[1])
        posts.append({"id": p["id"], "date": dt.strftime("%Y-%m-%dT%H:%M:%S"), "date_gmt": gmt.strftime("%Y-%m-%dT%H:%M:%S"),
                      "guid": {"rendered": w.B(SID) + "/?p=%d" % p["id"]},
                      "modified": dt.strftime("%Y-%m-%dT%H:%M:%S"), "modified_gmt": gmt.strftime("%Y-%m-%dT%H:%M:%S"),
                      "slug": slug, "status": "publish", "type": "post", "link": w.link(SID, p["path"]),
                      "title": {"rendered": esc(p["title"]).replace("'", "&#8217;")},
                      "content": {"rendered": content, "protected": False},
                      "excerpt": {"rendered": "<p>%s</p>\n" % esc(excerpt), "protected": False},
                      "author": 3, "featured_media": 0, "comment_status": "closed", "ping_status": "closed",
                      "sticky": False, "template": "", "format": "standard", "meta": [],
                      "categories": [p["cat"]], "tags": [], "lang": p["lang"],
                      "translations": {o["lang"]: o["id"] for o in POSTS if o["key"] in (p.get("pair"), p.get("pair_of"), p.get("pair_of_out"))} or {}})
    cats = []
    for cid, (name, slug, lang) in CATS.items():
        cats.append({"id": cid, "count": sum(1 for p in POSTS if p["cat"] == cid), "description": "",
                     "link": w.B(SID) + ("/my" if lang == "my" else "") + "/category/%s/" % slug, "name": name,
                     "slug": slug, "taxonomy": "category", "parent": 0, "meta": []})
    last = at("2022-03-19 10:00")
    w.add(SID, "/_wp/posts.json", json.dumps(posts, ensure_ascii=False, indent=1), "application/json", last, fname="_wp/posts.json")
    w.add(SID, "/_wp/categories.json", json.dumps(cats, ensure_ascii=False, indent=1), "application/json", last, fname="_wp/categories.json")
    # these two are data files for the REST emulation, not pages of the site
    del w.routes[SID]["routes"]["/_wp/posts.json"]
    del w.routes[SID]["routes"]["/_wp/categories.json"]
    w.routes[SID]["wp_rest"] = {"posts": "www/%s/_wp/posts.json" % SID, "categories": "www/%s/_wp/categories.json" % SID, "tz_minutes": 390}
    w.routes[SID]["slash_redirect"] = True

    # feeds: English and Burmese
    for lang, fpath, lpath in (("en", "/feed/", "/news-room/"), ("my", "/my/feed/", "/my/news-room/")):
        sel = sorted([p for p in POSTS if p["lang"] == lang], key=lambda p: p["when"], reverse=True)[:10]
        items = ""
        for p in sel:
            dt = at(p["when"])
            items += """<item>
<title>%s</title>
<link>%s</link>
<dc:creator><![CDATA[Media Team]]></dc:creator>
<pubDate>%s</pubDate>
<category><![CDATA[%s]]></category>
<guid isPermaLink="false">%s/?p=%d</guid>
<description><![CDATA[%s]]></description>
<content:encoded><![CDATA[%s]]></content:encoded>
</item>
""" % (esc(p["title"]), w.link(SID, p["path"]), rfc822(dt), CATS[p["cat"]][0], w.B(SID), p["id"],
                 p["body"][0][:200].rsplit(" ", 1)[0] + " [&#8230;]", post_html(w, p))
        site = NAME_EN if lang == "en" else NAME_MY
        rss = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>%s</title>
<atom:link href="%s%s" rel="self" type="application/rss+xml" />
<link>%s%s</link>
<description>National Unity Government of the Republic of the Union of Myanmar</description>
<lastBuildDate>%s</lastBuildDate>
<language>%s</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
<generator>https://wordpress.org/?v=5.9.2</generator>
%s</channel>
</rss>
""" % (esc(site), w.B(SID), fpath, w.B(SID), "/" if lang == "en" else "/my/", rfc822(at(sel[0]["when"])),
       "en-US" if lang == "en" else "my-MM", items)
        w.add(SID, fpath, rss, "application/rss+xml; charset=UTF-8", at(sel[0]["when"]))

        # listing pages (10 a page), WordPress archive markup
        allp = sorted([p for p in POSTS if p["lang"] == lang], key=lambda p: p["when"], reverse=True)
        pages = [allp[i:i + 10] for i in range(0, len(allp), 10)]
        for n, chunk in enumerate(pages, 1):
            arts = ""
            for p in chunk:
                dt = at(p["when"])
                arts += """<article id="post-%d" class="post-%d post type-post status-publish ast-article-post">
<div class="ast-post-format- blog-layout-1"><div class="post-content">
<h2 class="entry-title" itemprop="headline"><a href="%s" rel="bookmark">%s</a></h2>
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span> / <span class="cat-links"><a href="#" rel="category tag">%s</a></span></div></header>
<div class="ast-excerpt-container"><p>%s&hellip;</p></div>
</div></div></article>
""" % (p["id"], p["id"], w.link(SID, p["path"]), esc(p["title"]), dt.isoformat(),
                    dt.strftime("%B %-d, %Y") if lang == "en" else dt.strftime("%Y-%m-%d"), esc(CATS[p["cat"]][0]),
                    esc(p["body"][0][:160].rsplit(" ", 1)[0]))
            nav = ""
            if n < len(pages):
                nav += '<a class="next page-numbers" href="%s%spage/%d/">Next &raquo;</a>' % (w.B(SID), lpath, n + 1)
            if n > 1:
                nav = '<a class="prev page-numbers" href="%s%s%s">&laquo; Previous</a> ' % (
                    w.B(SID), lpath, "" if n == 2 else "page/%d/" % (n - 1)) + nav
            doc = """<!DOCTYPE html>
<html lang="%s"><head><meta charset="UTF-8"><title>News Room &#8211; %s</title>
<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s%s">
<link rel="https://api.w.org/" href="%s/wp-json/"></head>
<body class="blog archive ast-separate-container">
<header class="site-header"><p class="site-title"><a href="%s/">%s</a></p></header>
<main id="main" class="site-main"><h1 class="page-title">News Room</h1>
<div class="ast-row">
%s</div>
<nav class="navigation pagination"><div class="nav-links">%s</div></nav>
</main></body></html>
""" % ("en-US" if lang == "en" else "my-MM", esc(site), esc(site), w.B(SID), fpath, w.B(SID), w.B(SID), esc(site), arts, nav)
            path = lpath if n == 1 else "%spage/%d/" % (lpath, n)
            w.html(SID, path, doc, at(chunk[0]["when"]))

    sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    for p in sorted(POSTS, key=lambda p: p["when"], reverse=True):
        sm += "<url><loc>%s</loc><lastmod>%s</lastmod></url>\n" % (w.link(SID, p["path"]), at(p["when"]).isoformat())
    sm += "</urlset>\n"
    w.add(SID, "/wp-sitemap-posts-post-1.xml", sm, "application/xml; charset=UTF-8", at("2022-03-19 10:00"))
    w.add(SID, "/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n' % w.B(SID),
          "application/xml; charset=UTF-8", at("2022-03-19 10:00"))
    w.add(SID, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\nDisallow: /search/\n\nSitemap: %s/wp-sitemap.xml\n" % w.B(SID),
          "text/plain; charset=utf-8", at("2022-01-05 09:00"))
    home = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s &#8211; National Unity Government</title>
<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s/feed/">
<link rel="https://api.w.org/" href="%s/wp-json/"></head>
<body class="home"><header><p class="site-title">%s</p></header>
<main><p>The Ministry of Human Rights of the National Unity Government documents violations and works for justice for victims.</p>
<p><a href="%s/news-room/">News Room</a> &middot; <a href="%s/my/news-room/">မြန်မာ</a></p></main></body></html>
""" % (NAME_EN, NAME_EN, w.B(SID), w.B(SID), NAME_EN, w.B(SID), w.B(SID))
    w.html(SID, "/", home, at("2022-03-19 10:00"))
    w.html(SID, "/my/", home.replace('lang="en-US"', 'lang="my-MM"').replace("<title>%s" % NAME_EN, "<title>%s" % NAME_MY, 1), at("2022-03-19 10:00"))
