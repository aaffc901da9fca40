using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>Brings a database up to the newest migration, recording each applied version.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the migrations the database lacks; returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken ct)
    {
        EnsureOrdered(migrations);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);";
            await create.ExecuteNonQueryAsync(ct);
        }

        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            // IMMEDIATE takes the write lock before re-reading the version, so two processes opening
            // the same file at once cannot both apply a step.
            await using var tx = connection.BeginTransaction();
            var current = await CurrentVersionAsync(connection, tx, ct);
            if (migration.Version <= current)
            {
                continue;
            }

            await using (var step = connection.CreateCommand())
            {
                step.Transaction = tx;
                step.CommandText = migration.Sql;
                await step.ExecuteNonQueryAsync(ct);
            }

            await using (var mark = connection.CreateCommand())
            {
                mark.Transaction = tx;
                mark.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));";
                mark.Parameters.AddWithValue("$v", migration.Version);
                await mark.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            applied.Add(migration.Version);
        }

        var final = await CurrentVersionAsync(connection, null, ct);
        if (migrations.Count > 0 && final > migrations[^1].Version)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {final}, newer than this build knows ({migrations[^1].Version}).");
        }

        return applied;
    }

    /// <summary>The highest applied version, 0 for a fresh file.</summary>
    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? tx, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static void EnsureOrdered(IReadOnlyList<Migration> migrations)
    {
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version <= migrations[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migration {migrations[i].Version} follows {migrations[i - 1].Version}: versions must strictly increase.");
            }
        }
    }
}
