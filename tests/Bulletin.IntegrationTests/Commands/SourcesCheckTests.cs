using Bulletin.Tests.Support;

namespace Bulletin.Tests.Commands;

/// <summary><c>sources check</c> run as operators run it, against a small site on 127.0.0.1.</summary>
public sealed class SourcesCheckTests : IAsyncLifetime
{
    private LoopbackServer site = null!;
    private string folder = null!;
    private string sources = null!;

    public async Task InitializeAsync()
    {
        site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites", "ngo"));
        folder = Directory.CreateTempSubdirectory("bulletin-check-test-").FullName;
        sources = Path.Combine(folder, "sources.json");
        await File.WriteAllTextAsync(sources, $$"""
            {"sources": [
              {"id": "khrg", "type": "feed", "url": "{{site.Url("feed.xml")}}", "issuer": "KHRG", "timeZone": "Asia/Bangkok", "exclude": ["/reports/"]}
            ]}
            """);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Prints_each_item_it_would_collect_and_why_the_rest_were_dropped()
    {
        var (exitCode, stdout, stderr) = await AppProcess.RunAsync(["sources", "check", "khrg", "--sources", sources, "--from", "2025-05-17", "--to", "2025-05-23"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("khrg: ok", stdout, StringComparison.Ordinal);
        Assert.Contains("Statement  by Karen Human Rights Group  [en]", stdout, StringComparison.Ordinal);
        Assert.Contains("Statement on the airstrikes on schools in Sagaing & Magway", stdout, StringComparison.Ordinal);
        Assert.Contains("why: outside the window (2025-05-12T03:00", stdout, StringComparison.Ordinal);
        Assert.Contains("why: matches exclude pattern /reports/", stdout, StringComparison.Ordinal);
        Assert.Contains("dropped, not for the bulletin", stdout, StringComparison.Ordinal);
        Assert.Contains("2 for the bulletin, 3 dropped", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_names_the_ids_there_are()
    {
        var (exitCode, _, stderr) = await AppProcess.RunAsync(["sources", "check", "nope", "--sources", sources]);

        Assert.Equal(Bulletin.Commands.ExitCodes.BadArguments, exitCode);
        Assert.Contains("no source with id 'nope'", stderr, StringComparison.Ordinal);
        Assert.Contains("ids: khrg", stderr, StringComparison.Ordinal);
    }
}
