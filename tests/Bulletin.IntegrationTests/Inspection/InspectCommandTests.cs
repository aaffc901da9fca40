using Bulletin.Commands;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Inspection;

/// <summary>The built executable's <c>inspect</c> command, on fixture files and a loopback URL.</summary>
public sealed class InspectCommandTests
{
    [Fact]
    public async Task Json_gives_one_line_per_input_in_order_and_fails_when_one_cannot_be_read()
    {
        await using var site = await LoopbackServer.ServeDirectoryAsync(InspectionFixtures.Folder);
        var inputs = new[]
        {
            InspectionFixtures.PathOf("rss-burmese.xml"),
            site.Url("atom-pdf.xml").AbsoluteUri,
            site.Url("statement.html").AbsoluteUri,
            InspectionFixtures.PathOf("garbage.bin"),
        };

        var run = await InspectProcess.RunAsync(["--json", .. inputs]);
        var lines = run.Json();

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(inputs, lines.Select(l => l.GetProperty("input").GetString()));
        Assert.Equal(["feed", "feed", "page", "error"], lines.Select(l => l.GetProperty("type").GetString()));

        Assert.Equal("၂၀၂၅ ခုနှစ် မေလ အခြေအနေ", lines[0].GetProperty("items")[1].GetProperty("title").GetString());

        var pdf = lines[1].GetProperty("items")[0];
        Assert.Equal("https://monitor.example.org/files/sagaing-displacement-2025.pdf", pdf.GetProperty("link").GetString());
        Assert.Equal("2025-05-21T06:00:00Z", pdf.GetProperty("published").GetString());
        Assert.Equal("Rights Monitor", pdf.GetProperty("author").GetString());
        Assert.Equal("report", pdf.GetProperty("kind").GetString());
        Assert.StartsWith("application/xml", lines[1].GetProperty("contentType").GetString(), StringComparison.Ordinal);

        var page = lines[2];
        Assert.Equal(site.Url("statement.html").AbsoluteUri, page.GetProperty("url").GetString());
        Assert.Equal("Myanmar: children must never be a target", page.GetProperty("title").GetString());
        Assert.Equal("United Nations Children's Fund", page.GetProperty("issuer").GetString());
        Assert.StartsWith("JSON-LD author 'UNICEF'", page.GetProperty("issuerReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-05-22T09:00:00+06:30", page.GetProperty("published").GetString());
        Assert.Contains(page.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "UNICEF" && m.GetProperty("signal").GetString() == "Author");
        var best = page.GetProperty("issuerCandidates")[0];
        Assert.Equal("United Nations Children's Fund", best.GetProperty("name").GetString());
        Assert.True(best.GetProperty("inDirectory").GetBoolean());
        Assert.InRange(page.GetProperty("issuerConfidence").GetDouble(), 0.01, 1);

        Assert.Equal("format", lines[3].GetProperty("errorKind").GetString());
        Assert.Contains("1 of 4", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_file_and_a_directory_are_expanded_and_all_read_means_exit_zero()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-inspect-args-").FullName;
        var feeds = Directory.CreateDirectory(Path.Combine(folder, "saved feeds")).FullName;
        File.Copy(InspectionFixtures.PathOf("jsonfeed-11.json"), Path.Combine(feeds, "b.json"));
        File.Copy(InspectionFixtures.PathOf("rss-burmese.xml"), Path.Combine(feeds, "a.xml"));
        var list = Path.Combine(folder, "inputs.txt");
        await File.WriteAllLinesAsync(list, ["# inputs for inspect", InspectionFixtures.PathOf("statement.html"), $"\"{feeds}\""]);

        var run = await InspectProcess.RunAsync("--json", "@" + list);
        var inputs = run.Json().Select(l => l.GetProperty("input").GetString()).ToList();

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal([InspectionFixtures.PathOf("statement.html"), Path.Combine(feeds, "a.xml"), Path.Combine(feeds, "b.json")], inputs);
    }

    [Fact]
    public async Task A_list_file_gives_one_path_per_line_even_when_a_path_has_spaces()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-inspect-list-").FullName;
        var spaced = Directory.CreateDirectory(Path.Combine(folder, "saved pages", "week of 20 May")).FullName;
        var page = Path.Combine(spaced, "statement on schools.html");
        var feed = Path.Combine(spaced, "karen  rights.xml");
        File.Copy(InspectionFixtures.PathOf("statement.html"), page);
        File.Copy(InspectionFixtures.PathOf("rss-burmese.xml"), feed);
        var list = Path.Combine(folder, "inputs list.txt");
        await File.WriteAllLinesAsync(list, [page, string.Empty, "# a comment line", "  " + feed + "  "]);

        var run = await InspectProcess.RunAsync("--json", "@" + list);
        var lines = run.Json();

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal([page, feed], lines.Select(l => l.GetProperty("input").GetString()));
        Assert.Equal(["page", "feed"], lines.Select(l => l.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Without_json_each_input_is_a_readable_block()
    {
        var run = await InspectProcess.RunAsync(InspectionFixtures.PathOf("statement.html"), "/no/such/feed.xml");
        var text = string.Join('\n', run.Lines);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"== {InspectionFixtures.PathOf("statement.html")}", text, StringComparison.Ordinal);
        Assert.Contains("issuer:    United Nations Children's Fund (confidence", text, StringComparison.Ordinal);
        Assert.Contains("JSON-LD author 'UNICEF'", text, StringComparison.Ordinal);
        Assert.Contains("mention:   [Author] UNICEF (JSON-LD author)", text, StringComparison.Ordinal);
        Assert.Contains("kind:      Statement (confidence 0.90; labelled 'Press release')", text, StringComparison.Ordinal);
        Assert.Contains("error (input): no such file", text, StringComparison.Ordinal);
    }
}
