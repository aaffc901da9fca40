using Microsoft.Data.Sqlite;

namespace Bulletin.Core.Storage;

/// <summary>
/// The SQLite file that keeps items, editor decisions, the HTTP cache and source run history.
/// Every operation opens its own connection, so one Store may be used from concurrent tasks.
/// </summary>
public sealed partial class Store : IAsyncDisposable
{
    // Writers wait this long for the lock rather than failing with SQLITE_BUSY at once.
    private const int BusyTimeoutMs = 10_000;

    private readonly string connectionString;
    private bool disposed;

    private Store(string path, string connectionString)
    {
        Path = path;
        this.connectionString = connectionString;
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the folder and file if needed) and migrates the database at <paramref name="path"/>.</summary>
    public static async Task<Store> OpenAsync(string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var store = new Store(full, ConnectionStringFor(full));

        await using var connection = await store.ConnectAsync(ct);
        await using (var wal = connection.CreateCommand())
        {
            // WAL lets the renderer read while a collection run writes; the mode is kept in the file.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(ct);
        }

        await SchemaMigrator.ApplyAsync(connection, Migrations.All, ct);
        return store;
    }

    /// <summary>
    /// The connection string for the file at <paramref name="fullPath"/>, for anything else that shares it
    /// (the scheduler's tables): commands wait up to the busy timeout for the write lock rather than fail.
    /// </summary>
    public static string ConnectionStringFor(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = BusyTimeoutMs / 1000,
    }.ToString();

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;

            // Pooled connections keep the file and its WAL open; release them so the file can move.
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>An open connection with the per-connection settings applied.</summary>
    internal async Task<SqliteConnection> ConnectAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
