using Bulletin.Core.Classification;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Tests.Selection;

/// <summary>Reposts are removed by title only when the issuer agrees: bodies share generic titles on anniversaries.</summary>
public sealed class CopiesTests
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
    private static readonly DateTimeOffset Day = new(2025, 2, 1, 9, 0, 0, TimeSpan.FromHours(6.5));

    [Fact]
    public void Same_title_from_two_bodies_the_same_day_is_two_statements()
    {
        var draft = Assemble(Item("karenwomen.org/a", "Karen Women's Organization", Day), Item("womenofburma.org/b", "Women's League of Burma", Day.AddHours(2)));

        Assert.Equal(2, draft.Sections.Single(s => s.Title == Sections.Statements).Items.Count);
    }

    [Fact]
    public void Same_title_from_one_body_two_days_apart_is_one_statement_the_earlier_kept()
    {
        var draft = Assemble(Item("aappb.org/a", "Assistance Association for Political Prisoners", Day), Item("repost.example.org/b", "Assistance Association for Political Prisoners", Day.AddDays(2)));

        var kept = Assert.Single(draft.Sections.Single(s => s.Title == Sections.Statements).Items);
        Assert.Equal("https://aappb.org/a", kept.Url);
    }

    private static Bulletin.Core.Selection.Draft Assemble(params StoredItem[] items) =>
        DraftAssembler.Assemble(new Window(new DateOnly(2025, 1, 30), new DateOnly(2025, 2, 5), Yangon), items, new Dictionary<string, IReadOnlyList<Decision>>(), []);

    private static StoredItem Item(string key, string issuer, DateTimeOffset published) => new()
    {
        Key = "//" + key,
        Url = "https://" + key,
        SourceId = "src",
        Title = "Statement on the Fourth Anniversary of the Military Coup",
        Published = published,
        Language = "en",
        Issuer = issuer,
        IssuerReason = "test",
        Kind = Kind.Statement,
        KindReason = "test",
        FirstSeen = published,
        LastSeen = published,
    };
}
