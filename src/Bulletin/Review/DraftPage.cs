using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bulletin.Core.Review;
using Bulletin.Service;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>
/// The working draft as the bulletin will read (both sections, "By" lines, translations side by
/// side), the items to check first, and a compact editor that opens in place under each item.
/// </summary>
internal static class DraftPage
{
    public static IResult Render(PageShell shell, ReviewDraft draft, (int Since, DraftChanges Changes)? changes, IEnumerable<string> issuers, Recollection? recollection, Notice? notice = null, int status = 200, DraftChanges? approving = null)
    {
        var w = draft.Window;
        var path = Paths.Draft(w.From, w.To);
        var next = (draft.LatestVersion ?? 0) + 1;
        var body = new StringBuilder()
            .Append("<header class=\"draft-head\">")
            .Append(CultureInfo.InvariantCulture, $"<h1>Draft bulletin, {E(Long(w.From))} – {E(Long(w.To))}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"lede\">{draft.VersionItems.Count} items in the bulletin · {draft.LeftOut.Count} left out · ")
            .Append(draft.LatestVersion is { } v
                ? $"latest approved: <a href=\"{E(Paths.Version(w.From, w.To, v))}\">version {v}</a></p>"
                : "not approved yet</p>")
            .Append("</header>");
        if (notice is not null)
        {
            body.Append(notice.Html);
        }

        if (recollection is not null)
        {
            // review.js polls the same words from path + "/recollect" while the run is under way.
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"recollection\" role=\"status\" data-recollect=\"{E(path)}/recollect\" data-active=\"{(recollection.IsActive ? "true" : "false")}\">{E(recollection.Describe())}</p>");
        }

        body.Append(ChangesPanel.Render(changes is { } c ? $"What changed since you last looked (version {c.Since})" : null, changes?.Changes));
        body.Append(AttentionPanel.Render(draft.SourcesNeedingAttention));
        body.Append("<div class=\"actions\">")
            .Append(shell.Form(path + "/add", "<label>Add an item by URL <input type=\"url\" name=\"url\" required placeholder=\"https://…\" size=\"34\"></label><button type=\"submit\">Add</button>", "add"))
            .Append(shell.Form(path + "/recollect", "<button type=\"submit\">Re-run collection for this week</button>", "recollect"))
            // Without script the link opens the confirmation page; review.js opens the same panel in a dialog.
            .Append(CultureInfo.InvariantCulture, $"<a class=\"approve-start\" href=\"{E(path)}/approve\" data-dialog=\"approve-confirm\">Approve as version {next}…</a>")
            .Append("</div>")
            .Append("<p class=\"keys\" hidden>Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous item · <kbd>e</kbd> edit · <kbd>x</kbd> exclude or include · <kbd>Esc</kbd> close</p>");

        var all = draft.Sections.SelectMany(s => s.Items).Concat(draft.LeftOut).ToList();
        body.Append(CheckPanel.Render(all.Where(i => i.NeedsCheck).ToList()));

        foreach (var (section, items) in draft.Sections)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"bulletin-section\"><h2>{E(section.Title)} ({items.Count})</h2>");
            if (items.Count == 0)
            {
                body.Append("<p class=\"empty\">No items this week.</p>");
            }

            foreach (var item in items)
            {
                body.Append(ItemEditor.Render(shell, path, item));
            }

            body.Append("</section>");
        }

        body.Append("<section class=\"left-out\"><h2>Left out (").Append(draft.LeftOut.Count).Append(")</h2>");
        if (draft.LeftOut.Count == 0)
        {
            body.Append("<p class=\"empty\">Nothing of this week is left out.</p>");
        }

        foreach (var item in draft.LeftOut)
        {
            body.Append(ItemEditor.Render(shell, path, item));
        }

        body.Append("</section><datalist id=\"issuers\">");
        foreach (var name in issuers)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(name)}\">");
        }

        body.Append("</datalist>");
        if (approving is not null)
        {
            body.Append("<dialog id=\"approve-confirm\" class=\"approve-confirm\" aria-labelledby=\"approve-title\">")
                .Append(ApprovalPanel.Render(shell, draft, approving))
                .Append("<form method=\"dialog\"><button type=\"submit\" class=\"cancel\">Cancel</button></form></dialog>");
        }

        return shell.Page($"Draft {Day(w.From)} – {Day(w.To)}", body.ToString(), status);
    }

    /// <summary>The page anchor of an item: short, stable, and free of the URL's characters.</summary>
    public static string Anchor(string key) => "item-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12].ToLowerInvariant();
}

/// <summary>A message shown above the draft after an action.</summary>
internal sealed record Notice(string Text, bool IsError)
{
    public string Html => $"<p class=\"notice{(IsError ? " error" : "")}\" role=\"status\">{E(Text)}</p>";
}
