using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Service;

/// <summary>
/// A site of six statements dated over the last six days (so the service's own clock finds them in
/// this week), a sources file naming it, a temp folder for the database and drafts, and the
/// environment that points the real app at all of them.
/// </summary>
internal sealed class ServiceSite : IAsyncDisposable
{
    public const int Statements = 6;

    private ServiceSite(LoopbackServer server, string folder)
    {
        Server = server;
        Folder = folder;
    }

    public LoopbackServer Server { get; }

    public string Folder { get; }

    public string Database => Path.Combine(Folder, "bulletin.db");

    public string Drafts => Path.Combine(Folder, "drafts");

    public string SourcesFile => Path.Combine(Folder, "sources.json");

    public static async Task<ServiceSite> StartAsync(TimeSpan? pageDelay = null)
    {
        var today = DateTimeOffset.UtcNow.Date;
        var replacements = new Dictionary<string, string>();
        for (var i = 1; i <= Statements; i++)
        {
            var published = new DateTimeOffset(today.AddDays(-i).AddHours(10), TimeSpan.Zero);
            replacements[$"{{{{D{i}ISO}}}}"] = published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            replacements[$"{{{{D{i}}}}}"] = published.ToString("r", CultureInfo.InvariantCulture);
        }

        var server = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Service", "site"), replacements, pageDelay);
        var site = new ServiceSite(server, Directory.CreateTempSubdirectory("bulletin-service-").FullName);
        await File.WriteAllTextAsync(site.SourcesFile, $$"""
            {"sources": [ {"id": "khrg", "type": "feed", "url": "{{server.Url("feed.xml")}}", "issuer": "KHRG"} ]}
            """);
        return site;
    }

    /// <summary>Settings for the app; <paramref name="extra"/> adds or overrides.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Bulletin__DatabasePath"] = Database,
            ["Bulletin__DraftsPath"] = Drafts,
            ["Bulletin__SourcesPath"] = SourcesFile,
            ["Bulletin__TimeZone"] = "Etc/UTC",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Today's draft folder, where the scheduled draft job writes.</summary>
    public string TodaysDraft => Path.Combine(Drafts, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the app and keeps its output, so the pipes never fill and a failing test can show it.</summary>
    public static (Process Process, Func<string> Output) Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var process = AppProcess.Start(arguments, environment, workingDirectory);
        var output = new System.Text.StringBuilder();
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => { lock (gate) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, () => { lock (gate) { return output.ToString(); } });
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still hold the file for a moment; the temp folder is cleaned later.
        }
    }
}
