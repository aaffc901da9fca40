using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bulletin.Core.Review;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Bulletin.Service;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>The working draft as the bulletin will read, with each item's facts, reasons and controls.</summary>
internal static class DraftPage
{
    public static IResult Render(PageShell shell, ReviewDraft draft, (int Since, DraftChanges Changes)? changes, IEnumerable<string> issuers, Recollection? recollection, Notice? notice = null, int status = 200)
    {
        var w = draft.Window;
        var path = Paths.Draft(w.From, w.To);
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>Draft bulletin, {E(Long(w.From))} – {E(Long(w.To))}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"lede\">{draft.VersionItems.Count} items in the bulletin · {draft.LeftOut.Count} left out · ")
            .Append(draft.LatestVersion is { } v
                ? $"latest approved: <a href=\"{E(Paths.Version(w.From, w.To, v))}\">version {v}</a></p>"
                : "not approved yet</p>");
        if (notice is not null)
        {
            body.Append(notice.Html);
        }

        if (recollection is not null)
        {
            // review.js polls the same words from path + "/recollect" while the run is under way.
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p class=\"recollection\" role=\"status\" data-recollect=\"{E(path)}/recollect\" data-active=\"{(recollection.IsActive ? "true" : "false")}\">{E(recollection.Describe())}</p>");
        }

        body.Append(ChangesPanel.Render(changes is { } c ? $"What changed since you last looked (version {c.Since})" : null, changes?.Changes));
        body.Append(AttentionPanel.Render(draft.SourcesNeedingAttention));
        body.Append("<div class=\"actions\">")
            .Append(shell.Form(path + "/add", "<label>Add an item by URL <input type=\"url\" name=\"url\" required placeholder=\"https://…\" size=\"40\"></label><button type=\"submit\">Add</button>"))
            .Append(shell.Form(path + "/recollect", "<button type=\"submit\">Re-run collection for this week</button>"))
            .Append(shell.Form(path + "/approve", $"<button type=\"submit\" class=\"approve\">Approve as version {(draft.LatestVersion ?? 0) + 1}</button>"))
            .Append("</div>");

        foreach (var (section, items) in draft.Sections)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(section.Title)} ({items.Count})</h2>");
            if (items.Count == 0)
            {
                body.Append("<p class=\"empty\">No items this week.</p>");
            }

            foreach (var item in items)
            {
                body.Append(Item(shell, path, item));
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
            body.Append(Item(shell, path, item));
        }

        body.Append("</section><datalist id=\"issuers\">");
        foreach (var name in issuers)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(name)}\">");
        }

        body.Append("</datalist>");
        return shell.Page($"Draft {Day(w.From)} – {Day(w.To)}", body.ToString(), status);
    }

    /// <summary>The page anchor of an item: short, stable, and free of the URL's characters.</summary>
    public static string Anchor(string key) => "item-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12].ToLowerInvariant();

    private static string Item(PageShell shell, string path, ReviewItem item)
    {
        var decide = path + "/decisions";
        string Hidden(string field) => $"<input type=\"hidden\" name=\"key\" value=\"{E(item.Key)}\"><input type=\"hidden\" name=\"field\" value=\"{field}\">";
        var why = item.Included && !item.InBulletin ? " · left out as a copy of another item" : !item.Included ? " · excluded" : "";
        var sections = string.Concat(Sections.InOrder.Select(s => $"<option{(s == item.Section ? " selected" : "")}>{E(s)}</option>"));
        var toggle = item.Included
            ? $"{Hidden(DecisionFields.Included)}<input type=\"hidden\" name=\"value\" value=\"false\"><button type=\"submit\" class=\"exclude\">Exclude</button>"
            : $"{Hidden(DecisionFields.Included)}<input type=\"hidden\" name=\"value\" value=\"true\"><button type=\"submit\" class=\"include\">Include</button>";
        var decided = string.Join("; ", item.Decisions.Select(d => $"{E(d.Field)} set by {E(d.Editor)} at {E(When(d.At))}"));
        return $"""
            <article class="item" id="{Anchor(item.Key)}" data-key="{E(item.Key)}" lang="{E(item.Language)}">
            <p class="title"><a href="{Href(item.Url)}" rel="noreferrer noopener" target="_blank">{E(item.Title)}</a></p>
            <p class="issuer">By {E(item.Issuer)}</p>
            <p class="meta">{E(item.Published.ToString("d MMMM yyyy, HH:mm 'UTC'zzz", System.Globalization.CultureInfo.InvariantCulture))} · source {E(item.SourceId)} · language {E(item.Language)} · kind {E(item.Kind.ToString())}{why}</p>
            <p class="why">Issuer: {E(item.IssuerReason)}. Section: {E(item.KindReason)}.{(decided.Length > 0 ? " Decisions: " + decided + "." : "")}</p>
            <div class="controls">
            {shell.Form(decide, toggle)}
            {shell.Form(decide, $"{Hidden(DecisionFields.Title)}<input type=\"text\" name=\"value\" value=\"{E(item.Title)}\" aria-label=\"Title\"><button type=\"submit\">Save title</button>", "edit-title")}
            {shell.Form(decide, $"{Hidden(DecisionFields.Issuer)}<input type=\"text\" name=\"value\" list=\"issuers\" value=\"{E(item.Issuer)}\" aria-label=\"Issuer\"><button type=\"submit\">Save issuer</button>", "edit-issuer")}
            {shell.Form(decide, $"{Hidden(DecisionFields.Section)}<select name=\"value\" aria-label=\"Section\">{sections}</select><button type=\"submit\">Move</button>", "edit-section")}
            </div>
            </article>
            """;
    }
}

/// <summary>A message shown above the draft after an action.</summary>
internal sealed record Notice(string Text, bool IsError)
{
    public string Html => $"<p class=\"notice{(IsError ? " error" : "")}\" role=\"status\">{E(Text)}</p>";
}
