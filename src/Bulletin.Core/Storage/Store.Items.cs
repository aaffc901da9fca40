using System.Globalization;
using System.Text.Json;
using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Attribution;
using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>Collected items.</summary>
public sealed partial class Store
{
    private const string ItemColumns =
        "key, url, source_id, title, published, language, issuer, issuer_reason, kind, kind_reason, translation_key, summary, first_seen, last_seen, issuer_quote, issuer_confidence, kind_confidence, issuer_candidates, published_offset";

    /// <summary>Inserts the item, or updates its collected fields and LastSeen while keeping FirstSeen. True when the item was new.</summary>
    public async Task<bool> UpsertItemAsync(StoredItem item, CancellationToken ct = default) => await UpsertItemAsync(item, null, ct);

    /// <summary>
    /// As <see cref="UpsertItemAsync(StoredItem, CancellationToken)"/>; with <paramref name="evidence"/>
    /// (see <see cref="EvidenceJson"/>), also keeps what the item's page said beside it.
    /// </summary>
    public async Task<bool> UpsertItemAsync(StoredItem item, string? evidence, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var connection = await ConnectAsync(ct);
        await using var tx = connection.BeginTransaction();

        await using var insert = ItemCommand(connection, tx, item,
            $"INSERT INTO items ({ItemColumns}) VALUES ($key, $url, $source_id, $title, $published, $language, $issuer, $issuer_reason, $kind, $kind_reason, $translation_key, $summary, $first_seen, $last_seen, $issuer_quote, $issuer_confidence, $kind_confidence, $issuer_candidates, $published_offset) ON CONFLICT (key) DO NOTHING;");
        var isNew = await insert.ExecuteNonQueryAsync(ct) == 1;
        if (!isNew)
        {
            await using var update = ItemCommand(connection, tx, item, """
                UPDATE items SET url = $url, source_id = $source_id, title = $title, published = $published, published_offset = $published_offset,
                    language = $language, issuer = $issuer, issuer_reason = $issuer_reason, issuer_quote = $issuer_quote, kind = $kind,
                    kind_reason = $kind_reason, translation_key = $translation_key, summary = $summary, last_seen = $last_seen,
                    issuer_confidence = $issuer_confidence, kind_confidence = $kind_confidence, issuer_candidates = $issuer_candidates
                WHERE key = $key;
                """);
            await update.ExecuteNonQueryAsync(ct);
        }

        if (evidence is not null)
        {
            await SaveEvidenceAsync(connection, tx, item, evidence, ct);
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
        p.AddWithValue("$published_offset", StoredInstant.OffsetMinutes(item.Published));
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
        p.AddWithValue("$issuer_confidence", item.IssuerConfidence);
        p.AddWithValue("$kind_confidence", item.KindConfidence);
        p.AddWithValue("$issuer_candidates", JsonSerializer.Serialize(item.IssuerCandidates, CandidateJson));
        return cmd;
    }

    private static StoredItem ReadItem(SqliteDataReader r) => new()
    {
        Key = r.GetString(0),
        Url = r.GetString(1),
        SourceId = r.GetString(2),
        Title = r.GetString(3),
        Published = StoredInstant.Read(r.GetString(4), r.IsDBNull(18) ? null : r.GetInt64(18)),
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
        IssuerConfidence = r.GetDouble(15),
        KindConfidence = r.GetDouble(16),
        IssuerCandidates = JsonSerializer.Deserialize<List<IssuerCandidate>>(r.GetString(17), CandidateJson) ?? [],
    };

    private static readonly JsonSerializerOptions CandidateJson = new(JsonSerializerDefaults.Web);
}
