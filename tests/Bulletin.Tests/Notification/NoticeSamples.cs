using Bulletin.Core.Notification;
using Bulletin.Core.Selection;

namespace Bulletin.Tests.Notification;

/// <summary>A small draft-ready notice for the channel tests.</summary>
internal static class NoticeSamples
{
    public static Notice DraftReady()
    {
        var window = Window.WeekEnding(new DateOnly(2022, 1, 14), TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon"));
        var item = new DraftItem { Key = "//example.org/s1", Kind = Bulletin.Core.Classification.Kind.Statement, Section = Sections.Statements, Title = "Statement on airstrikes", Issuer = "KHRG", Url = "https://example.org/s1", Published = new DateTimeOffset(2022, 1, 12, 3, 0, 0, TimeSpan.Zero), Language = "en" };
        var draft = new Draft(window, [new DraftSection("Statements", [item]), new DraftSection("Reports", [])], [new SourceReport("khrg", "ok", null), new SourceReport("nug", "failed", "HTTP 503")]);
        return Notice.DraftReady(draft, "/data/drafts/2022-01-14", ["/data/drafts/2022-01-14/draft.json"]);
    }
}
