using Bulletin.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Bulletin.Tests.Storage;

public sealed class MigrationTests : IDisposable
{
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Fresh_file_gets_every_migration_and_wal_journal()
    {
        await using (await Store.OpenAsync(temp.DatabasePath, CancellationToken.None))
        {
        }

        Assert.True(File.Exists(temp.DatabasePath));
        await using var connection = await RawAsync();
        Assert.Equal(Migrations.All.Select(m => (object)(long)m.Version), await ColumnAsync(connection, "SELECT version FROM schema_version ORDER BY version"));
        var tables = await ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Subset(tables.ToHashSet(), new HashSet<object> { "items", "decisions", "http_cache", "source_runs", "schema_version" });
        Assert.Equal("wal", (await ColumnAsync(connection, "PRAGMA journal_mode")).Single());
    }

    [Fact]
    public async Task Reopening_applies_nothing_twice()
    {
        await using (await Store.OpenAsync(temp.DatabasePath, CancellationToken.None))
        {
        }

        List<object> first;
        await using (var connection = await RawAsync())
        {
            first = await ColumnAsync(connection, "SELECT version || '@' || applied_at FROM schema_version ORDER BY version");
        }

        await using (await Store.OpenAsync(temp.DatabasePath, CancellationToken.None))
        {
        }

        await using (var connection = await RawAsync())
        {
            Assert.Equal(first, await ColumnAsync(connection, "SELECT version || '@' || applied_at FROM schema_version ORDER BY version"));
        }
    }

    [Fact]
    public async Task Appended_migration_applies_alone_and_a_failing_one_rolls_back()
    {
        await using var connection = await RawAsync();
        Migration[] v1 = [new(1, "CREATE TABLE a (x INTEGER);")];
        Assert.Equal([1], await SchemaMigrator.ApplyAsync(connection, v1, CancellationToken.None));

        Migration[] v2 = [.. v1, new(2, "INSERT INTO a VALUES (7);")];
        Assert.Equal([2], await SchemaMigrator.ApplyAsync(connection, v2, CancellationToken.None));
        Assert.Empty(await SchemaMigrator.ApplyAsync(connection, v2, CancellationToken.None));

        Migration[] v3 = [.. v2, new(3, "INSERT INTO a VALUES (8); INSERT INTO missing VALUES (1);")];
        await Assert.ThrowsAsync<SqliteException>(() => SchemaMigrator.ApplyAsync(connection, v3, CancellationToken.None));
        Assert.Equal(2, await SchemaMigrator.CurrentVersionAsync(connection, null, CancellationToken.None));
        Assert.Equal([(object)7L], await ColumnAsync(connection, "SELECT x FROM a"));
    }

    [Fact]
    public async Task Out_of_order_versions_are_refused()
    {
        await using var connection = await RawAsync();
        Migration[] list = [new(2, "SELECT 1;"), new(1, "SELECT 1;")];
        await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrator.ApplyAsync(connection, list, CancellationToken.None));
    }

    private async Task<SqliteConnection> RawAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temp.DatabasePath)!);
        var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<object>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<object>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }
}
