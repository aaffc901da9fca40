namespace Bulletin.Core.Storage;

/// <summary>URL aliases: lead URLs already resolved to an item, or found unusable.</summary>
public sealed partial class Store
{
    /// <summary>Records the alias, replacing an earlier one for the same key.</summary>
    public async Task RecordAliasAsync(UrlAlias alias, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(alias);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO url_aliases (key, item_key, reason, recorded_at) VALUES ($key, $item_key, $reason, $recorded_at)
            ON CONFLICT (key) DO UPDATE SET item_key = excluded.item_key, reason = excluded.reason, recorded_at = excluded.recorded_at;
            """;
        cmd.Parameters.AddWithValue("$key", alias.Key);
        cmd.Parameters.AddWithValue("$item_key", DbValue.OrNull(alias.ItemKey));
        cmd.Parameters.AddWithValue("$reason", alias.Reason);
        cmd.Parameters.AddWithValue("$recorded_at", StoredInstant.Write(alias.RecordedAt));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<UrlAlias?> FindAliasAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT key, item_key, reason, recorded_at FROM url_aliases WHERE key = $key;";
        cmd.Parameters.AddWithValue("$key", key);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        return new UrlAlias
        {
            Key = r.GetString(0),
            ItemKey = r.IsDBNull(1) ? null : r.GetString(1),
            Reason = r.GetString(2),
            RecordedAt = StoredInstant.Read(r.GetString(3)),
        };
    }
}
