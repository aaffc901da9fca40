using Bulletin.Core.Collection.Health;
using Bulletin.Core.Storage;
using Bulletin.Tests.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Collection.Health;

public sealed class SourceHealthTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 20, 3, 0, 0, TimeSpan.Zero);
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_source_failing_three_runs_in_a_row_is_called_out()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var health = new SourceHealth(store, Options.Create(new HealthOptions()));
        await store.RecordSourceRunAsync(Run(Now.AddHours(-9), SourceRunStatus.Ok), CancellationToken.None);
        await store.RecordSourceRunAsync(Run(Now.AddHours(-6), SourceRunStatus.Failed), CancellationToken.None);

        var second = await health.ReviewAsync(Run(Now.AddHours(-3), SourceRunStatus.Failed), [], Now, CancellationToken.None);
        await store.RecordSourceRunAsync(second, CancellationToken.None);
        var third = await health.ReviewAsync(Run(Now, SourceRunStatus.Failed), [], Now, CancellationToken.None);

        Assert.Equal("HTTP 503", second.Message);
        Assert.Equal(SourceRunStatus.Failed, third.Status);
        Assert.Equal("HTTP 503; failed in each of the last 3 runs, since 2025-06-19 21:00 UTC", third.Message);
    }

    [Fact]
    public async Task A_weekly_feed_quiet_for_six_weeks_is_flagged_and_a_daily_one_quiet_for_three_days_is_not()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var health = new SourceHealth(store, Options.Create(new HealthOptions()));
        var weekly = Enumerable.Range(0, 10).Select(i => Now.AddDays(-42 - (7 * i)));
        var daily = Enumerable.Range(0, 10).Select(i => Now.AddDays(-3 - i));

        var quiet = await health.ReviewAsync(Run(Now, SourceRunStatus.Ok), weekly, Now, CancellationToken.None);
        var busy = await health.ReviewAsync(Run(Now, SourceRunStatus.Ok), daily, Now, CancellationToken.None);

        Assert.Equal(SourceRunStatus.Flagged, quiet.Status);
        Assert.Equal("silent for 42 days (newest item 2025-05-09); it usually publishes every 7 days", quiet.Message);
        Assert.Equal(SourceRunStatus.Ok, busy.Status);
        Assert.Null(busy.Message);
    }

    [Fact]
    public async Task A_feed_that_lists_nothing_after_listing_items_is_flagged()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var health = new SourceHealth(store, Options.Create(new HealthOptions()));
        await store.RecordSourceRunAsync(Run(Now.AddHours(-3), SourceRunStatus.Ok) with { ItemsSeen = 12 }, CancellationToken.None);

        var empty = await health.ReviewAsync(Run(Now, SourceRunStatus.Ok) with { ItemsSeen = 0 }, [], Now, CancellationToken.None);

        Assert.Equal(SourceRunStatus.Flagged, empty.Status);
        Assert.Equal("lists no items now; the run of 2025-06-20 saw 12", empty.Message);
    }

    [Fact]
    public void Rhythm_takes_the_median_gap_so_one_burst_does_not_set_the_pace()
    {
        int[] daysAgo = [0, 1, 2, 30, 60, 90];
        var dates = daysAgo.Select(d => Now.AddDays(-d));

        var rhythm = Rhythm.Of(dates)!;

        Assert.Equal(TimeSpan.FromDays(28), rhythm.UsualGap);
        Assert.Equal(Now, rhythm.Newest);
        Assert.Null(Rhythm.Of(dates.Take(3)));
    }

    private static SourceRun Run(DateTimeOffset startedAt, string status) => new()
    {
        RunId = startedAt.ToString("O"),
        SourceId = "khrg",
        StartedAt = startedAt,
        Status = status,
        Message = status == SourceRunStatus.Failed ? "HTTP 503" : null,
        ItemsSeen = status == SourceRunStatus.Failed ? 0 : 8,
    };
}
