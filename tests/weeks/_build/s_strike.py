"""strike: a Blogger blog, in Burmese only, of a district network of township strike committees. It posts
its members' statements (signed only in Burmese), reposts others' ("ရင်းမြစ် -" = source) and its own notices."""
from common import STATEMENTS, at, esc, attr, paras, iso_z
from datetime import timezone

SID = "strike"
BLOG = "မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက်"
BLOG_ID = "4821937760153320418"
MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
MONTHS = {3: "မတ်လ"}
DAYS = ["တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ"]

POSTS = [
 dict(key="D55", pid="7712004519036210011", when="2022-03-11 23:55", path="/2022/03/blog-post_11.html",
      labels=["ထုတ်ပြန်ချက်"],
      title="အကျဉ်းသားများအား ညှဉ်းပန်းနှိပ်စက်မှုကို ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်",
      category="outside_window", why="posted 11 March 2022 at 23:55 (+06:30), before the window",
      body=["မုံရွာအကျဉ်းထောင်တွင် နိုင်ငံရေးအကျဉ်းသားများအား ညှဉ်းပန်းနှိပ်စက်နေမှုကို မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက်က ပြင်းထန်စွာ ရှုတ်ချပါသည်။"],
      sign=[BLOG, "မတ်လ ၁၁ ရက်၊ ၂၀၂၂"]),
 dict(key="D54", pid="7712004519036210062", when="2022-03-13 12:00", path="/2022/03/blog-post_62.html",
      labels=["ပြန်လည်မျှဝေ"],
      title="၂၀၂၂ ခုနှစ် မြန်မာ့လူ့အခွင့်အရေးနေ့ ထုတ်ပြန်ချက်",
      category="duplicate", duplicate_of="S2", why="a repost of the NUG Ministry of Human Rights' Burmese statement; the bulletin keeps the ministry's own page",
      source="ရင်းမြစ် - အမျိုးသားညီညွတ်ရေးအစိုးရ၊ လူ့အခွင့်အရေးဝန်ကြီးဌာန",
      body=["ယနေ့ မတ်လ ၁၃ ရက်နေ့သည် မြန်မာ့လူ့အခွင့်အရေးနေ့ ဖြစ်ပါသည်။ ၁၉၈၈ ခုနှစ် ယနေ့တွင် လုံခြုံရေးတပ်ဖွဲ့များ၏ ပစ်ခတ်မှုကြောင့် ကျဆုံးခဲ့သော ရန်ကုန်စက်မှုတက္ကသိုလ် ကျောင်းသား မောင်ဖုန်းမော်နှင့် လူ့အခွင့်အရေးအတွက် အသက်ပေးခဲ့ကြသော ကျောင်းသား၊ အလုပ်သမား၊ ရဟန်းသံဃာ မျိုးဆက်များကို ဂုဏ်ပြုအောက်မေ့ပါသည်။",
            "လူ့အခွင့်အရေးဝန်ကြီးဌာနသည် မတရားမှုကို လက်မခံဘဲ ရပ်တည်နေကြသူ အားလုံးကို ဂုဏ်ပြုပါသည်။"],
      sign=["လူ့အခွင့်အရေးဝန်ကြီးဌာန", "အမျိုးသားညီညွတ်ရေးအစိုးရ"]),
 dict(key="D52", pid="7712004519036210093", when="2022-03-13 15:00", path="/2022/03/blog-post_93.html",
      labels=["သတင်း"],
      title="ယနေ့ မုံရွာမြို့တွင် လူ့အခွင့်အရေးနေ့ အထိမ်းအမှတ် သပိတ်စစ်ကြောင်း ထွက်ခဲ့",
      category="news", why="a news report of the day's protests",
      body=["မတ်လ ၁၃ ရက် နံနက်ပိုင်းတွင် မုံရွာမြို့ အရှေ့ဘက်ရှိ ကျေးရွာများမှ လူငယ် ၃၀၀ ခန့်သည် မြန်မာ့လူ့အခွင့်အရေးနေ့ အထိမ်းအမှတ် သပိတ်စစ်ကြောင်း ထွက်ခဲ့ကြပါသည်။",
            "သပိတ်စစ်ကြောင်းသည် မိနစ် ၂၀ ခန့် ချီတက်ပြီးနောက် လုံခြုံစွာ ပြန်လည်လူစုခွဲခဲ့ကြောင်း သိရပါသည်။"],
      sign=None),
 dict(key="S32", pid="7712004519036210013", when="2022-03-13 19:20", path="/2022/03/blog-post_13.html",
      labels=["ထုတ်ပြန်ချက်", "ဘုတလင်"],
      title="မြန်မာ့လူ့အခွင့်အရေးနေ့တွင် စစ်အာဏာရှင်စနစ် အမြစ်ပြတ်ချေမှုန်းရေး ဆက်လက်တိုက်ပွဲဝင်မည်",
      issuer="Budalin Township Strike Committee",
      body=["ယနေ့ မတ်လ ၁၃ ရက်သည် ၁၉၈၈ ခုနှစ်တွင် ကျောင်းသား မောင်ဖုန်းမော် ကျဆုံးခဲ့သည့် မြန်မာ့လူ့အခွင့်အရေးနေ့ ဖြစ်ပါသည်။",
            "ဖေဖော်ဝါရီလနှင့် မတ်လအတွင်း စစ်ကောင်စီတပ်များသည် ဘုတလင်မြို့နယ်အတွင်းရှိ ကျေးရွာ ၉ ရွာကို မီးရှို့ခဲ့ပြီး ရွာသား ၅ ဦးကို ဖမ်းဆီးသတ်ဖြတ်ခဲ့ပါသည်။ ကျေးရွာများမှ ပြည်သူ ထောင်ပေါင်းများစွာ တောထဲသို့ ထွက်ပြေးတိမ်းရှောင်နေရပါသည်။",
            "ကျဆုံးသွားသော သူရဲကောင်းများ၏ သွေးကို အလကား မဖြစ်စေဘဲ စစ်အာဏာရှင်စနစ် အမြစ်ပြတ် ချေမှုန်းနိုင်သည်အထိ ပြည်သူများနှင့်အတူ ဆက်လက် တိုက်ပွဲဝင်သွားမည် ဖြစ်ကြောင်း ထုတ်ပြန်အပ်ပါသည်။"],
      sign=["ထုတ်ပြန်သူ - ဘုတလင်မြို့နယ် သပိတ်ကော်မတီ", "မတ်လ ၁၃ ရက်၊ ၂၀၂၂"]),
 dict(key="D50", pid="7712004519036210087", when="2022-03-14 09:00", path="/2022/03/blog-post_87.html",
      labels=["အလှူ"],
      title="စစ်ဘေးရှောင်ပြည်သူများအတွက် အလှူငွေ ကောက်ခံခြင်း",
      category="fundraising", why="a fundraising appeal with mobile-payment numbers",
      body=["ဘုတလင်နှင့် ယင်းမာပင်မြို့နယ်များမှ စစ်ဘေးရှောင်ပြည်သူ ၃,၀၀၀ ကျော်အတွက် ဆန်၊ ဆေးဝါးနှင့် မိုးကာများ ဝယ်ယူရန် အလှူငွေ ကောက်ခံနေပါသည်။",
            "KBZPay / WavePay ဖြင့် လှူဒါန်းလိုပါက ကွန်ရက်၏ Facebook စာမျက်နှာတွင် ဖော်ပြထားသော ဖုန်းနံပါတ်များသို့ ဆက်သွယ်နိုင်ပါသည်။ လှူဒါန်းသူ အားလုံးကို ကျေးဇူးတင်ပါသည်။"],
      sign=None),
 dict(key="S36", pid="7712004519036210014", when="2022-03-14 20:45", path="/2022/03/blog-post_14.html",
      labels=["ပြန်လည်မျှဝေ", "ကနီ"],
      title="ပညာရေးဝန်ထမ်းများအား ဖမ်းဆီးနေမှုကို ကန့်ကွက်ကြောင်း ထုတ်ပြန်ချက်",
      issuer="Kani Township Students' Union",
      source="ရင်းမြစ် - ကနီမြို့နယ် ကျောင်းသားသမဂ္ဂ",
      body=["စစ်ကောင်စီသည် ကနီမြို့နယ်အတွင်း အာဏာဖီဆန်ရေး လှုပ်ရှားမှု (CDM) တွင် ပါဝင်ခဲ့သော ဆရာ၊ ဆရာမ ၇ ဦးကို မတ်လ ၁၀ ရက်နှင့် ၁၁ ရက်များတွင် ဖမ်းဆီးခဲ့ပြီး မည်သည့်နေရာတွင် ထိန်းသိမ်းထားကြောင်း မိသားစုများကို အသိမပေးပါ။",
            "ကျွန်ုပ်တို့ ကနီမြို့နယ် ကျောင်းသားသမဂ္ဂသည် ပညာရေးဝန်ထမ်းများအား ဖမ်းဆီးနှိပ်စက်မှုကို ပြင်းထန်စွာ ကန့်ကွက်ပြီး ဖမ်းဆီးထားသူ အားလုံးကို ချက်ချင်း ပြန်လွှတ်ပေးရန် တောင်းဆိုပါသည်။",
            "ပြည်သူ့ပညာရေးကို ကာကွယ်ရန် ကျောင်းသားများ၊ မိဘများနှင့် ဆရာ၊ ဆရာမများ လက်တွဲ ရပ်တည်သွားကြရန် တိုက်တွန်းပါသည်။"],
      sign=["ကနီမြို့နယ် ကျောင်းသားသမဂ္ဂ", "မတ်လ ၁၄ ရက်၊ ၂၀၂၂"]),
 dict(key="S35", pid="7712004519036210015", when="2022-03-15 17:40", path="/2022/03/blog-post_15.html",
      labels=["ထုတ်ပြန်ချက်", "ပူးတွဲထုတ်ပြန်ချက်"],
      title="ယင်းမာပင်၊ ဆားလင်းကြီးနှင့် ပုလဲမြို့နယ် သပိတ်ကော်မတီများ၏ ပူးတွဲထုတ်ပြန်ချက်",
      issuer="Yinmabin Township Strike Committee, Salingyi Township Strike Committee and Pale Township Strike Committee",
      body=["မတ်လ ၁၀ ရက်မှ ၁၄ ရက်အတွင်း စစ်ကောင်စီတပ်ဖွဲ့နှင့် ပျူစောထီးအဖွဲ့များသည် ယင်းမာပင်၊ ဆားလင်းကြီးနှင့် ပုလဲမြို့နယ်များရှိ ကျေးရွာ ၁၂ ရွာကို ဝင်ရောက်စီးနင်းကာ နေအိမ်ပေါင်း ၆၀၀ ကျော်ကို မီးရှို့ခဲ့ပြီး အရပ်သား ၇ ဦးကို သတ်ဖြတ်ခဲ့ပါသည်။",
            "ကျွန်ုပ်တို့ မြို့နယ်သပိတ်ကော်မတီ သုံးခုသည် ယင်းရာဇဝတ်မှုများကို ပြင်းထန်စွာ ရှုတ်ချပြီး ကျူးလွန်သူများကို တာဝန်ခံစေရေးအတွက် မှတ်တမ်းများ ဆက်လက် စုဆောင်းသွားမည် ဖြစ်ပါသည်။",
            "အမျိုးသားညီညွတ်ရေးအစိုးရနှင့် လူသားချင်းစာနာမှု အဖွဲ့အစည်းများအနေဖြင့် အိုးမဲ့အိမ်မဲ့ ဖြစ်နေသော ပြည်သူများထံ အကူအညီများ အမြန်ဆုံး ရောက်ရှိစေရန် မေတ္တာရပ်ခံအပ်ပါသည်။"],
      sign=["ယင်းမာပင်မြို့နယ် သပိတ်ကော်မတီ", "ဆားလင်းကြီးမြို့နယ် သပိတ်ကော်မတီ", "ပုလဲမြို့နယ် သပိတ်ကော်မတီ", "မတ်လ ၁၅ ရက်၊ ၂၀၂၂"]),
 dict(key="S33", pid="7712004519036210016", when="2022-03-16 18:00", path="/2022/03/blog-post_16.html",
      labels=["ထုတ်ပြန်ချက်", "ချောင်းဦး"],
      title="ချောင်းဦးမြို့နယ်အတွင်း ကျေးရွာများ မီးရှို့ခံရမှုကို ပြင်းထန်စွာ ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်",
      issuer="Chaung-U Township People's Strike Committee",
      body=["မတ်လ ၁၄ ရက်နှင့် ၁၅ ရက်များတွင် စစ်ကောင်စီတပ်များသည် ချောင်းဦးမြို့နယ်ရှိ ကျေးရွာ ၄ ရွာကို မီးရှို့ခဲ့ရာ နေအိမ် ၂၃၀ ကျော် ပြာကျခဲ့ပါသည်။ သက်ကြီးရွယ်အို ၂ ဦး အိမ်အတွင်း ပိတ်မိ၍ မီးလောင်သေဆုံးခဲ့ပါသည်။",
            "ယင်းကဲ့သို့ အရပ်သားများ၏ နေအိမ်၊ စပါးကျီနှင့် မွေးမြူရေး တိရစ္ဆာန်များကို ဖျက်ဆီးခြင်းသည် စစ်ရာဇဝတ်မှု ဖြစ်ပြီး ပြင်းထန်စွာ ရှုတ်ချပါသည်။",
            "ချောင်းဦးမြို့နယ် ပြည်သူများအနေဖြင့် စစ်ကောင်စီ၏ အုပ်ချုပ်ရေး ယန္တရားကို ဆက်လက် သပိတ်မှောက်ကြရန် တိုက်တွန်းပါသည်။"],
      sign=["ချောင်းဦးမြို့နယ် ပြည်သူ့သပိတ်ကော်မတီ", "မတ်လ ၁၆ ရက်၊ ၂၀၂၂"]),
 dict(key="D51", pid="7712004519036210017", when="2022-03-17 12:00", path="/2022/03/blog-post_17.html",
      labels=["အသိပေးချက်"],
      title="မတ်လ ၂၀ ရက်နေ့ ခရိုင်လုံးဆိုင်ရာ သပိတ်စစ်ကြောင်း ချီတက်မည့်အကြောင်း အသိပေးခြင်း",
      category="event", why="notice of a protest march",
      body=["မတ်လ ၂၀ ရက် (တနင်္ဂနွေနေ့) နံနက် ၇ နာရီတွင် မုံရွာခရိုင်အတွင်းရှိ မြို့နယ်အသီးသီး၌ အာဆီယံ အထူးကိုယ်စားလှယ်၏ ခရီးစဉ်ကို ကန့်ကွက်သည့် သပိတ်စစ်ကြောင်းများ တပြိုင်နက် ချီတက်မည် ဖြစ်ပါသည်။",
            "ပါဝင်လိုသူများသည် မိမိတို့ မြို့နယ်သပိတ်ကော်မတီများနှင့် ဆက်သွယ်ပြီး လုံခြုံရေးကို အထူးဂရုပြုကြရန် အသိပေးအပ်ပါသည်။"],
      sign=[BLOG]),
 dict(key="S34", pid="7712004519036210018", when="2022-03-18 21:00", path="/2022/03/blog-post_18.html",
      labels=["ထုတ်ပြန်ချက်"],
      title="စစ်ကောင်စီ၏ ပျူစောထီး အဖွဲ့များ ဖွဲ့စည်းမှုကို ဆန့်ကျင်ကြောင်း ထုတ်ပြန်ချက်",
      issuer="Monywa District Strike Committees Network",
      body=["မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက်အနေဖြင့် စစ်ကောင်စီက ခရိုင်အတွင်းရှိ ကျေးရွာများတွင် ပျူစောထီး အမည်ရှိ လက်နက်ကိုင်အဖွဲ့များကို ဖွဲ့စည်းပြီး လက်နက်များ ထုတ်ပေးနေမှုကို ပြင်းထန်စွာ ဆန့်ကျင်ကန့်ကွက်ပါသည်။",
            "ပျူစောထီးအဖွဲ့များသည် ရွာသူရွာသားများကို ခြိမ်းခြောက်ခြင်း၊ ဖမ်းဆီးခြင်းနှင့် စစ်တပ်အတွက် သတင်းပေးခြင်းများ ပြုလုပ်နေပြီး ကျေးရွာချင်း ရန်လိုမှုများ ဖြစ်ပေါ်စေရန် ရည်ရွယ်ထားကြောင်း တွေ့ရှိရပါသည်။",
            "ပြည်သူများအနေဖြင့် ယင်းအဖွဲ့များတွင် မပါဝင်ကြရန်နှင့် ဒေသန္တရ ပြည်သူ့အုပ်ချုပ်ရေးအဖွဲ့များနှင့် ပူးပေါင်း၍ မိမိတို့ ကျေးရွာများကို ကာကွယ်ကြရန် တိုက်တွန်းအပ်ပါသည်။"],
      sign=[BLOG, "မတ်လ ၁၈ ရက်၊ ၂၀၂၂"]),
 dict(key="D53", pid="7712004519036210019", when="2022-03-19 00:10", path="/2022/03/blog-post_19.html",
      labels=["ထုတ်ပြန်ချက်"],
      title="အာဆီယံ အထူးကိုယ်စားလှယ်၏ ခရီးစဉ်ကို ကန့်ကွက်ကြောင်း ထုတ်ပြန်ချက်",
      category="outside_window", why="posted 19 March 2022 at 00:10 (+06:30), after the window",
      body=["မုံရွာခရိုင် သပိတ်ကော်မတီများ ကွန်ရက်သည် စစ်ကောင်စီနှင့်သာ တွေ့ဆုံမည့် အာဆီယံ အထူးကိုယ်စားလှယ်၏ ခရီးစဉ်ကို ကန့်ကွက်ပါသည်။"],
      sign=[BLOG, "မတ်လ ၁၉ ရက်၊ ၂၀၂၂"]),
]


