using System.Text.Json;
using Bulletin.Tests.Extraction.Feeds.Corpus;
using Bulletin.Tests.Support;
using Xunit.Abstractions;

namespace Bulletin.Tests.Inspection;

/// <summary>
/// The feed parser suite's 2,106 files through one run of the real <c>inspect --json</c>, when a
/// machine has the suite: the files the suite serves over HTTP are fetched from a loopback server
/// with their recorded headers, the rest read as files. One line per input, no crash, and the
/// suite's core expectations scored from the JSON by the scorer that scores the reader in process.
/// </summary>
public sealed class InspectCorpusTests(ITestOutputHelper output)
{
    // The reference parser meets 643 of the 648 core expectations; the reader in process meets 644
    // (see FeedCorpusTests for the four it misses on purpose). Through HTTP the command must do as
    // well, Content-Location and charset headers included.
    private const int RequiredCoreMet = 643;

    private const string SuiteServer = "http://127.0.0.1:8097/tests/";

    [SharedFact("corpora/feeds/feeds.jsonl", "corpora/feeds/files")]
    public async Task Inspecting_the_feed_suite_reads_every_file_and_meets_its_core_expectations()
    {
        var corpus = Path.Combine(RepositoryRoot.Shared!, "corpora", "feeds");

        var root = Path.Combine(corpus, "files");
        var suiteCases = File.ReadLines(Path.Combine(corpus, "feeds.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        await using var server = await RecordedSuiteServer.StartAsync(root, suiteCases);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var inputs = files.ToDictionary(f => server.Files.Contains(f) ? server.UrlOf(f).AbsoluteUri : f, f => f);
        var list = Path.Combine(Directory.CreateTempSubdirectory("bulletin-inspect-").FullName, "inputs.txt");
        await File.WriteAllLinesAsync(list, inputs.Keys.Select(i => $"\"{i}\""));

        // The files were served from the suite's test server; read them as if from there, as the
        // in-process corpus test does, so relative links resolve against the same document URL.
        var run = await InspectProcess.RunInAsync(root, "--json", "--base-url", SuiteServer, "@" + list);
        var lines = run.Json();
        output.WriteLine($"{files.Count} inputs ({server.Files.Count} over HTTP), {lines.Count} lines, exit {run.ExitCode}");

        Assert.Equal(inputs.Keys, lines.Select(l => l.GetProperty("input").GetString()));
        var errors = lines.Where(l => l.GetProperty("type").GetString() == "error").ToList();
        foreach (var error in errors)
        {
            output.WriteLine($"  error ({error.GetProperty("errorKind").GetString()}): {error.GetProperty("input").GetString()}: {error.GetProperty("error").GetString()}");
        }

        Assert.DoesNotContain(errors, e => e.GetProperty("errorKind").GetString() is "unexpected" or "fetch");

        var byFile = lines.ToDictionary(l => inputs[l.GetProperty("input").GetString()!]);
        var (met, total) = Score(suiteCases, byFile, server);
        output.WriteLine($"Core expectations met from inspect --json: {met} of {total}");
        Assert.True(met >= RequiredCoreMet, $"met {met} of {total} core expectations; need {RequiredCoreMet}");
    }

    private (int Met, int Total) Score(List<JsonElement> suiteCases, Dictionary<string, JsonElement> byFile, RecordedSuiteServer server)
    {
        var met = 0;
        var total = 0;
        foreach (var suiteCase in suiteCases)
        {
            var file = suiteCase.GetProperty("file").GetString()!;
            var document = InspectedFeedDocument.From(byFile[file]);
            foreach (var expectation in SuiteExpectation.FromCase(suiteCase, "expectations"))
            {
                total++;
                if (SuiteScorer.Met(ServedFrom(expectation, server), document))
                {
                    met++;
                }
                else
                {
                    output.WriteLine($"  missed {expectation.File} {expectation.Field} {expectation.Op} {expectation.Expected}");
                }
            }
        }

        return (met, total);
    }

    // A link the suite expects to resolve against its server's address resolves against the loopback's here.
    private static SuiteExpectation ServedFrom(SuiteExpectation expectation, RecordedSuiteServer server) =>
        server.Files.Contains(expectation.File) && expectation.Expected.ValueKind == JsonValueKind.String
            ? expectation with { Expected = JsonSerializer.SerializeToElement(server.Localize(expectation.Expected.GetString()!)) }
            : expectation;
}
