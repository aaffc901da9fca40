using System.Globalization;
using System.Text;
using Bulletin.Core.Review;
using Bulletin.Core.Storage;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>The "sources needing attention" panel, from the latest run of each source.</summary>
internal static class AttentionPanel
{
    public static string Render(IReadOnlyList<SourceRun> runs)
    {
        if (runs.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<aside class=\"attention\"><h2>Sources needing attention</h2><ul>");
        foreach (var run in runs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(run.SourceId)}</strong>: {E(run.Status)}{(run.Message is { } m ? " – " + E(m) : "")} <small>({E(When(run.StartedAt))})</small></li>");
        }

        return html.Append("</ul></aside>").ToString();
    }
}

/// <summary>New, changed and removed items between two states of a draft.</summary>
internal static class ChangesPanel
{
    public static string Render(string? heading, DraftChanges? changes)
    {
        if (heading is null || changes is null)
        {
            return "";
        }

        var html = new StringBuilder($"<section class=\"changes\"><h2>{E(heading)}</h2>");
        if (changes.IsEmpty)
        {
            return html.Append("<p>No changes.</p></section>").ToString();
        }

        html.Append("<ul>");
        foreach (var item in changes.Added)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"added\">New: {E(item.Title)} <small>({E(item.Issuer)}, {E(item.Section)})</small></li>");
        }

        foreach (var change in changes.Changed)
        {
            var fields = change.Fields.Select(f => f switch
            {
                "title" => $"title “{E(change.Before.Title)}” → “{E(change.After.Title)}”",
                "issuer" => $"issuer {E(change.Before.Issuer)} → {E(change.After.Issuer)}",
                _ => $"section {E(change.Before.Section)} → {E(change.After.Section)}",
            });
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"changed\">Changed: {string.Join("; ", fields)}</li>");
        }

        foreach (var item in changes.Removed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"removed\">Removed: {E(item.Title)} <small>({E(item.Issuer)})</small></li>");
        }

        return html.Append("</ul></section>").ToString();
    }
}

/// <summary>The items to check before approving: those whose issuer or kind attribution is unsure of, listed first.</summary>
internal static class CheckPanel
{
    public static string Render(IReadOnlyList<ReviewItem> items)
    {
        if (items.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<section class=\"check\"><h2>Check these ({items.Count})</h2><ol>");
        foreach (var item in items)
        {
            var doubts = new List<string>();
            if (item.IssuerUncertain)
            {
                doubts.Add($"issuer {ItemEditor.Percent(item.IssuerConfidence)} sure" + (item.IssuerAlternatives.Count > 0 ? $", or {E(string.Join(", ", item.IssuerAlternatives))}" : ""));
            }

            if (item.KindUncertain)
            {
                doubts.Add($"{E(item.Section)}? {ItemEditor.Percent(item.KindConfidence)} sure");
            }

            html.Append(CultureInfo.InvariantCulture, $"<li lang=\"{E(item.Language)}\"><a href=\"#{DraftPage.Anchor(item.Key)}\" data-open=\"{DraftPage.Anchor(item.Key)}\">{E(item.Title)}</a> <span class=\"by\">By {E(item.Issuer)}</span> <small lang=\"en\">{string.Join(" · ", doubts)}</small></li>");
        }

        return html.Append("</ol></section>").ToString();
    }
}

/// <summary>The review site's URLs, in one place so links and routes agree.</summary>
internal static class Paths
{
    public static string Draft(DateOnly from, DateOnly to) => $"/drafts/{Day(from)}/{Day(to)}";

    public static string Version(DateOnly from, DateOnly to, int version) => $"{Draft(from, to)}/v/{version}";

    public static string Approve(DateOnly from, DateOnly to) => $"{Draft(from, to)}/approve";
}
