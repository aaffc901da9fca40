using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>Editor decisions, kept apart from items so that no collection run can overwrite them.</summary>
public sealed partial class Store
{
    /// <summary>Appends a decision; earlier ones stay as history.</summary>
    public async Task SaveDecisionAsync(Decision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!DecisionFields.All.Contains(decision.Field))
        {
            throw new ArgumentException(
                $"Unknown decision field '{decision.Field}'; expected one of {string.Join(", ", DecisionFields.All)}.", nameof(decision));
        }

        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO decisions (item_key, field, value, editor, at) VALUES ($item_key, $field, $value, $editor, $at);";
        cmd.Parameters.AddWithValue("$item_key", decision.ItemKey);
        cmd.Parameters.AddWithValue("$field", decision.Field);
        cmd.Parameters.AddWithValue("$value", decision.Value);
        cmd.Parameters.AddWithValue("$editor", decision.Editor);
        cmd.Parameters.AddWithValue("$at", StoredInstant.Write(decision.At));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The current decision per field for each of <paramref name="keys"/> that has any: the one with
    /// the latest At, and of equal At the one saved last. Keys without decisions are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Decision>>> CurrentDecisionsAsync(IEnumerable<string> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();

        // The keys travel as one JSON array parameter, so a week of items never meets the parameter limit.
        cmd.CommandText = """
            SELECT item_key, field, value, editor, at FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY item_key, field ORDER BY at DESC, id DESC) AS rn
                FROM decisions
                WHERE item_key IN (SELECT value FROM json_each($keys))
            ) WHERE rn = 1
            ORDER BY item_key, field;
            """;
        cmd.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys.Distinct(StringComparer.Ordinal).ToArray()));
        var current = new Dictionary<string, List<Decision>>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var decision = ReadDecision(reader);
            if (!current.TryGetValue(decision.ItemKey, out var list))
            {
                current[decision.ItemKey] = list = [];
            }

            list.Add(decision);
        }

        return current.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Decision>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>Every decision ever saved for an item, oldest first.</summary>
    public async Task<IReadOnlyList<Decision>> DecisionHistoryAsync(string itemKey, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT item_key, field, value, editor, at FROM decisions WHERE item_key = $item_key ORDER BY at, id;";
        cmd.Parameters.AddWithValue("$item_key", itemKey);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var history = new List<Decision>();
        while (await reader.ReadAsync(ct))
        {
            history.Add(ReadDecision(reader));
        }

        return history;
    }

    private static Decision ReadDecision(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), StoredInstant.Read(r.GetString(4)));
}
