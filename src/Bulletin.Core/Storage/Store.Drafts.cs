using System.Globalization;
using System.Text.Json;
using Bulletin.Core.Review;
using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>Approved draft versions and what each editor last saw of them.</summary>
public sealed partial class Store
{
    private const string VersionColumns = "window_from, window_to, version, approved_by, approved_at, model_json, items_json, html, markdown, text";

    /// <summary>Stores <paramref name="draft"/> as the week's next version (its Version is ignored) and returns it numbered.</summary>
    public async Task<DraftVersion> SaveDraftVersionAsync(DraftVersion draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await ConnectAsync(ct);
        await using var tx = connection.BeginTransaction();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;

        // Numbered inside the insert, so two editors approving at once get 1 and 2, never 1 twice.
        cmd.CommandText = $"""
            INSERT INTO draft_versions ({VersionColumns})
            SELECT $from, $to, COALESCE(MAX(version), 0) + 1, $by, $at, $model, $items, $html, $markdown, $text
            FROM draft_versions WHERE window_from = $from AND window_to = $to
            RETURNING version;
            """;
        var p = cmd.Parameters;
        p.AddWithValue("$from", Day(draft.From));
        p.AddWithValue("$to", Day(draft.To));
        p.AddWithValue("$by", draft.ApprovedBy);
        p.AddWithValue("$at", StoredInstant.Write(draft.ApprovedAt));
        p.AddWithValue("$model", draft.ModelJson);
        p.AddWithValue("$items", JsonSerializer.Serialize(draft.Items));
        p.AddWithValue("$html", draft.Html);
        p.AddWithValue("$markdown", draft.Markdown);
        p.AddWithValue("$text", draft.Text);
        var version = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await tx.CommitAsync(ct);
        return draft with { Version = version };
    }

    /// <summary>One version of a week, or null.</summary>
    public async Task<DraftVersion?> DraftVersionAsync(DateOnly from, DateOnly to, int version, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {VersionColumns} FROM draft_versions WHERE window_from = $from AND window_to = $to AND version = $version;";
        cmd.Parameters.AddWithValue("$from", Day(from));
        cmd.Parameters.AddWithValue("$to", Day(to));
        cmd.Parameters.AddWithValue("$version", version);
        var found = await ReadVersionsAsync(cmd, ct);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>The newest version number of a week, or null when none is approved.</summary>
    public async Task<int?> LatestDraftVersionAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT MAX(version) FROM draft_versions WHERE window_from = $from AND window_to = $to;";
        cmd.Parameters.AddWithValue("$from", Day(from));
        cmd.Parameters.AddWithValue("$to", Day(to));
        return await cmd.ExecuteScalarAsync(ct) is long n ? (int)n : null;
    }

    /// <summary>Every approved version of every week, newest week and version first.</summary>
    public async Task<IReadOnlyList<DraftVersion>> DraftVersionsAsync(CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {VersionColumns} FROM draft_versions ORDER BY window_to DESC, window_from DESC, version DESC;";
        return await ReadVersionsAsync(cmd, ct);
    }

    /// <summary>The version <paramref name="editor"/> last saw of a week, or null when they never looked after an approval.</summary>
    public async Task<int?> LastSeenVersionAsync(string editor, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT last_seen_version FROM editor_views WHERE editor = $editor AND window_from = $from AND window_to = $to;";
        cmd.Parameters.AddWithValue("$editor", editor);
        cmd.Parameters.AddWithValue("$from", Day(from));
        cmd.Parameters.AddWithValue("$to", Day(to));
        return await cmd.ExecuteScalarAsync(ct) is long n ? (int)n : null;
    }

    /// <summary>Records that <paramref name="editor"/> has seen <paramref name="version"/> of a week.</summary>
    public async Task MarkDraftSeenAsync(string editor, DateOnly from, DateOnly to, int version, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO editor_views (editor, window_from, window_to, last_seen_version, seen_at) VALUES ($editor, $from, $to, $version, $at)
            ON CONFLICT (editor, window_from, window_to) DO UPDATE SET last_seen_version = excluded.last_seen_version, seen_at = excluded.seen_at;
            """;
        cmd.Parameters.AddWithValue("$editor", editor);
        cmd.Parameters.AddWithValue("$from", Day(from));
        cmd.Parameters.AddWithValue("$to", Day(to));
        cmd.Parameters.AddWithValue("$version", version);
        cmd.Parameters.AddWithValue("$at", StoredInstant.Write(at));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<DraftVersion>> ReadVersionsAsync(SqliteCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var versions = new List<DraftVersion>();
        while (await r.ReadAsync(ct))
        {
            versions.Add(new DraftVersion
            {
                From = DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                To = DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Version = r.GetInt32(2),
                ApprovedBy = r.GetString(3),
                ApprovedAt = StoredInstant.Read(r.GetString(4)),
                ModelJson = r.GetString(5),
                Items = JsonSerializer.Deserialize<List<VersionItem>>(r.GetString(6)) ?? [],
                Html = r.GetString(7),
                Markdown = r.GetString(8),
                Text = r.GetString(9),
            });
        }

        return versions;
    }
}
