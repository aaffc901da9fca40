using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Core.Storage;

/// <summary>Learned issuer names, and the per-source history of editors' decisions they are learned from.</summary>
public sealed partial class Store
{
    /// <summary>
    /// Records a learned name, once per folded name and folded issuer. A name seen again keeps its first evidence; a
    /// proposed one may be accepted or rejected by saving it again with that status, while an editor's earlier
    /// acceptance or rejection is never undone by a new proposal. True when a row was added or its status changed.
    /// </summary>
    public async Task<bool> SaveLearnedNameAsync(LearnedName learned, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(learned);
        CheckStatus(learned.Status);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO learned_names (name, name_key, issuer, issuer_key, origin, evidence, status, at)
            VALUES ($name, $name_key, $issuer, $issuer_key, $origin, $evidence, $status, $at)
            ON CONFLICT (name_key, issuer_key) DO UPDATE SET status = excluded.status, at = excluded.at
            WHERE learned_names.status = 'proposed' AND excluded.status <> 'proposed';
            """;
        cmd.Parameters.AddWithValue("$name", learned.Name);
        cmd.Parameters.AddWithValue("$name_key", IssuerName.Normalise(learned.Name));
        cmd.Parameters.AddWithValue("$issuer", learned.Issuer);
        cmd.Parameters.AddWithValue("$issuer_key", IssuerName.Normalise(learned.Issuer));
        cmd.Parameters.AddWithValue("$origin", learned.Origin);
        cmd.Parameters.AddWithValue("$evidence", learned.Evidence);
        cmd.Parameters.AddWithValue("$status", learned.Status);
        cmd.Parameters.AddWithValue("$at", StoredInstant.Write(learned.At));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Learned names, oldest first; only those with <paramref name="status"/> when given.</summary>
    public async Task<IReadOnlyList<LearnedName>> LearnedNamesAsync(string? status = null, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, issuer, origin, evidence, status, at FROM learned_names WHERE $status IS NULL OR status = $status ORDER BY id;";
        cmd.Parameters.AddWithValue("$status", DbValue.OrNull(status));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var names = new List<LearnedName>();
        while (await reader.ReadAsync(ct))
        {
            names.Add(new LearnedName(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), StoredInstant.Read(reader.GetString(5))));
        }

        return names;
    }

    /// <summary>
    /// Sets the status of the learned names written as <paramref name="name"/> (folded as names are), or of
    /// every proposed name when <paramref name="name"/> is null. Returns how many changed.
    /// </summary>
    public async Task<int> JudgeLearnedNamesAsync(string? name, string status, DateTimeOffset at, CancellationToken ct = default)
    {
        CheckStatus(status);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = name is null
            ? "UPDATE learned_names SET status = $status, at = $at WHERE status = 'proposed';"
            : "UPDATE learned_names SET status = $status, at = $at WHERE name_key = $name_key AND status <> $status;";
        cmd.Parameters.AddWithValue("$status", status);
        cmd.Parameters.AddWithValue("$at", StoredInstant.Write(at));
        cmd.Parameters.AddWithValue("$name_key", IssuerName.Normalise(name));
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The current decision on <paramref name="field"/> of each item collected from <paramref name="sourceId"/>,
    /// latest first, at most <paramref name="limit"/>: the history source-level learning reads.
    /// </summary>
    public async Task<IReadOnlyList<Decision>> SourceDecisionsAsync(string sourceId, string field, int limit, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT d.item_key, d.field, d.value, d.editor, d.at FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY item_key ORDER BY at DESC, id DESC) AS rn
                FROM decisions WHERE field = $field
            ) AS d
            JOIN items AS i ON i.key = d.item_key
            WHERE d.rn = 1 AND i.source_id = $source_id
            ORDER BY d.at DESC, d.id DESC
            LIMIT $limit;
            """;
        cmd.Parameters.AddWithValue("$field", field);
        cmd.Parameters.AddWithValue("$source_id", sourceId);
        cmd.Parameters.AddWithValue("$limit", limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var decisions = new List<Decision>();
        while (await reader.ReadAsync(ct))
        {
            decisions.Add(ReadDecision(reader));
        }

        return decisions;
    }

    private static void CheckStatus(string status)
    {
        if (!LearnedNameStatus.All.Contains(status))
        {
            throw new ArgumentException($"store: unknown learned-name status '{status}'; expected one of {string.Join(", ", LearnedNameStatus.All)}.", nameof(status));
        }
    }
}
