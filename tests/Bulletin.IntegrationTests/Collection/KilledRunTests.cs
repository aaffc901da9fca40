using System.Diagnostics;
using System.Text.Json;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Collection;

/// <summary>The real executable killed (SIGKILL) in the middle of a collection, then run again on the same SQLite file.</summary>
public sealed class KilledRunTests
{
    private static readonly string Sites = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites");

    [Fact]
    public async Task Killing_a_run_and_running_again_loses_and_duplicates_nothing()
    {
        await using var ngo = await LoopbackServer.ServeDirectoryAsync(Path.Combine(Sites, "ngo"), pageDelay: TimeSpan.FromMilliseconds(700));
        var folder = Directory.CreateTempSubdirectory("bulletin-kill-").FullName;
        var sources = Path.Combine(folder, "sources.json");
        await File.WriteAllTextAsync(sources, $$"""
            {"sources": [
              {"id": "khrg", "type": "feed", "url": "{{ngo.Url("feed.xml")}}", "issuer": "KHRG"},
              {"id": "khrg-my", "type": "feed", "url": "{{ngo.Url("feed-my.xml")}}", "issuer": "KHRG"}
            ]}
            """);
        var killedDb = Path.Combine(folder, "killed.db");

        using (var first = Start(sources, killedDb, Path.Combine(folder, "out-killed")))
        {
            await WaitForFirstItemAsync(killedDb, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var resumed = await RunToEndAsync(sources, killedDb, Path.Combine(folder, "out-resumed"));
        var clean = await RunToEndAsync(sources, Path.Combine(folder, "clean.db"), Path.Combine(folder, "out-clean"));

        Assert.Equal(clean, resumed);
        Assert.Equal(resumed.Distinct().Count(), resumed.Count);
        Assert.Equal(4, resumed.Count);
    }

    private static Process Start(string sources, string db, string outDir)
    {
        var process = AppProcess.Start(["draft", "--from", "2025-05-17", "--to", "2025-05-23", "--sources", sources, "--db", db, "--out", outDir]);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task WaitForFirstItemAsync(string db, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(db))
            {
                await using var store = await Store.OpenAsync(db, CancellationToken.None);
                if (await store.CountItemsAsync(CancellationToken.None) > 0)
                {
                    return;
                }
            }

            await Task.Delay(50);
        }

        Assert.Fail(process.HasExited ? "the run ended before it could be killed" : "no item was stored within 60 s");
    }

    /// <summary>Runs to the end and returns the draft's items as "section | title | issuer | url", sorted.</summary>
    private static async Task<List<string>> RunToEndAsync(string sources, string db, string outDir)
    {
        using var process = Start(sources, db, outDir);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(0, process.ExitCode);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "draft.json"))).RootElement;
        return json.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray().Select(i =>
                $"{s.GetProperty("title").GetString()} | {i.GetProperty("title").GetString()} | {i.GetProperty("issuer").GetString()} | {i.GetProperty("url").GetString()}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
