using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletin.Tests.Support;
using Xunit.Abstractions;

namespace Bulletin.Tests.Corpus;

/// <summary>
/// The shared simulated week, when this machine has it: its checker serves the sites (faults on),
/// runs the published draft command twice against one database, and compares with the editor's gold.
/// Its request log then shows what the second run cost.
/// </summary>
public sealed partial class FixtureWeekTests(ITestOutputHelper output)
{
    [SharedFact("tools/check-week", "fixtures/week-2025-05-23")]
    public async Task The_week_of_23_May_2025_matches_the_published_bulletin()
    {
        var shared = RepositoryRoot.Shared!;

        var bulletin = typeof(Bulletin.Commands.ExitCodes).Assembly.Location;
        var sources = Path.Combine(RepositoryRoot.Path, "tests", "corpus", "week-2025-05-23.sources.json");
        var keep = Directory.CreateTempSubdirectory("check-week-").FullName;
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(shared, "tools", "check-week"),
            Path.Combine(shared, "fixtures", "week-2025-05-23"),
            sources,
            "--cmd", $"dotnet \"{bulletin}\"",
            "--keep", keep,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(15));
        var report = await stdout;
        output.WriteLine(report);
        output.WriteLine(await stderr);

        var summary = report.Split('\n').LastOrDefault(l => l.StartsWith("check-week:", StringComparison.Ordinal)) ?? "(no summary)";
        Assert.True(process.ExitCode == 0, summary);
        Assert.Contains("PASS exact 10/10, leaked 0", summary, StringComparison.Ordinal);
        var share = double.Parse(SecondRunShare().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(share < 10, $"the second run transferred {share}% of the first run's bytes");

        // Pages the first run read in full, asked for again without validators by the second.
        var firstRunRequests = int.Parse(FirstRunRequests().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        var log = File.ReadAllLines(Path.Combine(keep, "requests.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var feeds = JsonDocument.Parse(File.ReadAllText(sources)).RootElement.GetProperty("sources").EnumerateArray()
            .Select(s => new Uri(s.GetProperty("url").GetString()!).PathAndQuery).Append("/robots.txt").ToHashSet();
        var read = log.Take(firstRunRequests).Where(r => r.GetProperty("status").GetInt32() is 200 or 404).Select(Page).ToHashSet();
        var readAgain = log.Skip(firstRunRequests).Where(r => !r.GetProperty("conditional").GetBoolean()).Select(Page)
            .Where(p => read.Contains(p) && !feeds.Contains(p.Path)).ToList();
        Assert.True(readAgain.Count == 0, "read again: " + string.Join(", ", readAgain));

        // The accuracy report over the week: every field at 100%.
        var gold = Path.Combine(shared, "fixtures", "week-2025-05-23", "gold.json");
        var (exitCode, accuracy, errors) = await AppProcess.RunAsync(["accuracy", "--draft", Path.Combine(keep, "out2", "draft.json"), "--gold", gold]);
        output.WriteLine(accuracy);
        Assert.True(exitCode == 0, accuracy + errors);
        Assert.Contains("no misses", accuracy, StringComparison.Ordinal);
        Directory.Delete(keep, recursive: true);
    }

    private static (int Port, string Path) Page(JsonElement request) => (request.GetProperty("port").GetInt32(), request.GetProperty("path").GetString()!);

    [GeneratedRegex(@"run-2 bytes ([0-9.]+)% of run 1")]
    private static partial Regex SecondRunShare();

    [GeneratedRegex(@"^run 1: (\d+) requests", RegexOptions.Multiline)]
    private static partial Regex FirstRunRequests();
}
