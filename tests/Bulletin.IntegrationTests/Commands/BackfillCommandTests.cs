using System.Globalization;
using System.Text.Json;
using Bulletin.Core.Storage;
using Bulletin.Tests.Service;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Commands;

/// <summary><c>backfill</c> with the real executable: run twice, an editor's decision saved in between.</summary>
public sealed class BackfillCommandTests
{
    [Fact]
    public async Task Running_a_backfill_again_duplicates_nothing_and_keeps_the_editors_decision()
    {
        await using var site = await ServiceSite.StartAsync();
        var week = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var output = Path.Combine(site.Folder, "out");
        string[] arguments = ["backfill", "--week", week, "--db", site.Database, "--sources", site.SourcesFile, "--out", output];
        var environment = site.Environment();

        var first = await AppProcess.RunAsync(arguments, environment);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("[khrg] items: 6/6 done", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(ServiceSite.Statements, Titles(output).Count);

        string key;
        await using (var store = await Store.OpenAsync(site.Database))
        {
            key = (await store.ItemsPublishedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue))[0].Key;
            await store.SaveDecisionAsync(new Decision(key, DecisionFields.Included, "false", "editor@example.org", DateTimeOffset.UtcNow));
        }

        var second = await AppProcess.RunAsync(arguments, environment);
        Assert.True(second.ExitCode == 0, second.Stderr);

        Assert.Equal(ServiceSite.Statements - 1, Titles(output).Count);
        await using var after = await Store.OpenAsync(site.Database);
        var items = await after.ItemsPublishedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Equal(ServiceSite.Statements, items.Count);
        Assert.Equal("false", Assert.Single(await after.DecisionHistoryAsync(key)).Value);
    }

    [Theory]
    [InlineData("backfill")]
    [InlineData("backfill --week 2022-01-14 --from 2022-01-01")]
    [InlineData("backfill --from 2022-01-01")]
    [InlineData("backfill --week 14/01/2022")]
    public async Task A_window_given_wrongly_is_refused_with_exit_code_2(string commandLine)
    {
        var (exitCode, _, stderr) = await AppProcess.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("backfill:", stderr, StringComparison.Ordinal);
    }

    private static List<string> Titles(string output) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "draft.json"))).RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!))
            .ToList();
}
