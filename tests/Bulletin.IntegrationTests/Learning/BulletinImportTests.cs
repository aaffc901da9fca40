using Bulletin.Core.Learning;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Bulletin.Tests.Storage;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Learning;

/// <summary>A past bulletin's resources list, as text and as HTML, teaches the names editors print.</summary>
public sealed class BulletinImportTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Learning");

    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Reads_sections_titles_and_issuer_lines_from_text()
    {
        var items = BulletinImport.Read(File.ReadAllText(Path.Combine(Fixtures, "bulletin.txt")));

        Assert.Equal(6, items.Count);
        Assert.Equal(new ImportedItem(Sections.Statements, "Junta airstrikes on schools must stop", "Progressive Voice"), items[0]);
        Assert.Equal(new ImportedItem(Sections.Reports, "Schools under fire: a year of attacks", "Karen Human Rights Group"), items[^1]);
        Assert.DoesNotContain(items, i => i.By.Contains("design studio", StringComparison.Ordinal) || i.Title.Contains("Weekly Update", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_same_shape_from_html()
    {
        var items = BulletinImport.Read(File.ReadAllText(Path.Combine(Fixtures, "bulletin.html")));

        Assert.Equal(
            [
                (Sections.Statements, "Junta airstrikes on schools must stop", "Progressive Voice"),
                (Sections.Statements, "Joint call to halt aviation fuel shipments", "Karen Human Rights Group, Mandalay Teachers\u2019 Union and Burma Campaign UK"),
                (Sections.Statements, "Open letter to ASEAN leaders", "59 Civil Society Organizations"),
                (Sections.Reports, "Schools under fire: a year of attacks", "Karen Human Rights Group"),
                (Sections.Reports, "Voices from Chin State", "Chin Youth Solidarity"),
            ],
            items.Select(i => (i.Section, i.Title, i.By)));
    }

    [Theory]
    [InlineData("Karen Human Rights Group, Mandalay Teachers Union and Burma Campaign UK", new[] { "Karen Human Rights Group", "Mandalay Teachers Union", "Burma Campaign UK" })]
    [InlineData("United Nations Educational, Scientific and Cultural Organization", new[] { "United Nations Educational, Scientific and Cultural Organization" })]
    [InlineData("Burma Campaign UK and Fortify Rights", new[] { "Burma Campaign UK", "Fortify Rights" })]
    [InlineData("Friends and Neighbours of Hpakant", new[] { "Friends and Neighbours of Hpakant" })]
    [InlineData("Progressive Voice, Network Against Arms Trade (NAAT), and Karen Human Rights Group", new[] { "Progressive Voice", "Network Against Arms Trade (NAAT)", "Karen Human Rights Group" })]
    [InlineData("59 Civil Society Organizations", new string[0])]
    [InlineData("၂၈၅ Myanmar, regional and international civil society organizations", new string[0])]
    public void Splits_joint_issuers_but_not_known_names_or_counts(string line, string[] expected)
    {
        Assert.Equal(expected, IssuerList.Split(line, LearningSamples.Directory));
    }

    [Fact]
    public async Task Import_splits_known_from_new_names_and_proposes_the_new_ones_with_a_guess()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath);
        var importer = new BulletinImporter(store, LearningSamples.Directory, TimeProvider.System);

        var report = await importer.ImportAsync(File.ReadAllText(Path.Combine(Fixtures, "bulletin.txt")), "bulletin.txt", accept: false, CancellationToken.None);

        Assert.Equal(6, report.Items);
        Assert.Equal(1, report.Counts);
        Assert.Equal(
            ["Progressive Voice", "Karen Human Rights Group", "Burma Campaign UK", "United Nations Educational, Scientific and Cultural Organization"],
            report.Known);
        Assert.Equal(
            [new ProposedName("Mandalay Teachers Union", null, true), new ProposedName("Karenni Nationalities Defense Forces", "Karenni Nationalities Defense Force", true)],
            report.Proposed);
        var stored = await store.LearnedNamesAsync(LearnedNameStatus.Proposed);
        Assert.Equal([("Mandalay Teachers Union", "Mandalay Teachers Union"), ("Karenni Nationalities Defense Forces", "Karenni Nationalities Defense Force")], stored.Select(n => (n.Name, n.Issuer)));
        Assert.All(stored, n => Assert.Equal(LearnedNameOrigin.Import, n.Origin));

        // The HTML bulletin with --accept: its new name is accepted, and so is the proposal it shares, written
        // with an apostrophe; a proposal it does not mention stays proposed.
        var again = await importer.ImportAsync(File.ReadAllText(Path.Combine(Fixtures, "bulletin.html")), "bulletin.html", accept: true, CancellationToken.None);
        Assert.Equal([new ProposedName("Mandalay Teachers\u2019 Union", null, true), new ProposedName("Chin Youth Solidarity", null, true)], again.Proposed);
        Assert.Equal(3, (await store.LearnedNamesAsync()).Count);
        var accepted = LearnedDirectory.Merge(LearningSamples.Directory, await store.LearnedNamesAsync(LearnedNameStatus.Accepted));
        Assert.Equal("Chin Youth Solidarity", accepted.Match("Chin Youth Solidarity")?.Name);
        Assert.Equal("Mandalay Teachers Union", accepted.Match("Mandalay Teachers Union")?.Name);
        Assert.Null(accepted.Match("Karenni Nationalities Defense Forces"));
    }

    [Fact]
    public async Task The_command_imports_a_file_into_the_database_it_is_given()
    {
        var db = Path.Combine(temp.Folder, "cli.db");
        Directory.CreateDirectory(temp.Folder);

        var (exit, stdout, stderr) = await AppProcess.RunAsync(["import-bulletin", Path.Combine(Fixtures, "bulletin.txt"), "--db", db]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("6 items, 4 names known, 2 new names proposed", stdout, StringComparison.Ordinal);
        Assert.Contains("Karenni Nationalities Defense Forces (maybe Karenni Nationalities Defense Force)", stdout, StringComparison.Ordinal);

        var (namesExit, names, namesErr) = await AppProcess.RunAsync(["names", "--accept", "Mandalay Teachers Union", "--db", db]);
        Assert.True(namesExit == 0, namesErr);
        Assert.Contains("accepted  Mandalay Teachers Union -> Mandalay Teachers Union", names, StringComparison.Ordinal);
        Assert.Contains("proposed  Karenni Nationalities Defense Forces -> Karenni Nationalities Defense Force", names, StringComparison.Ordinal);

        var (_, _, missingErr) = await AppProcess.RunAsync(["import-bulletin", Path.Combine(Fixtures, "none.txt"), "--db", db]);
        Assert.Contains("cannot read", missingErr, StringComparison.Ordinal);
    }
}
