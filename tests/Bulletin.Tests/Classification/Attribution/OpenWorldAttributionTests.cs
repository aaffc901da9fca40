using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Classification.Attribution;

/// <summary>
/// A body the directory has never heard of is named from the page itself, whichever way the page
/// says whose the item is; the site that posted it is not credited.
/// </summary>
public sealed class OpenWorldAttributionTests
{
    private const string Body = "Hsipaw Township Youth Network";

    // An aggregator with no default issuer of its own, like most sites that repost statements.
    private static readonly SourceDefinition Aggregator = new()
    {
        Id = "digest", Name = "Resistance Digest", Type = SourceType.Feed, Url = new Uri("https://digest.example.net/feed/"), PublishesForOthers = true,
    };

    public static TheoryData<string, string> Signals => new()
    {
        { "source field", Page("<p class=\"meta\">Source: Hsipaw Township Youth Network</p><p>" + Prose + "</p>") },
        { "published-by field on the next line", Page("<p><strong>Published by:</strong></p><p>Hsipaw Township Youth Network (HTYN)</p><p>" + Prose + "</p>") },
        { "field inside a meta line", Page("<p>12 March 2025 • Author: Hsipaw Township Youth Network • 2 minute read</p><p>" + Prose + "</p>") },
        { "first sentence", Page("<p>The Hsipaw Township Youth Network strongly condemns the shelling of the town market on 10 March, which killed four vendors and wounded a child.</p><p>" + Prose + "</p>") },
        { "We, the …", Page("<p>We, the Hsipaw Township Youth Network, mourn the four vendors killed when the town market was shelled on 10 March, and we ask every armed group to keep its guns away from civilians.</p>") },
        { "issued-by sentence", Page("<p>This statement was issued by our member organisation, Hsipaw Township Youth Network.</p><p>" + Prose + "</p>") },
        { "signature block", Page("<p>" + Prose + "</p><p style=\"text-align:right\">Hsipaw Township Youth Network</p><p style=\"text-align:right\">12 March 2025</p>") },
        { "letterhead", Page("<div class=\"letterhead\"><p>Hsipaw Township Youth Network</p><p>Statement No. 3/2025</p></div><p>" + Prose + "</p>") },
        { "acronym spelled out elsewhere", Page("<p>" + Prose + " The Hsipaw Township Youth Network (HTYN) was founded in 2021.</p><p class=\"sign\">HTYN</p>") },
        { "section heading", "<html><body><h2>Statements of the Hsipaw Township Youth Network</h2><article><h1>Stop shelling the market</h1><p>" + Prose + "</p></article></body></html>" },
        { "Burmese field", Page("<p>ရင်းမြစ် - သီပေါမြို့နယ် လူငယ်ကွန်ရက်</p><p>" + Prose + "</p>") },
    };

    private const string Prose = "On 10 March the town market was shelled in the early morning, when it is most crowded. Four vendors were killed and a child was wounded. We call on every armed group to keep its weapons away from places where civilians gather.";

    [Fact]
    public void The_body_is_not_in_the_directory()
    {
        Assert.Null(ShippedPipeline.Directory.Match(Body));
        Assert.Null(ShippedPipeline.Directory.FindIn(Body));
    }

