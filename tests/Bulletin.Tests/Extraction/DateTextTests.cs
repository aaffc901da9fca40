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

    [Theory]
    // English, with weekdays, ordinals and abbreviations
    [InlineData("Posted on March 3, 2021", 2021, 3, 3)]
    [InlineData("Tuesday, 5 March 2024", 2024, 3, 5)]
    [InlineData("Sept. 14, 2023", 2023, 9, 14)]
    [InlineData("07/31/2024 03:58 PM EDT", 2024, 7, 31)]
    [InlineData("15.02.2018", 2018, 2, 15)]
    [InlineData("Submitted by admin on Tue, 03/05/2024 - 10:30", 2024, 3, 5)]
    [InlineData("Fri, 03/05/2024", 2024, 5, 3)]
    [InlineData("Stand: 19.07.14, 10:30 Uhr", 2014, 7, 19)]
    // German
    [InlineData("19. Juli 2014", 2014, 7, 19)]
    [InlineData("Montag, 15. März 2021, 10:30 Uhr", 2021, 3, 15)]
    [InlineData("3. Okt. 2022", 2022, 10, 3)]
    // French
    [InlineData("1er mars 2024", 2024, 3, 1)]
    [InlineData("Publié le lundi 30 janvier 2023", 2023, 1, 30)]
    [InlineData("12 févr. 2020", 2020, 2, 12)]
    [InlineData("15 août 2019", 2019, 8, 15)]
    // Spanish
    [InlineData("5 de marzo de 2024", 2024, 3, 5)]
    [InlineData("Publicado el 21 de diciembre, 2022", 2022, 12, 21)]
    // Japanese and Chinese
    [InlineData("2024年3月5日", 2024, 3, 5)]
    [InlineData("公開日：2023年11月02日 10:30", 2023, 11, 2)]
    [InlineData("令和6年3月5日", 2024, 3, 5)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("发布时间：２０２２年１２月３１日", 2022, 12, 31)]
    [InlineData("二〇二四年三月二十五日", 2024, 3, 25)]
    [InlineData("2024년 3월 5일", 2024, 3, 5)]
    // Thai, Buddhist era, full and abbreviated months, Thai digits
    [InlineData("5 มีนาคม 2567", 2024, 3, 5)]
    [InlineData("วันอังคารที่ 5 มีนาคม พ.ศ. 2567", 2024, 3, 5)]
    [InlineData("12 ต.ค. 66", 2023, 10, 12)]
    [InlineData("๑๒ ตุลาคม ๒๕๖๖", 2023, 10, 12)]
    [InlineData("05/03/2567", 2024, 3, 5)]
    // Burmese: month names, Burmese digits, "၊", "ရက်", "ခုနှစ်" and weekday prefixes
    [InlineData("နိုဝင်ဘာ ၅၊ ၂၀၂၄", 2024, 11, 5)]
    [InlineData("အောက်တိုဘာ ၁၀၊ ၂၀၂၃", 2023, 10, 10)]
    [InlineData("နိုဝင်ဘာလ ၁၃ ရက်၊ ၂၀၂၂", 2022, 11, 13)]
    [InlineData("၁၁.၁၀.၂၀၂၃", 2023, 10, 11)]
    [InlineData("အင်္ဂါနေ့၊ နိုဝင်ဘာ ၅၊ ၂၀၂၄", 2024, 11, 5)]
    [InlineData("၂၀၂၃ ခုနှစ်၊ အောက်တိုဘာလ ၁၁ ရက်", 2023, 10, 11)]
    [InlineData("ထုတ်ပြန်သည့်နေ့ ဇန်နဝါရီ ၂၊ ၂၀၂၅", 2025, 1, 2)]
    [InlineData("၂၄ မေ ၂၀၂၅", 2025, 5, 24)]
    [InlineData("ရက်စွဲ။ ၁၅ ရက်၊ စက်တင်ဘာလ၊ ၂၀၂၃ ခုနှစ်", 2023, 9, 15)]
    public void Reads_dates_in_the_languages_of_the_pages(string text, int y, int m, int d)
    {
        var date = DateText.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(date!.Value.LocalTime ?? date.Value.Instant!.Value.DateTime));
    }

    [Theory]
    [InlineData("Published 5 March 2024, updated 2024-03-07", 2024, 3, 5)]
    [InlineData("2024-03-07 (first published 5 March 2024)", 2024, 3, 7)]
    public void The_first_date_in_the_text_wins(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(DateText.Parse(text)!.Value.LocalTime!.Value));

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
    [InlineData("5 out of 2024 cases")]
    [InlineData("Chapter 12, 2024 edition")]
    [InlineData("March 2024")]
    [InlineData("1 May 1985")]
    [InlineData("version 1.2.3")]
    public void Rejects_text_without_a_date(string text) => Assert.Null(DateText.Parse(text));
}
