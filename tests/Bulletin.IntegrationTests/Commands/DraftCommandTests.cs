using Bulletin.Tests.Service;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Commands;

/// <summary><c>draft</c> with the real executable: what it says and which exit code it gives when things go wrong.</summary>
public sealed class DraftCommandTests
{
    [Fact]
    public async Task A_bad_xpath_is_a_configuration_error_named_before_anything_is_fetched()
    {
        await using var site = await ServiceSite.StartAsync();
        await File.WriteAllTextAsync(site.SourcesFile, $$$"""
            {"sources": [ {"id": "listing", "type": "html", "url": "{{{site.Server.Url("news/")}}}", "selectors": {"item": "//div[@class='card'"}} ]}
            """);

        var (exitCode, _, stderr) = await AppProcess.RunAsync(["draft", "--from", "2025-05-17", "--to", "2025-05-23", "--sources", site.SourcesFile, "--db", site.Database, "--out", Path.Combine(site.Folder, "out")]);

        Assert.True(exitCode == 3, $"exit code {exitCode}: {stderr}");
        Assert.Contains("source 'listing': selectors.item '//div[@class='card'' is not valid XPath", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(site.Server.Requests);
    }

    [Fact]
    public async Task A_draft_for_which_every_source_failed_exits_1()
    {
        await using var site = await ServiceSite.StartAsync();
        var closed = ServiceSite.FreePort();
        await File.WriteAllTextAsync(site.SourcesFile, $$"""
            {"sources": [ {"id": "down", "type": "feed", "url": "http://127.0.0.1:{{closed}}/feed.xml"} ]}
            """);

        var (exitCode, stdout, stderr) = await AppProcess.RunAsync(
            ["draft", "--from", "2025-05-17", "--to", "2025-05-23", "--sources", site.SourcesFile, "--db", site.Database, "--out", Path.Combine(site.Folder, "out")],
            new Dictionary<string, string> { ["Bulletin__Fetch__MaxRetries"] = "0" });

        Assert.True(exitCode == 1, $"exit code {exitCode}: {stdout}{stderr}");
        Assert.Contains("draft: every source failed (1 of 1)", stderr, StringComparison.Ordinal);
    }
}
