using Bulletin.Core.Storage;

namespace Bulletin.Tests.Storage;

public sealed class SourceRunStoreTests : IDisposable
{
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Latest_run_per_source_and_history_newest_first()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var t = Samples.Monday;
        await store.RecordSourceRunAsync(Run("r2", "ohchr", t.AddHours(1), SourceRunStatus.Failed, 503), CancellationToken.None);
        await store.RecordSourceRunAsync(Run("r1", "ohchr", t, SourceRunStatus.Ok, 200), CancellationToken.None);
        await store.RecordSourceRunAsync(Run("r1", "nug", t, SourceRunStatus.Ok, 304), CancellationToken.None);
        await store.RecordSourceRunAsync(Run("r3", "ohchr", t.AddHours(2), SourceRunStatus.Flagged, 200), CancellationToken.None);

        var latest = await store.LatestSourceRunsAsync(CancellationToken.None);

        Assert.Equal([("nug", "r1"), ("ohchr", "r3")], latest.Select(r => (r.SourceId, r.RunId)));
        var history = await store.SourceRunsAsync("ohchr", 2, CancellationToken.None);
        Assert.Equal(["r3", "r2"], history.Select(r => r.RunId));
        var failed = history[1];
        Assert.Equal(Run("r2", "ohchr", t.AddHours(1), SourceRunStatus.Failed, 503), failed);
    }

    private static SourceRun Run(string runId, string sourceId, DateTimeOffset startedAt, string status, int? httpStatus) => new()
    {
        RunId = runId,
        SourceId = sourceId,
        StartedAt = startedAt.ToUniversalTime(),
        Status = status,
        Message = status == SourceRunStatus.Failed ? "Service Unavailable" : null,
        HttpStatus = httpStatus,
        ItemsSeen = 12,
        ItemsNew = 3,
        Duration = TimeSpan.FromMilliseconds(1234.5678),
        Bytes = 5_000_000_000,
    };
}