def my_date_header(dt):
    return "%sနေ့၊ %s %s၊ %s" % (DAYS[dt.weekday()], MONTHS[dt.month], str(dt.day).translate(MY_DIGITS), str(dt.year).translate(MY_DIGITS))


def post_body(p):
    b = ""
    if p.get("source"):
        b += '<p><b>%s</b></p>\n' % esc(p["source"])
    b += paras(p["body"])
    if p.get("sign"):
        b += '\n<div style="text-align: right;">%s</div>' % "<br />".join(esc(s) for s in p["sign"])
    return b


def page(w, p):
    dt = at(p["when"])
    iso = dt.strftime("%Y-%m-%dT%H:%M:%S") + "+06:30"
    labels = ", ".join('<a href="%s/search/label/%s" rel="tag">%s</a>' % (w.B(SID), esc(l), esc(l)) for l in p["labels"])
    time_shown = dt.strftime("%-I:%M %p")
    return """<!DOCTYPE html>
<html class="v2" dir="ltr" lang="my" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<meta content="blogger" name="generator"/>
<link href="%(canon)s" rel="canonical"/>
<link rel="alternate" type="application/atom+xml" title="%(blog)s - Atom" href="%(base)s/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="%(blog)s - Atom" href="https://www.blogger.com/feeds/%(bid)s/posts/default" />
<meta content="%(canon)s" property="og:url"/>
<meta content="%(atitle)s" property="og:title"/>
<title>%(blog)s: %(title)s</title>
</head>
<body class="loading variant-simplysimple">
<div class="header-outer"><div class="Header" id="Header1"><h1 class="title"><a href="%(base)s/">%(blog)s</a></h1>
<p class="description"><span>မုံရွာခရိုင်အတွင်းရှိ မြို့နယ်သပိတ်ကော်မတီများ၏ ထုတ်ပြန်ချက်များနှင့် သတင်းများ</span></p></div></div>
<div class="main-outer"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>%(dh)s</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="%(bid)s" itemprop="blogId"/><meta content="%(pid)s" itemprop="postId"/>
<a name="%(pid)s"></a>
<h3 class="post-title entry-title" itemprop="name">%(title)s</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-%(pid)s" itemprop="description articleBody">
%(body)s
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">Monywa Strike Network</span></span></span>
<span class="post-timestamp">at <meta content="%(canon)s" itemprop="url"/><a class="timestamp-link" href="%(canon)s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%(iso)s">%(tshown)s</abbr></a></span>
</div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: %(labels)s</span></div></div>
</div></div></div></div>
</div></div>
<div class="footer-outer">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div>
</body>
</html>
""" % dict(canon=w.link(SID, p["path"]), blog=esc(BLOG), base=w.B(SID), bid=BLOG_ID, atitle=attr(p["title"]),
           title=esc(p["title"]), dh=my_date_header(dt), pid=p["pid"], body=post_body(p), iso=iso, tshown=time_shown,
           labels=labels)


