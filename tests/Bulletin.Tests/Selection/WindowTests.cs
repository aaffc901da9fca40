using System.Globalization;
using Bulletin.Core.Selection;

namespace Bulletin.Tests.Selection;

public sealed class WindowTests
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");

    [Theory]
    [InlineData("2025-05-16T17:20:00Z", false)] // 16 May 23:50 in Yangon, ten minutes before the week
    [InlineData("2025-05-16T17:30:00Z", true)]  // 17 May 00:00 in Yangon
    [InlineData("2025-05-23T17:29:59Z", true)]  // 23 May 23:59:59 in Yangon
    [InlineData("2025-05-23T18:30:00Z", false)] // 24 May 01:00 in Yangon, though still 23 May in UTC
    public void Contains_judges_the_date_in_the_bulletin_zone(string instant, bool expected)
    {
        var window = new Window(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), Yangon);

        Assert.Equal(expected, window.Contains(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void WeekEnding_spans_seven_days()
    {
        var window = Window.WeekEnding(new DateOnly(2022, 1, 14), Yangon);

        Assert.Equal(new DateOnly(2022, 1, 8), window.From);
        Assert.Equal(TimeSpan.FromDays(7), window.End - window.Start);
    }
}
