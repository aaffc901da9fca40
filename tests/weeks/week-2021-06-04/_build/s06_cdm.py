"""cdm: a medical professionals' strike network on a Blogger-style blog, mostly Burmese."""
from common import esc, paras, t, my_num, MY_MONTHS, MY_DAYS

SID = "cdm"
PORT = 18506
YGN = "Asia/Yangon"
BLOG_MY = "မြန်မာ ကျန်းမာရေးဝန်ထမ်း CDM ကွန်ရက်"
BLOG_EN = "Myanmar Health Workers' CDM Network"


def date_header(d):
    return "%sနေ့၊ %sလ %s၊ %s" % (MY_DAYS[d.weekday()], MY_MONTHS[d.month], my_num(d.day), my_num(d.year))


def shell(title, inner):
    return """<!DOCTYPE html>
<html class='v2' dir='ltr' lang='my' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{{{{BASE:cdm}}}}/feeds/posts/default' rel='alternate' title='{blog} - Atom' type='application/atom+xml'/>
<title>{title}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 15px 'Pyidaungsu', Arial, sans-serif; color: #222; background: #f4f4f4; }}
.date-header span {{ background-color: #bb0000; color: #fff; padding: 2px 6px; }}
--></style>
</head>
<body class='loading'>
<div class='content-outer'>
<div class='header-outer'><div class='Header' id='Header1'>
  <h1 class='title'><a href='{{{{BASE:cdm}}}}/'>{blog}</a></h1>
  <p class='description'><span>{blog_en} (MHWCN) — ကျန်းမာရေးဝန်ထမ်းများ၏ အာဏာဖီဆန်ရေးလှုပ်ရှားမှု ထုတ်ပြန်ချက်များ</span></p>
</div></div>
<div class='main-outer'><div class='main-inner'>
<div class='blog-posts hfeed'>
{inner}
</div>
</div></div>
<div class='sidebar'><div class='widget Profile' id='Profile1'><h2>About</h2>
  <p>{blog_en} (MHWCN) ကို ၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလတွင် CDM ပါဝင်သော ဆရာဝန်များ၊ သူနာပြုများနှင့် ကျန်းမာရေးဝန်ထမ်းများက ဖွဲ့စည်းခဲ့ပါသည်။ ဆေးရုံများ၏ CDM အဖွဲ့များ ထုတ်ပြန်ချက်များကိုလည်း ဤနေရာတွင် ဖော်ပြပေးပါသည်။</p>
  <p>The Myanmar Health Workers' CDM Network (MHWCN) was formed in February 2021 by doctors, nurses and health workers of the Civil Disobedience Movement. We also post the statements of hospitals' CDM groups.</p>
</div></div>
<div class='footer-outer'>Powered by <a href='https://www.blogger.com'>Blogger</a>.</div>
</div>
</body>
</html>
""".format(title=esc(title), inner=inner, blog=BLOG_MY, blog_en=BLOG_EN)


def post_html(path, title, when, body_html, labels, pid):
    return """<div class='date-outer'>
<h2 class='date-header'><span>{dh}</span></h2>
<div class='date-posts'>
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'><a href='{{{{BASE:cdm}}}}{path}'>{title}</a></h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>MHWCN</span></span></span>
<span class='post-timestamp'>at <meta content='{{{{BASE:cdm}}}}{path}' itemprop='url'/><a class='timestamp-link' href='{{{{BASE:cdm}}}}{path}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso}'>{hm}</abbr></a></span>
<span class='post-labels'>Labels: {labels}</span>
</div></div>
</div>
</div>
</div>
</div>""".format(dh=date_header(when), pid=pid, path=path, title=esc(title), body=body_html, iso=when.isoformat(timespec="milliseconds"),
                 hm=when.strftime("%-I:%M %p"), labels=", ".join("<a href='{{BASE:cdm}}/search/label/%s' rel='tag'>%s</a>" % (esc(l), esc(l)) for l in labels))


