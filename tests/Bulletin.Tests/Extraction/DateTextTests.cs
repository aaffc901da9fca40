using System.Globalization;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Tests.Extraction;

public sealed class DateTextTests
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");

    [Theory]
    [InlineData("2025-05-18T20:00:00+06:30", "2025-05-18T20:00:00+06:30")]
    [InlineData("2025-05-17T09:00:00Z", "2025-05-17T09:00:00+00:00")]
    [InlineData("Tue, 20 May 2025 09:00:00 +0000", "2025-05-20T09:00:00+00:00")]
    [InlineData("Thu, 22 May 2025 15:00:00 +0630", "2025-05-22T15:00:00+06:30")]
    [InlineData("Mon, 26 May 2025 09:00:00 +0700", "2025-05-26T09:00:00+07:00")]
    [InlineData("Mon, 26 May 2025 09:00:00 GMT", "2025-05-26T09:00:00+00:00")]
    public void Reads_instants_with_offsets(string text, string expected)
    {
        var date = DateText.Parse(text);

        Assert.Equal(DatePrecision.Instant, date?.Precision);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), date!.Value.Instant);
    }

    [Theory]
    [InlineData("20 May 2025", 2025, 5, 20)]
    [InlineData("May 22, 2025", 2025, 5, 22)]
    [InlineData("May 19th, 2025", 2025, 5, 19)]
    [InlineData("2025.05.22", 2025, 5, 22)]
    [InlineData("2025-05-21", 2025, 5, 21)]
    [InlineData("၂၂.၅.၂၀၂၅", 2025, 5, 22)]
    [InlineData("ရက်စွဲ - ၁၈.၅.၂၀၂၅", 2025, 5, 18)]
    [InlineData("၂၀၂၅ ခုနှစ်၊ မေလ ၂၄ ရက်", 2025, 5, 24)]
    [InlineData("Posted on 3rd of June 2024 by staff", 2024, 6, 3)]
    public void Reads_calendar_dates(string text, int y, int m, int d)
    {
        var date = DateText.Parse(text);

        Assert.Equal(DatePrecision.Date, date?.Precision);
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(date!.Value.LocalTime!.Value));
    }

    [Fact]
    public void A_naive_timestamp_stays_local_to_the_site()
    {
        // WordPress REST "date" is site-local: 23:50 in Yangon is 17:20 UTC, not 23:50 UTC.
        var date = DateText.Parse("2025-05-16T23:50:00")!.Value;

        Assert.Equal(DatePrecision.LocalTime, date.Precision);
        Assert.Equal(DateTimeOffset.Parse("2025-05-16T17:20:00Z", CultureInfo.InvariantCulture), date.Resolve(Yangon));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no date here")]
    [InlineData("2025-13-45")]
    public void Rejects_text_without_a_date(string text) => Assert.Null(DateText.Parse(text));
}
