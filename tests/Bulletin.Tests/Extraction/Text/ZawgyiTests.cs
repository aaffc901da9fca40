using System.Globalization;
using System.Text;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Tests.Extraction.Text;

public sealed class ZawgyiTests
{
    // Zawgyi spelling → standard Unicode spelling of words and names common in the newsroom's sources.
    public static readonly TheoryData<string, string> Words = new()
    {
        { "ျမန္မာ", "မြန်မာ" },
        { "ထုတ္ျပန္ခ်က္", "ထုတ်ပြန်ချက်" }, // statement
        { "အမ်ိဳးသားညီၫြတ္ေရးအစိုးရ", "အမျိုးသားညီညွတ်ရေးအစိုးရ" }, // National Unity Government
        { "အမ်ိဳးသားညီညြတ္ေရးအစိုးရ", "အမျိုးသားညီညွတ်ရေးအစိုးရ" }, // same, with plain nya
        { "လူ႔အခြင့္အေရး", "လူ့အခွင့်အရေး" }, // human rights
        { "ေၾကညာခ်က္", "ကြေညာချက်" }, // declaration
        { "ေျကညာခ်က္", "ကြေညာချက်" }, // same, with the narrow ya-yit
        { "မဂၤလာပါ", "မင်္ဂလာပါ" }, // kinzi
        { "ေက်ာင္း", "ကျောင်း" },
        { "ႏိုင္ငံ", "နိုင်ငံ" }, // short na
        { "ျပည္ေထာင္စု", "ပြည်ထောင်စု" },
        { "စစ္တပ္", "စစ်တပ်" },
        { "ရွင္းလင္းခ်က္", "ရှင်းလင်းချက်" }, // medial ha
        { "ဖမ္းဆီး", "ဖမ်းဆီး" },
        { "ကုလသမဂၢ", "ကုလသမဂ္ဂ" }, // stacked ga
        { "လႊတ္ေတာ္", "လွှတ်တော်" }, // wa + ha ligature
        { "ရခိုင္", "ရခိုင်" },
        { "ကခ်င္", "ကချင်" },
        { "ၾကည့္", "ကြည့်" },
        { "ၫႊန္ၾကားခ်က္", "ညွှန်ကြားချက်" },
        { "ခ်ိဳးေဖာက္မႈ", "ချိုးဖောက်မှု" },
        { "စစ္ေကာင္စီ", "စစ်ကောင်စီ" },
        { "ေၾကာင့္", "ကြောင့်" },
        { "တိုက္ခိုက္မႈ", "တိုက်ခိုက်မှု" },
        { "အၾကမ္းဖက္", "အကြမ်းဖက်" },
        { "ဒုကၡသည္", "ဒုက္ခသည်" }, // stacked kha
        { "ေနျပည္ေတာ္", "နေပြည်တော်" },
        { "ရြာ", "ရွာ" },
        { "ေငြေၾကး", "ငွေကြေး" },
        { "ေရြးေကာက္ပြဲ", "ရွေးကောက်ပွဲ" },
        { "ၿမိဳ႕", "မြို့" }, // wide ya-yit, short u, dot below variants
        { "ၿပီးခဲ့သည့္", "ပြီးခဲ့သည့်" },
        { "ေပၚ", "ပေါ်" }, // tall aa with asat
    };

    public static readonly TheoryData<string, string> Headlines = new()
    {
        { "အမ်ိဳးသားညီၫြတ္ေရးအစိုးရ၏ ထုတ္ျပန္ခ်က္", "အမျိုးသားညီညွတ်ရေးအစိုးရ၏ ထုတ်ပြန်ချက်" },
        { "ရခိုင္ျပည္နယ္တြင္ စစ္ေကာင္စီ၏ ေလေၾကာင္းတိုက္ခိုက္မႈ", "ရခိုင်ပြည်နယ်တွင် စစ်ကောင်စီ၏ လေကြောင်းတိုက်ခိုက်မှု" },
        { "လူ႔အခြင့္အေရးခ်ိဳးေဖာက္မႈမ်ားကို ရႈတ္ခ်ေၾကာင္း ေၾကညာခ်က္", "လူ့အခွင့်အရေးချိုးဖောက်မှုများကို ရှုတ်ချကြောင်း ကြေညာချက်" },
        { "ကုလသမဂၢ လူ႔အခြင့္အေရးေကာင္စီ", "ကုလသမဂ္ဂ လူ့အခွင့်အရေးကောင်စီ" },
        { "ဒုကၡသည္မ်ားအတြက္ အေရးေပၚအကူအညီ", "ဒုက္ခသည်များအတွက် အရေးပေါ်အကူအညီ" },
        { "ျပည္သူ႔ကာကြယ္ေရးတပ္ဖြဲ႕ ၿမိဳ႕ကို သိမ္းပိုက္", "ပြည်သူ့ကာကွယ်ရေးတပ်ဖွဲ့ မြို့ကို သိမ်းပိုက်" },
    };

    // Unicode text that must never be taken for Zawgyi, including words whose Zawgyi spelling is close.
    private static readonly string[] UnicodeTexts =
    [
        .. Words.Select(row => (string)row[1]),
        .. Headlines.Select(row => (string)row[1]),
        "ကျွန်ုပ်တို့",
        "ပြည်ထောင်စုသမ္မတမြန်မာနိုင်ငံတော်",
        "ဦးဆောင်သူ",
        "အစိုးရ",
        "၂၀၂၅ ခုနှစ် မေလ ၂၂ ရက်",
        "မြန်မာ\u200Bနိုင်ငံ",
    ];

