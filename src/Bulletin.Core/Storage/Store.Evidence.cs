using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>What each item's lead and page said, kept for re-attribution.</summary>
public sealed partial class Store
{
    /// <summary>The stored evidence of an item (see <see cref="EvidenceJson"/>), or null for items stored before it was kept.</summary>
    public async Task<(string SourceId, string Evidence)?> EvidenceAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT source_id, evidence FROM item_evidence WHERE key = $key;";
        cmd.Parameters.AddWithValue("$key", key);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static async Task SaveEvidenceAsync(SqliteConnection connection, SqliteTransaction tx, StoredItem item, string evidence, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO item_evidence (key, source_id, evidence) VALUES ($key, $source_id, $evidence)
            ON CONFLICT (key) DO UPDATE SET source_id = excluded.source_id, evidence = excluded.evidence;
            """;
        cmd.Parameters.AddWithValue("$key", item.Key);
        cmd.Parameters.AddWithValue("$source_id", item.SourceId);
        cmd.Parameters.AddWithValue("$evidence", evidence);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
