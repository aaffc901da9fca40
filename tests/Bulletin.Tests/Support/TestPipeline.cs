using Bulletin.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulletin.Tests.Support;

/// <summary>The real pipeline as the service registers it, on a fresh SQLite file in a temp folder.</summary>
public sealed class TestPipeline : IAsyncDisposable
{
    private TestPipeline(ServiceProvider services, string folder)
    {
        Services = services;
        Folder = folder;
    }

    public ServiceProvider Services { get; }

    /// <summary>A temp folder holding the database; removed on dispose.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "bulletin.db");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static TestPipeline Create(IDictionary<string, string?>? settings = null, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("bulletin-test-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Bulletin:DatabasePath"] = Path.Combine(folder, "bulletin.db"),
            ["Bulletin:Attribution:IssuersPath"] = Path.Combine(RepositoryRoot.Path, "seeds", "issuers.json"),
            ["Bulletin:Rendering:TemplatesPath"] = Path.Combine(RepositoryRoot.Path, "templates"),
            ["Bulletin:Fetch:PerHostMinDelay"] = "00:00:00.020",
            ["Bulletin:Fetch:RetryBaseDelay"] = "00:00:00.050",
            ["Bulletin:Fetch:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddBulletin(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new TestPipeline(services, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform is left to the OS's temp clean-up.
        }
    }
}
