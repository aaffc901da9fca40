namespace Bulletin.Core.Collection.Health;

/// <summary>
/// How often a source publishes, read from the dates of the items it lists now: the median gap
/// between neighbours, so one busy week or one long holiday does not set the pace.
/// </summary>
public sealed record Rhythm(DateTimeOffset Newest, TimeSpan UsualGap)
{
    // Fewer dates than this say nothing about a rhythm.
    private const int MinimumDates = 4;

    public static Rhythm? Of(IEnumerable<DateTimeOffset> published)
    {
        var dates = published.Order().ToList();
        if (dates.Count < MinimumDates)
        {
            return null;
        }

        var gaps = dates.Zip(dates.Skip(1), (a, b) => b - a).Order().ToList();
        return new Rhythm(dates[^1], gaps[gaps.Count / 2]);
    }
}
