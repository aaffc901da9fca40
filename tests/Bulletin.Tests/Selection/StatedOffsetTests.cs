using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Bulletin.Tests.Storage;

namespace Bulletin.Tests.Selection;

/// <summary>
/// A publication time keeps the offset its page stated, through the store and into the draft; only
/// the choice of week converts it, to the bulletin's zone (Asia/Yangon, UTC+06:30).
/// </summary>
public sealed class StatedOffsetTests : IDisposable
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), Yangon);
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    // New York on the 16th at 23:30 is 10:00 on the 17th in Yangon: in the week, though the page's day is the 16th.
    [InlineData("2025-05-16T23:30:00-04:00", true)]
    // Yangon itself, ten minutes either side of the week's first midnight.
    [InlineData("2025-05-16T23:50:00+06:30", false)]
    [InlineData("2025-05-17T00:10:00+06:30", true)]
    // New York on the 23rd at 13:29 is 23:59 in Yangon; at 14:31 it is already the 24th there.
    [InlineData("2025-05-23T13:29:00-04:00", true)]
    [InlineData("2025-05-23T14:31:00-04:00", false)]
    // Tokyo's 24th at 01:00 is still the 23rd (23:30) in Yangon.
    [InlineData("2025-05-24T01:00:00+09:00", true)]
    public async Task The_week_is_decided_in_the_bulletin_zone_and_the_draft_keeps_the_page_offset(string stated, bool inWeek)
    {
        var published = DateTimeOffset.Parse(stated, System.Globalization.CultureInfo.InvariantCulture);
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        await store.UpsertItemAsync(Samples.Item("example.org/s", published, published), CancellationToken.None);

        var stored = await store.ItemsPublishedBetweenAsync(Week.Start.AddDays(-1), Week.End.AddDays(1), CancellationToken.None);
        var draft = DraftAssembler.Assemble(Week, stored, new Dictionary<string, IReadOnlyList<Decision>>(), []);
        var items = draft.Sections.SelectMany(s => s.Items).ToList();

        var item = Assert.Single(stored);
        Assert.Equal(published.Offset, item.Published.Offset);
        Assert.Equal(published, item.Published);
        Assert.Equal(inWeek, items.Count == 1);
        if (inWeek)
        {
            Assert.Equal(stated, DraftDocument.From(draft).Sections.SelectMany(s => s.Items).Single().Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task An_item_stored_before_offsets_were_kept_reads_as_utc()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temp.DatabasePath)!);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await SchemaMigrator.ApplyAsync(connection, Migrations.All.Where(m => m.Version < 9).ToList(), CancellationToken.None);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO items (key, url, source_id, title, published, language, issuer, issuer_reason, kind, kind_reason, first_seen, last_seen)
                VALUES ('old', 'https://old', 'nug', 'Old', '2025-05-20T03:30:00.0000000Z', 'en', 'X', 'r', 'Statement', 'r', '2025-05-20T03:30:00.0000000Z', '2025-05-20T03:30:00.0000000Z');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var old = await store.FindItemAsync("old", CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2025, 5, 20, 3, 30, 0, TimeSpan.Zero), old!.Published);
        Assert.Equal(TimeSpan.Zero, old.Published.Offset);
    }
}
