using System.Globalization;
using System.Text.Json;
using Bulletin.Core.Storage;

namespace Bulletin.Tests.Service;

/// <summary>
/// The real service killed (SIGKILL) in the middle of a scheduled collection, its draft job due while
/// it is down, then started again on the same SQLite file.
/// </summary>
public sealed class ServiceRestartTests
{
    private const string EditedTitle = "Edited by an editor while the service ran";

    [Fact]
    public async Task Killed_during_a_collection_the_service_comes_back_with_every_item_once_every_decision_and_the_missed_draft()
    {
        await using var site = await ServiceSite.StartAsync(pageDelay: TimeSpan.FromMilliseconds(1500));

        // The draft is due once, at a second that falls while the service is down.
        var due = DateTimeOffset.UtcNow.AddSeconds(35);
        var environment = site.Environment(new Dictionary<string, string>
        {
            ["Bulletin__Schedule__Collect"] = "0/5 * * * * ?",
            ["Bulletin__Schedule__Draft"] = string.Create(CultureInfo.InvariantCulture, $"{due.Second} {due.Minute} {due.Hour} * * ?"),
            ["Bulletin__Schedule__MisfireThreshold"] = "00:00:02",
        });
        string[] serve = ["serve", "--urls", "http://127.0.0.1:0"];

        var (first, firstOutput) = ServiceSite.Start(serve, environment);
        string key;
        using (first)
        {
            key = await WaitForFirstItemAsync(site.Database, first, firstOutput);
            await using (var store = await Store.OpenAsync(site.Database))
            {
                await store.SaveDecisionAsync(new Decision(key, DecisionFields.Title, EditedTitle, "editor@example.org", DateTimeOffset.UtcNow));
                Assert.True(await store.CountItemsAsync() < ServiceSite.Statements, "the collection finished before the kill; it must be cut short");
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        Assert.False(Directory.Exists(site.TodaysDraft), "the draft ran before it was due");
        var wait = due.AddSeconds(4) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var (second, secondOutput) = ServiceSite.Start(serve, environment);
        using (second)
        {
            var draftFile = Path.Combine(site.TodaysDraft, "draft.json");
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!File.Exists(draftFile) && DateTime.UtcNow < deadline && !second.HasExited)
            {
                await Task.Delay(250);
            }

            Assert.True(File.Exists(draftFile), "the missed draft did not run after the restart:\n" + secondOutput());
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();

            var titles = JsonDocument.Parse(await File.ReadAllTextAsync(draftFile)).RootElement.GetProperty("sections").EnumerateArray()
                .SelectMany(s => s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()))
                .ToList();
            Assert.Equal(ServiceSite.Statements, titles.Count);
            Assert.Contains(EditedTitle, titles);
        }

        await using var after = await Store.OpenAsync(site.Database);
        var items = await after.ItemsPublishedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Equal(ServiceSite.Statements, items.Count);
        Assert.Equal(ServiceSite.Statements, items.Select(i => i.Url).Distinct().Count());
        var decisions = await after.DecisionHistoryAsync(key);
        Assert.Equal(EditedTitle, Assert.Single(decisions).Value);
    }

    private static async Task<string> WaitForFirstItemAsync(string db, System.Diagnostics.Process process, Func<string> output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(db))
            {
                await using var store = await Store.OpenAsync(db);
                if ((await store.ItemsPublishedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).FirstOrDefault() is { } item)
                {
                    return item.Key;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail((process.HasExited ? "the service stopped before it could be killed:\n" : "no item was stored within 60 s:\n") + output());
        return "";
    }
}