def build(w):
    w.site({
        "id": SID, "name": BLOG_EN + " (" + BLOG_MY + ")", "port": PORT, "base_url": "http://127.0.0.1:%d" % PORT,
        "cms": "Blogger (blogspot-style template, /YYYY/MM/blog-post_DD.html addresses)",
        "languages": ["my", "en"], "timezone": YGN,
        "owner": BLOG_EN, "publishes_for_others": True,
        "feeds": [{"url": "/feeds/posts/default", "type": "Atom 1.0 (Blogger)", "notes": "full content; <published> with +06:30; author 'MHWCN'; NOT well-formed: a raw '&' in one title and an undefined '&nbsp;' entity in another"}],
        "wp_rest": None, "sitemaps": ["/sitemap.xml"],
        "listings": [{"url": "/", "pagination": "'Older posts' under /search?updated-max=…, which robots.txt disallows", "order": "newest first, grouped under Burmese date headers"}],
        "listing_markup": "div.date-outer > h2.date-header > span ('တနင်္လာနေ့၊ မေလ ၃၁၊ ၂၀၂၁': Burmese weekday, month and digits), then div.post-outer > … h3.post-title > a",
        "xpath": {"item": "//div[@class='post-outer']", "link": ".//h3[contains(@class,'post-title')]/a/@href", "title": ".//h3[contains(@class,'post-title')]/a",
                  "date": "./ancestor::div[@class='date-outer']/h2[@class='date-header']/span", "label": ".//span[@class='post-labels']", "next": None},
        "detail_markup": "same post markup; abbr.published[title] carries the ISO time; every post says 'Posted by MHWCN' (the blog's account), while statements of hospital CDM groups name their issuer only in a Burmese signature block at the end; the blog's header expands MHWCN",
        "slash_redirect": False,
        "robots": "Disallow: /search (Blogger's default), Allow: /",
        "notes": "The network's own English statement is signed 'MHWCN' (acronym badge), expanded only in the header and sidebar.",
    })
    posts = []

    def add(path, title, when, body_html, labels, pid):
        posts.append((when, path, title, body_html, labels, pid))
        w.put(SID, path, shell(title + " | " + BLOG_MY, post_html(path, title, when, body_html, labels, pid)), lastmod=when, ignore_query=True)
        return path

    # ---- C1: Mandalay General Hospital CDM staff ----
    c1_when = t("2021-05-30T21:10:00", YGN)
    c1_title = "ဆေးရုံများကို စစ်တပ်က သိမ်းပိုက်ထားမှုအား ကန့်ကွက်ကြောင်း ထုတ်ပြန်ချက်"
    c1 = add("/2021/05/blog-post_30.html", c1_title, c1_when, paras("""စစ်ကောင်စီသည် မန္တလေးဆေးရုံကြီး အပါအဝင် ပြည်သူ့ဆေးရုံများကို လက်နက်ကိုင်တပ်ဖွဲ့များဖြင့် သိမ်းပိုက်ထားပြီး CDM ဝန်ထမ်းများ နေထိုင်သော ဝန်ထမ်းအိမ်ရာများကို ညဘက်တွင် ဝင်ရောက်ရှာဖွေ ဖမ်းဆီးနေပါသည်။

ဆေးရုံများကို စစ်စခန်းများအဖြစ် အသုံးပြုခြင်းကြောင့် ပြည်သူများသည် ဆေးကုသမှု ခံယူရန် ကြောက်ရွံ့နေကြပြီး ကိုဗစ်-၁၉ ကာကွယ်ဆေး ထိုးနှံခြင်းနှင့် မိခင်နှင့်ကလေး ကျန်းမာရေး စောင့်ရှောက်မှုများလည်း ရပ်ဆိုင်းသွားခဲ့ပါသည်။

ကျွန်ုပ်တို့ မန္တလေးဆေးရုံကြီး CDM ဝန်ထမ်းများသည် စစ်တပ်က ဆေးရုံများမှ ချက်ချင်း ထွက်ခွာရန်၊ ဖမ်းဆီးထားသော ကျန်းမာရေးဝန်ထမ်းများကို ပြန်လည်လွှတ်ပေးရန် တောင်းဆိုပြီး စစ်အာဏာရှင်စနစ် ကျဆုံးသည်အထိ အာဏာဖီဆန်ရေးလှုပ်ရှားမှုတွင် ဆက်လက်ပါဝင်သွားမည် ဖြစ်ကြောင်း ထုတ်ပြန်အပ်ပါသည်။

|<p style='text-align: right;'><b>မန္တလေးဆေးရုံကြီး CDM ဝန်ထမ်းများ</b><br>၃၀ . ၅ . ၂၀၂၁</p>"""), ["ထုတ်ပြန်ချက်", "မန္တလေး"], 7283011)
    w.gold_item(SID, c1, c1_title, "Mandalay General Hospital CDM Staff", c1_when, "my",
                note="named only in a Burmese signature block (မန္တလေးဆေးရုံကြီး CDM ဝန်ထမ်းများ); the blog's byline is MHWCN")

    # ---- C3: the network's own English statement ----
    c3_when = t("2021-05-31T19:20:00", YGN)
    c3_title = "Statement on the arrest of doctors & nurses in Mandalay and Monywa"
    c3 = add("/2021/05/statement-on-arrest-of-doctors-nurses.html", c3_title, c3_when, paras("""|<p><span class='badge' style='background:#bb0000;color:#fff;padding:1px 5px;'>MHWCN</span> <b>Statement</b> — 31 May 2021</p>

Between 25 and 30 May 2021, security forces arrested seven doctors and four nurses in Mandalay and Monywa. They had been providing free treatment to injured people and to patients who no longer dare to go to military-occupied hospitals.

Those arrested were charged under Section 505A of the Penal Code, and two of them were beaten during interrogation. Their clinics were sealed and their medicines confiscated.

We condemn these arrests in the strongest terms. Treating the sick and the wounded is not a crime. We call for the release of all detained health workers and ask international medical associations to speak out for their colleagues in Myanmar.

|<p style='text-align: right;'>— MHWCN</p>"""), ["Statement", "English"], 7283044)
    w.gold_item(SID, c3, c3_title, BLOG_EN, c3_when, "en",
                note="the post is signed only 'MHWCN' (badge and signature); the header and sidebar expand it; the feed's copy of this title has a raw '&'")

    # ---- C2: Ministry of Health and Sports CDM staff ----
    c2_when = t("2021-06-01T20:30:00", YGN)
    c2_title = "CDM ဝန်ထမ်းများအား အလုပ်မှ ထုတ်ပယ်မည်ဟု ခြိမ်းခြောက်ခြင်းအပေါ် သဘောထား ထုတ်ပြန်ချက်"
    c2 = add("/2021/06/blog-post.html", c2_title, c2_when, paras("""စစ်ကောင်စီ၏ ကျန်းမာရေးနှင့်အားကစားဝန်ကြီးဌာနက ဇွန်လ ၇ ရက်နေ့ နောက်ဆုံးထား၍ တာဝန်သို့ ပြန်လည်မဝင်ရောက်ပါက အလုပ်မှ ထုတ်ပယ်မည်ဟု CDM ဝန်ထမ်းများထံ စာများ ပေးပို့ ခြိမ်းခြောက်နေပါသည်။

ကျွန်ုပ်တို့သည် တရားမဝင် စစ်ကောင်စီ၏ အမိန့်ကို လက်ခံမည်မဟုတ်ပါ။ ပြည်သူများ ရွေးကောက်တင်မြှောက်ထားသော အစိုးရ ပြန်လည်ရောက်ရှိသည်အထိ CDM ကို ဆက်လက်ပါဝင်သွားမည် ဖြစ်ပါသည်။

အလုပ်ထုတ်ပယ်ခံရမည့် ဝန်ထမ်းများ၏ မိသားစုများအတွက် ထောက်ပံ့မှုများ ပေးရန် အမျိုးသားညီညွတ်ရေးအစိုးရ ကျန်းမာရေးဝန်ကြီးဌာနနှင့် ညှိနှိုင်းဆောင်ရွက်လျက် ရှိပါသည်။

|<p style='text-align: right;'><b>ကျန်းမာရေးနှင့်အားကစားဝန်ကြီးဌာန CDM ဝန်ထမ်းများ</b><br>၁ . ၆ . ၂၀၂၁</p>"""), ["ထုတ်ပြန်ချက်"], 7283102)
    w.gold_item(SID, c2, c2_title, "Ministry of Health and Sports CDM Staff", c2_when, "my",
                note="striking staff of a (junta-run) ministry, not the ministry: the signature names ကျန်းမာရေးနှင့်အားကစားဝန်ကြီးဌာန CDM ဝန်ထမ်းများ")

    # ---- C5: joint statement of three local bodies ----
    c5_when = t("2021-06-03T18:00:00", YGN)
    c5_title = "ကျန်းမာရေးဝန်ထမ်းများ ဖမ်းဆီးခံရမှုများ ရပ်တန့်ရေး ပူးတွဲထုတ်ပြန်ချက်"
    c5 = add("/2021/06/blog-post_3.html", c5_title, c5_when, paras("""မန္တလေးမြို့ ချမ်းအေးသာဇံမြို့နယ်အတွင်း ဇွန်လ ၁ ရက်နှင့် ၂ ရက်နေ့များတွင် ပြည်သူများကို အခမဲ့ ဆေးကုသပေးနေသော သူနာပြု ငါးဦးနှင့် ဆရာဝန် နှစ်ဦးကို စစ်ကောင်စီတပ်ဖွဲ့များက ဖမ်းဆီးသွားခဲ့ပါသည်။

ကျန်းမာရေးဝန်ထမ်းများကို ဖမ်းဆီးခြင်း၊ ဆေးခန်းများကို ပိတ်သိမ်းခြင်းများကို ချက်ချင်း ရပ်တန့်ရန်နှင့် ဖမ်းဆီးထားသူ အားလုံးကို ပြန်လည်လွှတ်ပေးရန် ပူးတွဲ တောင်းဆိုအပ်ပါသည်။

ဒေသခံပြည်သူများအနေဖြင့် ကျန်းမာရေးဝန်ထမ်းများကို လုံခြုံစွာ ကာကွယ်ပေးကြရန်လည်း မေတ္တာရပ်ခံပါသည်။

|<p><b>ပူးတွဲထုတ်ပြန်သူများ</b><br>
၁။ မန္တလေးဆေးရုံကြီး CDM ဝန်ထမ်းများ<br>
၂။ မန္တလေး သူနာပြုများသမဂ္ဂ<br>
၃။ ချမ်းအေးသာဇံမြို့နယ် ပြည်သူ့အုပ်ချုပ်ရေးကော်မတီ</p>

|<p>ရက်စွဲ - ၂၀၂၁ ခုနှစ်၊ ဇွန်လ ၃ ရက်</p>"""), ["ပူးတွဲထုတ်ပြန်ချက်", "မန္တလေး"], 7283190)
    w.gold_item(SID, c5, c5_title, "Mandalay General Hospital CDM Staff, Mandalay Nurses' Union and Chanayethazan Township People's Administration Committee",
                c5_when, "my", note="three co-issuers named only in Burmese, in the signature block's order, rendered term by term")

    # ---- distractors ----
    f_when = t("2021-06-02T12:00:00", YGN)
    f_title = "CDM ကျန်းမာရေးဝန်ထမ်းများအတွက် ထောက်ပံ့ငွေ လှူဒါန်းနိုင်ပါပြီ"
    f = add("/2021/06/blog-post_2.html", f_title, f_when, paras("""လစာမရရှိဘဲ CDM ဆက်လက်ပါဝင်နေသော ကျန်းမာရေးဝန်ထမ်းများနှင့် ၎င်းတို့၏ မိသားစုများအတွက် ထောက်ပံ့ငွေ လှူဒါန်းနိုင်ပါပြီ။

လှူဒါန်းလိုသူများ အောက်ပါ ဘဏ်အကောင့်များသို့ ပေးပို့နိုင်ပါသည်။ လှူဒါန်းငွေ စာရင်းကို လစဉ် ထုတ်ပြန်ပေးသွားပါမည်။"""), ["အလှူ"], 7283150)
    w.distractor("cdm-donate", SID, f, f_title, f_when, "petition", "Fundraising for striking health workers.", kind="fundraising")

    v_when = t("2021-06-04T10:00:00", YGN)
    v_title = "Volunteer doctors needed for online clinic (telemedicine) – apply now"
    v = add("/2021/06/volunteer-doctors-needed-for-online.html", v_title, v_when, paras("""MHWCN's online clinic needs volunteer general practitioners, paediatricians and obstetricians to answer patients' calls in the evenings.

Apply with your SAMA number and your availability by 15 June."""), ["Vacancy", "English"], 7283222)
    w.distractor("cdm-volunteers", SID, v, v_title, v_when, "vacancy", "A call for volunteers (applications).")

    b_when = t("2021-06-04T21:00:00", YGN)
    b_title = "နေ့စဉ် သတင်းအကျဉ်း (ဇွန်လ ၄ ရက်)"
    b = add("/2021/06/blog-post_4.html", b_title, b_when, paras("""ယနေ့ သတင်းများ -

- မန္တလေးတွင် ဆရာဝန် တစ်ဦး ထပ်မံ ဖမ်းဆီးခံရ
- မုံရွာ ဆေးရုံ ဝန်ထမ်းများ ညအချိန် ရှာဖွေခံရ
- ကယားပြည်နယ်မှ တိမ်းရှောင်သူများအတွက် ဆေးဝါးများ ပေးပို့"""), ["နေ့စဉ်သတင်း"], 7283240)
    w.distractor("cdm-daily-brief", SID, b, b_title, b_when, "briefing", "A daily news brief.")

    o_when = t("2021-05-28T22:00:00", YGN)
    o_title = "ဆေးတက္ကသိုလ် ကျောင်းသားများ ဖမ်းဆီးခံရမှုအပေါ် ထုတ်ပြန်ချက်"
    o = add("/2021/05/blog-post_28.html", o_title, o_when, paras("""ဆေးတက္ကသိုလ် ကျောင်းသား သုံးဦး ဖမ်းဆီးခံရမှုကို ရှုတ်ချပါသည်။

|<p style='text-align: right;'>— MHWCN</p>"""), ["ထုတ်ပြန်ချက်"], 7282990)
    w.distractor("cdm-before-window", SID, o, o_title, o_when, "outside_window", "28 May, before the week.")

    posts.sort(key=lambda p: p[0], reverse=True)

    # ---- home page: posts grouped by date header ----
    inner = "\n".join(post_html(p[1], p[2], p[0], p[3], p[4], p[5]) for p in posts)
    inner += "\n<div class='blog-pager' id='blog-pager'><a class='blog-pager-older-link' href='{{BASE:cdm}}/search?updated-max=2021-05-28T22:00:00%2B06:30&amp;max-results=7' title='Older Posts'>Older Posts</a></div>"
    w.put(SID, "/", shell(BLOG_MY, inner), lastmod=posts[0][0], ignore_query=True)

    # ---- the Blogger Atom feed, not well-formed ----
    entries = []
    for when, path, title, body_html, labels, pid in posts:
        raw_title = title
        if pid == 7283222:
            raw_title = title.replace(" – ", "&nbsp;– ")   # an undefined entity in XML
        if pid == 7283044:
            raw_title = title                              # the raw '&' stays unescaped below
        t_xml = raw_title if pid in (7283044, 7283222) else esc(title)
        cats = "".join("<category scheme='http://www.blogger.com/atom/ns#' term='%s'/>" % esc(l) for l in labels)
        entries.append("<entry><id>tag:blogger.com,1999:blog-4417.post-%d</id><published>%s</published><updated>%s</updated>%s<title type='text'>%s</title><content type='html'>%s</content><link rel='replies' type='application/atom+xml' href='{{BASE:cdm}}/feeds/%d/comments/default' title='Post Comments'/><link rel='alternate' type='text/html' href='{{BASE:cdm}}%s' title='%s'/><author><name>MHWCN</name><email>noreply@blogger.com</email></author></entry>" % (
            pid, when.isoformat(timespec="milliseconds"), when.isoformat(timespec="milliseconds"), cats, t_xml, esc(body_html), pid, path, esc(title)))
    feed = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:gd=\"http://schemas.google.com/g/2005\">"
            "<id>tag:blogger.com,1999:blog-4417</id><updated>%s</updated><category term=\"ထုတ်ပြန်ချက်\"/><title type='text'>%s</title><subtitle type='html'>%s (MHWCN)</subtitle>"
            "<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{{BASE:cdm}}/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='{{BASE:cdm}}/feeds/posts/default'/><link rel='alternate' type='text/html' href='{{BASE:cdm}}/'/>"
            "<author><name>MHWCN</name><email>noreply@blogger.com</email></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>%d</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>%s</feed>"
            % (posts[0][0].isoformat(timespec="milliseconds"), BLOG_MY, esc(BLOG_EN), len(posts), "".join(entries)))
    w.put(SID, "/feeds/posts/default", feed, ext=".xml", ctype="application/atom+xml; charset=UTF-8", lastmod=posts[0][0], ignore_query=True)

    sm = "".join("<url><loc>{{BASE:cdm}}%s</loc><lastmod>%s</lastmod></url>" % (p[1], p[0].isoformat()) for p in posts)
    w.put(SID, "/sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>%s</urlset>" % sm, ext=".xml")
    w.put(SID, "/robots.txt", "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {{BASE:cdm}}/sitemap.xml\n", ext=".txt")

    w.fault(id="cdm-post-500", site=SID, type="fail_first", status=500, count=1, match={"path": "/2021/06/blog-post_3.html"},
            expect="retry the joint statement's page once")
    w.content_fault(id="cdm-feed-not-well-formed", site=SID, url=w.base(SID) + "/feeds/posts/default", type="malformed_xml",
                    description="The Blogger feed has a raw '&' in the title of the network's 31 May statement and an undefined '&nbsp;' entity in the vacancy's title.",
                    expect="read leniently: all eight entries, the 31 May title as 'Statement on the arrest of doctors & nurses in Mandalay and Monywa'")

    w.source(id="mhwcn", name=BLOG_EN, type="feed", url=w.base(SID) + "/feeds/posts/default",
             publishesForOthers=True, timeZone=YGN, language="my")

    w.case("cdm-signature-blocks", "Statements of hospital and ministry CDM groups on the network's blog, each post 'Posted by MHWCN'.",
           "each By the body in its Burmese signature block, in English: Mandalay General Hospital CDM Staff; Ministry of Health and Sports CDM Staff")
    w.case("cdm-acronym-badge", "The network's English statement is signed 'MHWCN' only.", "By Myanmar Health Workers' CDM Network (expanded from the blog's header)")
    w.case("cdm-burmese-joint", "Joint statement signed by three bodies named in Burmese.",
           "By Mandalay General Hospital CDM Staff, Mandalay Nurses' Union and Chanayethazan Township People's Administration Committee")
