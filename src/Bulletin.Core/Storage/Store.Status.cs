using System.Globalization;

namespace Bulletin.Core.Storage;

/// <summary>What the readiness check and the status page ask of the store.</summary>
public sealed partial class Store
{
    /// <summary>True when the file opens and answers a query; false (never an exception) when it does not.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken ct = default)
    {
        try
        {
            await using var connection = await ConnectAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM schema_version;";
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    /// <summary>When the latest source run that did not fail started, or null before any such run.</summary>
    public async Task<DateTimeOffset?> LastSuccessfulRunAsync(CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT MAX(started_at) FROM source_runs WHERE status <> $failed;";
        cmd.Parameters.AddWithValue("$failed", SourceRunStatus.Failed);
        return await cmd.ExecuteScalarAsync(ct) is string text ? StoredInstant.Read(text) : null;
    }

    /// <summary>The newest <paramref name="perSource"/> runs of every source, by source id, newest first.</summary>
    public async Task<IReadOnlyList<SourceRun>> RecentSourceRunsAsync(int perSource, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perSource);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT {RunColumns} FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY started_at DESC, id DESC) AS rn
                FROM source_runs
            ) WHERE rn <= $limit
            ORDER BY source_id, started_at DESC;
            """;
        cmd.Parameters.AddWithValue("$limit", perSource);
        return await ReadRunsAsync(cmd, ct);
    }
}
