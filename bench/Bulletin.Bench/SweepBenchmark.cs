using System.Diagnostics;
using System.Globalization;
using Bulletin.Core;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Bench;

/// <summary>
/// A real collection over many synthetic sources on loopback: the app's own registration, a sources
/// file and a SQLite file in a temporary folder, and <see cref="CollectionRun.RunAsync"/> timed.
/// </summary>
internal static class SweepBenchmark
{
    public static async Task<SweepFigures> RunAsync(string repoRoot, int sourceCount, TimeSpan hostDelay, CancellationToken ct)
    {
        var window = new Window(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon"));
        var work = Directory.CreateTempSubdirectory("bulletin-bench-");
        try
        {
            await using var sites = await SyntheticSites.StartAsync(sourceCount, window);
            var sourcesPath = Path.Combine(work.FullName, "sources.json");
            await File.WriteAllTextAsync(sourcesPath, sites.SourcesJson(), ct);
            var host = BuildHost(repoRoot, new Dictionary<string, string?>
            {
                ["Bulletin:DatabasePath"] = Path.Combine(work.FullName, "bulletin.db"),
                ["Bulletin:SourcesPath"] = sourcesPath,
                ["Bulletin:Attribution:IssuersPath"] = Path.Combine(repoRoot, "seeds", "issuers.json"),
                ["Bulletin:Rendering:TemplatesPath"] = Path.Combine(repoRoot, "templates"),
                ["Bulletin:Fetch:PerHostMinDelay"] = hostDelay.ToString("c", CultureInfo.InvariantCulture),
            });
            try
            {
                await host.StartAsync(ct);
                var options = host.Services.GetRequiredService<IOptions<BulletinOptions>>().Value;
                var sources = options.LoadSources();
                var run = host.Services.GetRequiredService<CollectionRun>();
                var store = host.Services.GetRequiredService<Store>();

                // An aggressive collection hands back what an earlier sweep in this process left committed,
                // so each sweep's peak working set is its own.
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                var sampler = MemorySampler.Start();
                var clock = Stopwatch.StartNew();
                var reports = await run.RunAsync(sources, window, progress: null, ct);
                clock.Stop();
                var memory = await sampler.StopAsync();

                return new SweepFigures
                {
                    Sources = sources.Count,
                    Politeness = Politeness(host.Services, hostDelay),
                    Elapsed = clock.Elapsed,
                    RobotsRequests = sites.RobotsRequests,
                    FeedRequests = sites.FeedRequests,
                    PageRequests = sites.PageRequests,
                    OtherRequests = sites.OtherRequests,
                    Bytes = sites.Bytes,
                    Generation = sites.Generation,
                    ItemsStored = await store.CountItemsAsync(ct),
                    ItemsExpected = sources.Count * SyntheticSite.ItemsInWindow,
                    SourcesOk = reports.Count(r => r.Status == SourceRunStatus.Ok),
                    Memory = memory,
                };
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
                await ((IAsyncDisposable)host).DisposeAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static string Politeness(IServiceProvider services, TimeSpan hostDelay)
    {
        var fetch = services.GetRequiredService<IOptions<Core.Fetching.FetchOptions>>().Value;
        var bulletin = services.GetRequiredService<IOptions<BulletinOptions>>().Value;
        return $"Bulletin:Fetch:PerHostMinDelay set to {hostDelay.TotalSeconds:0.###} s for the bench (configured default 1 s); " +
            $"PerHostConcurrency {fetch.PerHostConcurrency}, SourceConcurrency {bulletin.SourceConcurrency}, robots.txt obeyed: {fetch.RespectRobots}";
    }

    // The same configuration the app reads (appsettings.json) with the bench's paths laid over it.
    private static IHost BuildHost(string repoRoot, Dictionary<string, string?> overrides)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = repoRoot });
        builder.Configuration.AddJsonFile(Path.Combine(repoRoot, "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddBulletin(builder.Configuration);
        return builder.Build();
    }
}

/// <summary>What one sweep measured, and what it needs to count as a real run.</summary>
internal sealed record SweepFigures
{
    public required int Sources { get; init; }

    public required string Politeness { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required long RobotsRequests { get; init; }

    public required long FeedRequests { get; init; }

    public required long PageRequests { get; init; }

    public required long OtherRequests { get; init; }

    public long Requests => RobotsRequests + FeedRequests + PageRequests + OtherRequests;

    public required long Bytes { get; init; }

    /// <summary>Server time spent rendering pages (summed over threads), part of the wall time's CPU.</summary>
    public required TimeSpan Generation { get; init; }

    public required int ItemsStored { get; init; }

    public required int ItemsExpected { get; init; }

    public required int SourcesOk { get; init; }

    public required MemoryFigures Memory { get; init; }

    /// <summary>Every source read, every in-window page fetched once and every item stored: the figures are of a real run.</summary>
    public bool IsComplete => SourcesOk == Sources && ItemsStored == ItemsExpected && PageRequests == ItemsExpected && FeedRequests == Sources;
}
