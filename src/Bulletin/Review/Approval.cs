using System.Globalization;
using System.Text;
using Bulletin.Core.Review;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>
/// The confirmation before approving: what the new version changes against the last one, and the
/// one button that approves. The draft page holds it in a dialog; without script it is its own page.
/// </summary>
internal static class ApprovalPanel
{
    public static string Render(PageShell shell, ReviewDraft draft, DraftChanges changes)
    {
        var w = draft.Window;
        var next = (draft.LatestVersion ?? 0) + 1;
        var heading = draft.LatestVersion is { } latest ? $"Changes since version {latest}" : "Everything is new in a first version";
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h2 id=\"approve-title\">Approve version {next}?</h2>")
            .Append(CultureInfo.InvariantCulture, $"<p>Readers get these {draft.VersionItems.Count} items exactly as the draft reads now, in HTML, Markdown and plain text.{(draft.LatestVersion is { } l ? $" Version {l} stays as it was approved." : "")}</p>")
            .Append(ChangesPanel.Render(heading, changes))
            .Append(shell.Form(Paths.Approve(w.From, w.To), $"<button type=\"submit\" class=\"approve\">Approve version {next}</button>", "approve"));
        return body.ToString();
    }
}

/// <summary>The confirmation as a page of its own, for a browser without script.</summary>
internal static class ApprovalPage
{
    public static IResult Render(PageShell shell, ReviewDraft draft, DraftChanges changes)
    {
        var w = draft.Window;
        var body = new StringBuilder("<section class=\"approve-confirm page\">")
            .Append(ApprovalPanel.Render(shell, draft, changes))
            .Append(CultureInfo.InvariantCulture, $"<p><a class=\"cancel\" href=\"{E(Paths.Draft(w.From, w.To))}\">Cancel, back to the draft</a></p></section>");
        return shell.Page($"Approve {Day(w.From)} – {Day(w.To)}", body.ToString());
    }
}