    [Theory]
    [MemberData(nameof(Signals))]
    public void A_body_new_to_the_directory_is_named_from_the_page(string signal, string html)
    {
        var url = new Uri("https://digest.example.net/2025/03/stop-shelling-the-market/");
        var page = PageReader.Read(html, url);

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = url, Title = "Stop shelling the market" }, page));

        Assert.True(attribution.Value == Body, $"{signal}: got '{attribution.Value}' ({attribution.Reason})");
        Assert.True(attribution.NewToDirectory, $"{signal}: the winning name should be marked new to the directory");
    }

    [Fact]
    public void A_lead_label_naming_the_issuer_beside_the_kind_credits_it()
    {
        var lead = new Lead { Url = new Uri("https://digest.example.net/doc/1"), Title = "Stop shelling the market", Labels = ["Statement | Hsipaw Township Youth Network"] };

        Assert.Equal(Body, ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, lead, null)).Value);
    }

    [Fact]
    public void Co_issuers_in_a_byline_are_all_credited_in_their_order()
    {
        var page = PageReader.Read(Page("<p class=\"byline\">By Hsipaw Township Youth Network and Kyaukme Women's Group</p><p>" + Prose + "</p>"), new Uri("https://digest.example.net/a"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "Stop shelling the market" }, page));

        Assert.Equal("Hsipaw Township Youth Network and Kyaukme Women's Group", attribution.Value);
    }

    [Fact]
    public void The_junta_named_as_a_sentence_subject_is_never_the_issuer()
    {
        var page = PageReader.Read(Page("<p>စစ်ကောင်စီက မြို့နယ်အတွင်း ဈေးကို လက်နက်ကြီးဖြင့် ပစ်ခတ်ခဲ့သဖြင့် အရပ်သား လေးဦး သေဆုံးခဲ့သည်။ ကျွန်ုပ်တို့ ပြင်းထန်စွာ ရှုတ်ချပါသည်။</p><p>သီပေါမြို့နယ် လူငယ်ကွန်ရက်</p>"), new Uri("https://digest.example.net/my/a"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "ထုတ်ပြန်ချက်" }, page));

        Assert.Equal(Body, attribution.Value);
        Assert.DoesNotContain(attribution.Candidates, c => c.Name.Contains("Military", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_burmese_signatory_list_numbered_with_the_section_mark_is_named_in_english()
    {
        var page = PageReader.Read(Page("<p>" + Prose + "</p><p><b>ပူးတွဲထုတ်ပြန်သူများ</b><br>၁။ သီပေါမြို့နယ် လူငယ်ကွန်ရက်<br>၂။ ကျောက်မဲမြို့နယ် သပိတ်ကော်မတီ<br>ရက်စွဲ - ၂၀၂၅ ခုနှစ်၊ မတ်လ ၁၂ ရက်</p>"), new Uri("https://digest.example.net/my/b"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "ပူးတွဲထုတ်ပြန်ချက်" }, page));

        Assert.Equal(["သီပေါမြို့နယ် လူငယ်ကွန်ရက်", "ကျောက်မဲမြို့နယ် သပိတ်ကော်မတီ"], page.Signatories);
        Assert.Equal("Hsipaw Township Youth Network and Kyaukme Township Strike Committee", attribution.Value);
    }

    [Fact]
    public void Latin_letters_in_a_burmese_signature_are_english_already()
    {
        var page = PageReader.Read(Page("<p>" + Prose + "</p><p style=\"text-align: right;\"><b>ကျောက်မဲမြို့နယ် CDM ဝန်ထမ်းများ</b><br>၁၂ . ၃ . ၂၀၂၅</p>"), new Uri("https://digest.example.net/my/c"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "ထုတ်ပြန်ချက်" }, page));

        Assert.Equal("Kyaukme Township CDM Staff", attribution.Value);
    }

    [Fact]
    public void Office_holders_of_two_bodies_in_a_joint_title_credit_both_bodies()
    {
        var lead = new Lead { Url = new Uri("https://www.unicef.org/press-releases/joint"), Title = "Joint statement by UNICEF Executive Director Catherine Russell and WFP Executive Director Cindy McCain on school meals" };

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, lead, null));

        Assert.Equal("United Nations Children's Fund and World Food Programme", attribution.Value);
    }

    [Fact]
    public void A_burmese_subject_line_under_the_letterhead_names_no_issuer()
    {
        var page = PageReader.Read(Page("<p>အမျိုးသားညီညွတ်ရေးအစိုးရ</p><p>အာဆီယံ ကိုယ်စားလှယ်အဖွဲ့၏ ခရီးစဉ်နှင့် စပ်လျဉ်း၍</p><p>" + Prose + "</p>"), new Uri("https://digest.example.net/my/d"));

        Assert.DoesNotContain(page.Mentions, m => m.Signal == MentionSignal.Letterhead && m.Text.Contains("အာဆီယံ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_collective_the_title_names_is_printed_as_the_title_names_it_not_as_a_count()
    {
        const string title = "Joint Statement by Hsipaw Civil Society Organizations on the Shelling of the Market";
        var page = PageReader.Read(Page("<p>We, the undersigned 24 Hsipaw civil society organizations, condemn the shelling of the town market on 10 March, which killed four vendors and wounded a child.</p><p>" + Prose + "</p>").Replace("Stop shelling the market", title, StringComparison.Ordinal), new Uri("https://digest.example.net/e"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = title }, page));

        Assert.Equal("Hsipaw Civil Society Organizations", attribution.Value);
    }

    [Fact]
    public void A_department_under_its_body_in_the_letterhead_is_named_with_it()
    {
        var page = PageReader.Read(Page("<p>Hsipaw Township Youth Network</p><p>Information Department</p><p>" + Prose + "</p>"), new Uri("https://digest.example.net/f"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "Stop shelling the market" }, page));

        Assert.Equal("Hsipaw Township Youth Network (Information Department)", attribution.Value);
    }

    [Fact]
    public void An_acronym_spelled_out_only_in_the_site_header_names_the_body()
    {
        var html = "<html><body><div class=\"header\"><p class=\"description\">Hsipaw Township Youth Network (HTYN) — news and statements</p></div><article><h1>Stop shelling the market</h1><p>" + Prose + "</p><p class=\"sign\">HTYN</p></article></body></html>";
        var page = PageReader.Read(html, new Uri("https://htyn.example.org/2025/03/stop"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "Stop shelling the market" }, page));

        Assert.Equal(Body, attribution.Value);
    }

    [Fact]
    public void Bodies_listed_under_signed_on_a_line_of_its_own_are_the_co_issuers()
    {
        var page = PageReader.Read(Page("<p>" + Prose + "</p><p>Signed:</p><p>Hsipaw Township Youth Network</p><p>Kyaukme Women's Group</p><p>Namtu Teachers' Union</p><p>12 March 2025</p>"), new Uri("https://digest.example.net/g"));

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, new Lead { Url = page.Url, Title = "Stop shelling the market" }, page));

        Assert.Equal("Hsipaw Township Youth Network, Kyaukme Women's Group and Namtu Teachers' Union", attribution.Value);
    }

    [Theory]
    [InlineData("Statement of KNU Hpa-an District on the Shelling of Villages", "Karen National Union (Hpa-an District)")]
    [InlineData("Statement of KNLA Brigade 5 on the Shelling of Villages", "Karen National Liberation Army (Brigade 5)")]
    public void A_known_bodys_district_or_brigade_in_a_title_is_named_with_its_parent(string title, string expected)
    {
        var lead = new Lead { Url = new Uri("https://digest.example.net/doc/2"), Title = title };

        Assert.Equal(expected, ShippedPipeline.Attributor().Attribute(new Evidence(Aggregator, lead, null)).Value);
    }

    private static string Page(string body) =>
        $"<html><head><meta property=\"og:site_name\" content=\"Resistance Digest\"></head><body><header><a href=\"/\">Resistance Digest</a></header><article><h1>Stop shelling the market</h1>{body}</article><footer>© Resistance Digest</footer></body></html>";
}
