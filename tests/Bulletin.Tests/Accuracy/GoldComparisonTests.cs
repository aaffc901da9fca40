using System.Text.Json;
using Bulletin.Core.Accuracy;

namespace Bulletin.Tests.Accuracy;

public sealed class GoldComparisonTests
{
    private const string Gold = """
        {"sections": [
          {"title": "Statements and Press Releases", "items": [
            {"title": "Statement on airstrikes", "issuer": "Karen Human Rights Group", "url": "https://khrg.org/2025/statement/", "language": "en"},
            {"title": "လေကြောင်းတိုက်ခိုက်မှုဆိုင်ရာ ထုတ်ပြန်ချက်", "issuer": "Karen Human Rights Group", "url": "https://khrg.org/my/2025/statement/", "language": "my"},
            {"title": "Joint statement on fuel", "issuer": "59 Civil Society Organizations", "url": "https://progressivevoicemyanmar.org/2025/fuel/", "language": "en"}
          ]},
          {"title": "Reports", "items": [
            {"title": "Situation update", "issuer": "Office for the Coordination of Humanitarian Affairs", "url": "https://reliefweb.int/report/update", "language": "en"}
          ]}
        ]}
        """;

    [Fact]
    public void A_draft_equal_to_the_published_bulletin_scores_100_percent()
    {
        var report = Compare(Gold.Replace("https://khrg.org/2025/statement/", "https://khrg.org/2025/statement?utm_source=rss", StringComparison.Ordinal));

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(4, report.Cases);
        Assert.All(report.Fields, f => Assert.Equal(100, f.Percent));
    }

    [Fact]
    public void Wrong_issuer_swapped_pair_wrong_section_and_a_leak_are_each_a_miss_with_its_reason()
    {
        var draft = """
            {"sections": [
              {"title": "Statements and Press Releases", "items": [
                {"title": "လေကြောင်းတိုက်ခိုက်မှုဆိုင်ရာ ထုတ်ပြန်ချက်", "issuer": "Karen Human Rights Group", "url": "https://khrg.org/my/2025/statement/", "language": "my", "issuerReason": "source default"},
                {"title": "Statement on airstrikes", "issuer": "Karen Human Rights Group", "url": "https://khrg.org/2025/statement/", "language": "en", "issuerReason": "source default"},
                {"title": "Joint statement on fuel", "issuer": "Progressive Voice", "url": "https://progressivevoicemyanmar.org/2025/fuel/", "language": "en", "issuerReason": "default issuer of source 'pv'"},
                {"title": "Situation update", "issuer": "Office for the Coordination of Humanitarian Affairs", "url": "https://reliefweb.int/report/update", "language": "en", "kindReason": "published by source 'ocha'"},
                {"title": "Webinar", "issuer": "Karen Human Rights Group", "url": "https://khrg.org/events/webinar", "language": "en", "kindReason": "labelled 'Events'?"}
              ]}
            ]}
            """;

        var report = Compare(draft);

        Assert.False(report.Passed);
        Assert.Equal(
            [("Joint statement on fuel", "issuer"), ("Situation update", "section"), ("Webinar", "section"), ("Statement on airstrikes", "pairing")],
            report.Misses.Select(m => (m.CaseId, m.Field)));
        Assert.Equal("default issuer of source 'pv'", report.Misses[0].Reason);
        Assert.Equal(AccuracyFields.NoSection, report.Misses[2].Expected);
    }

    private static AccuracyReport Compare(string draft)
    {
        using var drafted = JsonDocument.Parse(draft);
        using var gold = JsonDocument.Parse(Gold);
        return GoldComparison.Compare(drafted.RootElement, gold.RootElement);
    }
}