def build(w):
    for p in POSTS:
        dt = at(p["when"])
        w.html(SID, p["path"], page(w, p), dt)
        if p["key"].startswith("S"):
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="my", pub=dt, gold=True,
                   section=STATEMENTS, issuer=p["issuer"])
        else:
            w.item(key=p["key"], site=SID, path=p["path"], title=p["title"], lang="my", pub=dt,
                   category=p["category"], why=p["why"], duplicate_of=p.get("duplicate_of"))
    sel = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    entries = ""
    for p in sel:
        dt = at(p["when"])
        iso = dt.strftime("%Y-%m-%dT%H:%M:%S.000") + "+06:30"
        entries += """<entry><id>tag:blogger.com,1999:blog-%s.post-%s</id><published>%s</published><updated>%s</updated>%s<title type='text'>%s</title><content type='html'>%s</content><link rel='replies' type='text/html' href='%s#comment-form' title='0 Comments'/><link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/%s/posts/default/%s'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/%s/posts/default/%s'/><link rel='alternate' type='text/html' href='%s' title='%s'/><author><name>Monywa Strike Network</name><uri>https://www.blogger.com/profile/08812299102247351164</uri><email>noreply@blogger.com</email></author><thr:total>0</thr:total></entry>""" % (
            BLOG_ID, p["pid"], iso, iso,
            "".join("<category scheme='http://www.blogger.com/atom/ns#' term='%s'/>" % attr(l) for l in p["labels"]),
            esc(p["title"]), esc(post_body(p)), w.link(SID, p["path"]), BLOG_ID, p["pid"], BLOG_ID, p["pid"],
            w.link(SID, p["path"]), attr(p["title"]))
    upd = at(sel[0]["when"]).strftime("%Y-%m-%dT%H:%M:%S.000") + "+06:30"
    atom = """<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="http://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-%s</id><updated>%s</updated><category term="ထုတ်ပြန်ချက်"/><title type='text'>%s</title><subtitle type='html'>မုံရွာခရိုင်အတွင်းရှိ မြို့နယ်သပိတ်ကော်မတီများ၏ ထုတ်ပြန်ချက်များနှင့် သတင်းများ</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='%s/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='%s/feeds/posts/default'/><link rel='alternate' type='text/html' href='%s/'/><author><name>Monywa Strike Network</name><email>noreply@blogger.com</email></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>%d</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>%s</feed>""" % (
        BLOG_ID, upd, esc(BLOG), w.B(SID), w.B(SID), w.B(SID), len(sel), entries)
    w.add(SID, "/feeds/posts/default", atom, "application/atom+xml; charset=UTF-8", at(sel[0]["when"]), ignore_query=True,
          fname="feeds/posts/default.atom.xml")
    w.html(SID, "/", """<!DOCTYPE html><html lang="my"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/><title>%s</title>
<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%s/feeds/posts/default" /></head>
<body><h1>%s</h1>%s</body></html>
""" % (esc(BLOG), esc(BLOG), w.B(SID), esc(BLOG), "".join('<h3><a href="%s">%s</a></h3>' % (w.link(SID, p["path"]), esc(p["title"])) for p in sel)),
          at(sel[0]["when"]))
    w.add(SID, "/robots.txt", "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: %s/sitemap.xml\n" % w.B(SID),
          "text/plain; charset=UTF-8", at("2021-04-01 10:00"))
    sm = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    for p in sel:
        sm += "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (w.link(SID, p["path"]), at(p["when"]).strftime("%Y-%m-%dT%H:%M:%S") + "+06:30")
    sm += "</urlset>"
    w.add(SID, "/sitemap.xml", sm, "application/xml; charset=UTF-8", at(sel[0]["when"]))
