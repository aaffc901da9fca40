using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>Source run history, for the health view.</summary>
public sealed partial class Store
{
    private const string RunColumns =
        "run_id, source_id, started_at, status, message, http_status, items_seen, items_new, duration_ticks, bytes";

    public async Task RecordSourceRunAsync(SourceRun run, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO source_runs ({RunColumns})
            VALUES ($run_id, $source_id, $started_at, $status, $message, $http_status, $items_seen, $items_new, $duration_ticks, $bytes);
            """;
        var p = cmd.Parameters;
        p.AddWithValue("$run_id", run.RunId);
        p.AddWithValue("$source_id", run.SourceId);
        p.AddWithValue("$started_at", StoredInstant.Write(run.StartedAt));
        p.AddWithValue("$status", run.Status);
        p.AddWithValue("$message", DbValue.OrNull(run.Message));
        p.AddWithValue("$http_status", DbValue.OrNull(run.HttpStatus));
        p.AddWithValue("$items_seen", run.ItemsSeen);
        p.AddWithValue("$items_new", run.ItemsNew);
        p.AddWithValue("$duration_ticks", run.Duration.Ticks);
        p.AddWithValue("$bytes", run.Bytes);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The latest run of every source that has one, ordered by source id.</summary>
    public Task<IReadOnlyList<SourceRun>> LatestSourceRunsAsync(CancellationToken ct = default) => RecentSourceRunsAsync(1, ct);

    /// <summary>The most recent <paramref name="limit"/> runs of one source, newest first.</summary>
    public async Task<IReadOnlyList<SourceRun>> SourceRunsAsync(string sourceId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {RunColumns} FROM source_runs WHERE source_id = $source_id ORDER BY started_at DESC, id DESC LIMIT $limit;";
        cmd.Parameters.AddWithValue("$source_id", sourceId);
        cmd.Parameters.AddWithValue("$limit", limit);
        return await ReadRunsAsync(cmd, ct);
    }

    private static async Task<IReadOnlyList<SourceRun>> ReadRunsAsync(SqliteCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var runs = new List<SourceRun>();
        while (await r.ReadAsync(ct))
        {
            runs.Add(new SourceRun
            {
                RunId = r.GetString(0),
                SourceId = r.GetString(1),
                StartedAt = StoredInstant.Read(r.GetString(2)),
                Status = r.GetString(3),
                Message = r.IsDBNull(4) ? null : r.GetString(4),
                HttpStatus = r.IsDBNull(5) ? null : r.GetInt32(5),
                ItemsSeen = r.GetInt32(6),
                ItemsNew = r.GetInt32(7),
                Duration = TimeSpan.FromTicks(r.GetInt64(8)),
                Bytes = r.GetInt64(9),
            });
        }

        return runs;
    }
}
