using System.Globalization;
using Bulletin.Core.Classification;
using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>Collected items.</summary>
public sealed partial class Store
{
    private const string ItemColumns =
        "key, url, source_id, title, published, language, issuer, issuer_reason, kind, kind_reason, translation_key, summary, first_seen, last_seen, issuer_quote";

    /// <summary>
    /// Inserts the item, or updates its collected fields and LastSeen while keeping FirstSeen.
    /// True when the item was new.
    /// </summary>
    public async Task<bool> UpsertItemAsync(StoredItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var connection = await ConnectAsync(ct);
        await using var tx = connection.BeginTransaction();

        await using var insert = ItemCommand(connection, tx, item,
            $"INSERT INTO items ({ItemColumns}) VALUES ($key, $url, $source_id, $title, $published, $language, $issuer, $issuer_reason, $kind, $kind_reason, $translation_key, $summary, $first_seen, $last_seen, $issuer_quote) ON CONFLICT (key) DO NOTHING;");
        var isNew = await insert.ExecuteNonQueryAsync(ct) == 1;
        if (!isNew)
        {
            await using var update = ItemCommand(connection, tx, item, """
                UPDATE items SET url = $url, source_id = $source_id, title = $title, published = $published,
                    language = $language, issuer = $issuer, issuer_reason = $issuer_reason, issuer_quote = $issuer_quote, kind = $kind,
                    kind_reason = $kind_reason, translation_key = $translation_key, summary = $summary, last_seen = $last_seen
                WHERE key = $key;
                """);
            await update.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return isNew;
    }

    public async Task<StoredItem?> FindItemAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {ItemColumns} FROM items WHERE key = $key;";
        cmd.Parameters.AddWithValue("$key", key);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadItem(reader) : null;
    }

    /// <summary>Items published in [start, end), oldest first.</summary>
    public async Task<IReadOnlyList<StoredItem>> ItemsPublishedBetweenAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {ItemColumns} FROM items WHERE published >= $start AND published < $end ORDER BY published, key;";
        cmd.Parameters.AddWithValue("$start", StoredInstant.Write(start));
        cmd.Parameters.AddWithValue("$end", StoredInstant.Write(end));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var items = new List<StoredItem>();
        while (await reader.ReadAsync(ct))
        {
            items.Add(ReadItem(reader));
        }

        return items;
    }

    public async Task<int> CountItemsAsync(CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM items;";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static SqliteCommand ItemCommand(SqliteConnection connection, SqliteTransaction tx, StoredItem item, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        var p = cmd.Parameters;
        p.AddWithValue("$key", item.Key);
        p.AddWithValue("$url", item.Url);
        p.AddWithValue("$source_id", item.SourceId);
        p.AddWithValue("$title", item.Title);
        p.AddWithValue("$published", StoredInstant.Write(item.Published));
        p.AddWithValue("$language", item.Language);
        p.AddWithValue("$issuer", item.Issuer);
        p.AddWithValue("$issuer_reason", item.IssuerReason);
        p.AddWithValue("$kind", item.Kind.ToString());
        p.AddWithValue("$kind_reason", item.KindReason);
        p.AddWithValue("$translation_key", DbValue.OrNull(item.TranslationKey));
        p.AddWithValue("$summary", DbValue.OrNull(item.Summary));
        p.AddWithValue("$first_seen", StoredInstant.Write(item.FirstSeen));
        p.AddWithValue("$last_seen", StoredInstant.Write(item.LastSeen));
        p.AddWithValue("$issuer_quote", DbValue.OrNull(item.IssuerQuote));
        return cmd;
    }

    private static StoredItem ReadItem(SqliteDataReader r) => new()
    {
        Key = r.GetString(0),
        Url = r.GetString(1),
        SourceId = r.GetString(2),
        Title = r.GetString(3),
        Published = StoredInstant.Read(r.GetString(4)),
        Language = r.GetString(5),
        Issuer = r.GetString(6),
        IssuerReason = r.GetString(7),
        Kind = Enum.Parse<Kind>(r.GetString(8)),
        KindReason = r.GetString(9),
        TranslationKey = r.IsDBNull(10) ? null : r.GetString(10),
        Summary = r.IsDBNull(11) ? null : r.GetString(11),
        FirstSeen = StoredInstant.Read(r.GetString(12)),
        LastSeen = StoredInstant.Read(r.GetString(13)),
        IssuerQuote = r.IsDBNull(14) ? null : r.GetString(14),
    };
}
