using Bulletin.Tests.Support;

namespace Bulletin.Tests.Service;

/// <summary>A wrong setting stops <c>serve</c> at start-up (exit code 3) with a message naming the setting.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("Bulletin__Schedule__Draft", "every friday", "Bulletin:Schedule:Draft")]
    [InlineData("Bulletin__TimeZone", "Mars/Olympus_Mons", "Bulletin:TimeZone")]
    [InlineData("Bulletin__SourcesPath", "no/such/sources.json", "Bulletin:SourcesPath")]
    [InlineData("Bulletin__Rendering__TemplatesPath", "no/such/templates", "Bulletin:Rendering:TemplatesPath")]
    public async Task A_bad_setting_stops_start_up_naming_it(string variable, string value, string setting)
    {
        await using var site = await ServiceSite.StartAsync();
        var environment = site.Environment(new Dictionary<string, string> { [variable] = value });

        var (exitCode, stdout, stderr) = await AppProcess.RunAsync(["serve", "--urls", "http://127.0.0.1:0"], environment);

        Assert.True(exitCode == 3, $"exit code {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains(setting, stderr, StringComparison.Ordinal);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listing_selector_that_is_not_xpath_stops_start_up()
    {
        await using var site = await ServiceSite.StartAsync();
        await File.WriteAllTextAsync(site.SourcesFile, """{"sources": [ {"id": "listing", "type": "html", "url": "https://example.org/news/", "selectors": {"item": "//li[", "link": "./a/@href"}} ]}""");

        var (exitCode, _, stderr) = await AppProcess.RunAsync(["serve", "--urls", "http://127.0.0.1:0"], site.Environment());

        Assert.Equal(3, exitCode);
        Assert.Contains("Bulletin:SourcesPath", stderr, StringComparison.Ordinal);
        Assert.Contains("source 'listing': selectors.item '//li[' is not valid XPath", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    [InlineData("draft", "--from", "2025-05-17", "--to", "2025-05-23", "--no-collect")]
    public async Task A_template_that_does_not_parse_stops_start_up_and_the_draft_naming_file_line_and_column(params string[] command)
    {
        await using var site = await ServiceSite.StartAsync();
        var templates = Path.Combine(site.Folder, "templates");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // A stray "end" on the last line of the Markdown template: Scriban says where.
        var markdown = Path.Combine(templates, "draft.md.scriban");
        var lines = File.ReadAllLines(markdown).Length;
        await File.AppendAllTextAsync(markdown, "{{ end }}\n");
        var environment = site.Environment(new Dictionary<string, string>
        {
            ["Bulletin__Rendering__TemplatesPath"] = templates,
            ["Bulletin__DraftsPath"] = Path.Combine(site.Folder, "drafts"),
        });

        string[] arguments = command[0] == "draft" ? [.. command, "--out", Path.Combine(site.Folder, "out")] : command;
        var (exitCode, _, stderr) = await AppProcess.RunAsync(arguments, environment);

        Assert.Equal(3, exitCode);
        Assert.Contains($"draft.md.scriban line {lines + 1}, column ", stderr, StringComparison.Ordinal);
        Assert.Contains("without a corresponding beginning of a block", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Folder, "out")));
    }
}