    private static readonly string[] DistinctUnicodeTexts = [.. UnicodeTexts.Distinct()];

    public static TheoryData<string> Unicode => new(DistinctUnicodeTexts);

    [Theory]
    [MemberData(nameof(Words))]
    [MemberData(nameof(Headlines))]
    public void ZawgyiBecomesUnicode(string zawgyi, string unicode)
    {
        Assert.True(Zawgyi.IsLikely(zawgyi), Points(zawgyi));
        Assert.Equal(Points(unicode), Points(Zawgyi.ToUnicode(zawgyi).Normalize(NormalizationForm.FormC)));
        Assert.Equal(Points(unicode), Points(BurmeseText.Normalize(zawgyi)));
    }

    [Theory]
    [MemberData(nameof(Unicode))]
    public void UnicodeBurmeseIsLeftAlone(string unicode)
    {
        Assert.False(Zawgyi.IsLikely(unicode), Points(unicode));
        Assert.Equal(unicode, BurmeseText.Normalize(unicode));
    }

    [Fact]
    public void DetectorSortsZawgyiFromUnicode()
    {
        var zawgyi = Words.Select(row => (string)row[0]).Concat(Headlines.Select(row => (string)row[0])).ToList();
        var missed = zawgyi.Where(text => !Zawgyi.IsLikely(text)).ToList();
        var misread = UnicodeTexts.Where(Zawgyi.IsLikely).ToList();

        Assert.True(zawgyi.Count >= 20 && UnicodeTexts.Length >= 20);
        Assert.True(missed.Count == 0, "Zawgyi taken for Unicode: " + string.Join(" | ", missed));
        Assert.True(misread.Count == 0, "Unicode taken for Zawgyi: " + string.Join(" | ", misread));
    }

    [Theory]
    [InlineData("Statement on the situation in Myanmar")]
    [InlineData("Déclaration conjointe — 22 mai 2025")]
    [InlineData("")]
    public void TextWithoutBurmeseIsReturnedAsIs(string text)
    {
        Assert.False(Zawgyi.IsLikely(text));
        Assert.Same(text, BurmeseText.Normalize(text));
        Assert.Same(text, Zawgyi.ToUnicode(text));
    }

    [Fact]
    public void MixedEnglishAndZawgyiTitleHasOnlyItsBurmeseConverted()
    {
        var title = BurmeseText.Normalize("NUG ထုတ္ျပန္ခ်က္ (Statement No. 12/2025) - ေၾကညာခ်က္");

        Assert.Equal("NUG ထုတ်ပြန်ချက် (Statement No. 12/2025) - ကြေညာချက်", title);
    }

    [Fact]
    public void UnicodeIsBroughtToNfc()
    {
        // U+1025 U+102E is the decomposed form of U+1026, and asat before dot below is out of canonical order.
        Assert.Equal("\u1026\u1038", BurmeseText.Normalize("\u1025\u102E\u1038"));
        Assert.Equal("ကြည့်", BurmeseText.Normalize("\u1000\u103C\u100A\u103A\u1037"));
    }

    [Fact]
    public void CollapsedTitlesComeOutAsUnicode()
    {
        var title = PlainText.Collapse("  ျမန္မာ   ႏိုင္ငံ\n ေၾကညာခ်က္ ");

        Assert.Equal("မြန်မာ နိုင်ငံ ကြေညာချက်", title);
        Assert.True(title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("<b>ကြေညာချက်</b>", $"<b>{PlainText.FromHtml("<p>ေၾကညာခ်က္</p>")}</b>");
    }

    [Fact]
    public void FeedTitlesInZawgyiAreReadAsUnicode()
    {
        const string Xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>ျမန္မာ သတင္း</title>
            <item>
              <title>အမ်ိဳးသားညီၫြတ္ေရးအစိုးရ၏ ထုတ္ျပန္ခ်က္</title>
              <link>https://news.example/2025/05/statement</link>
              <description>&lt;p&gt;လူ႔အခြင့္အေရး ေၾကညာခ်က္&lt;/p&gt;</description>
            </item>
            </channel></rss>
            """;

        var feed = FeedReader.Read(Encoding.UTF8.GetBytes(Xml), "application/rss+xml", new Uri("https://news.example/feed"));

        var item = Assert.Single(feed.Items);
        Assert.Equal("အမျိုးသားညီညွတ်ရေးအစိုးရ၏ ထုတ်ပြန်ချက်", item.Title);
        Assert.Equal("လူ့အခွင့်အရေး ကြေညာချက်", item.Summary);
        Assert.Equal("မြန်မာ သတင်း", feed.Title);
    }

    [Fact]
    public void IssuerNamesInEitherEncodingGiveOneKey()
    {
        Assert.Equal(
            IssuerName.Normalise("အမျိုးသားညီညွတ်ရေးအစိုးရ"),
            IssuerName.Normalise("အမ်ိဳးသားညီၫြတ္ေရးအစိုးရ"));
        Assert.Equal(IssuerName.Normalise("ကုလသမဂ္ဂ"), IssuerName.Normalise("ကုလ သမဂၢ"));
    }

    private static string Points(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
