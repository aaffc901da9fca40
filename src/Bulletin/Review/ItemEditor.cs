using System.Globalization;
using System.Text;
using Bulletin.Core.Review;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>
/// One item as the bulletin prints it (title, "By" line), and under it an editor that opens in place:
/// a &lt;details&gt; element, so it opens without script, holding plain forms that post without it.
/// </summary>
internal static class ItemEditor
{
    public static string Render(PageShell shell, string path, ReviewItem item)
    {
        var decide = path + "/decisions";
        string Hidden(string field) => $"<input type=\"hidden\" name=\"key\" value=\"{E(item.Key)}\"><input type=\"hidden\" name=\"field\" value=\"{field}\">";
        var sections = string.Concat(Sections.InOrder.Select(s => $"<option{(s == item.Section ? " selected" : "")}>{E(s)}</option>"));
        var toggle = item.Included
            ? $"{Hidden(DecisionFields.Included)}<input type=\"hidden\" name=\"value\" value=\"false\"><button type=\"submit\" class=\"exclude\">Exclude</button>"
            : $"{Hidden(DecisionFields.Included)}<input type=\"hidden\" name=\"value\" value=\"true\"><button type=\"submit\" class=\"include\">Include</button>";

        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<article class=\"item\" id=\"{DraftPage.Anchor(item.Key)}\" data-key=\"{E(item.Key)}\" lang=\"{E(item.Language)}\" tabindex=\"-1\"{(item.NeedsCheck ? " data-check=\"true\"" : "")}>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"title\"><a href=\"{Href(item.Url)}\" rel=\"noreferrer noopener\" target=\"_blank\">{E(item.Title)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"issuer\">By {E(item.Issuer)}</p>")
            .Append(Flags(item))
            .Append("<details class=\"editor\"><summary>Edit</summary><div class=\"panel\">")
            .Append("<div class=\"row\">")
            .Append(shell.Form(decide, $"{Hidden(DecisionFields.Title)}<label class=\"grow\"><span>Title</span><input type=\"text\" name=\"value\" value=\"{E(item.Title)}\" aria-label=\"Title\" required maxlength=\"1000\"></label><button type=\"submit\">Save title</button>", "edit-title"))
            .Append("</div><div class=\"row\">")
            .Append(shell.Form(decide, $"{Hidden(DecisionFields.Issuer)}<label class=\"grow\"><span>By</span><input type=\"text\" name=\"value\" list=\"issuers\" value=\"{E(item.Issuer)}\" aria-label=\"Issuer\" required maxlength=\"1000\"></label><button type=\"submit\">Save issuer</button>", "edit-issuer"))
            .Append("</div>");

        if (item.IssuerAlternatives.Count > 0)
        {
            // The names attribution weighed against the winner: one click makes one of them the issuer.
            html.Append("<div class=\"row candidates\"><span>Or one of the other names the page gave:</span>");
            foreach (var name in item.IssuerAlternatives)
            {
                html.Append(shell.Form(decide, $"{Hidden(DecisionFields.Issuer)}<input type=\"hidden\" name=\"value\" value=\"{E(name)}\"><button type=\"submit\" class=\"candidate\">{E(name)}</button>", "pick-issuer"));
            }

            html.Append("</div>");
        }

        html.Append("<div class=\"row\">")
            .Append(shell.Form(decide, $"{Hidden(DecisionFields.Section)}<label><span>Section</span><select name=\"value\" aria-label=\"Section\">{sections}</select></label><button type=\"submit\">Move</button>", "edit-section"))
            .Append(shell.Form(decide, toggle, "toggle"))
            .Append("</div>")
            .Append(Reasons(item))
            .Append("</div></details></article>");
        return html.ToString();
    }

    // What the reader does not see but the editor should: why the item is left out, and what to check.
    private static string Flags(ReviewItem item)
    {
        var flags = new List<string>();
        if (item.IssuerUncertain)
        {
            flags.Add($"<span class=\"flag check\">check the issuer ({Percent(item.IssuerConfidence)} sure)</span>");
        }

        if (item.KindUncertain)
        {
            flags.Add($"<span class=\"flag check\">check the section ({Percent(item.KindConfidence)} sure)</span>");
        }

        if (item.Included && !item.InBulletin)
        {
            flags.Add("<span class=\"flag\">left out as a copy of another item</span>");
        }
        else if (!item.Included)
        {
            flags.Add("<span class=\"flag\">excluded</span>");
        }

        return flags.Count == 0 ? "" : $"<p class=\"flags\">{string.Join(" ", flags)}</p>";
    }

    private static string Reasons(ReviewItem item)
    {
        var html = new StringBuilder("<dl class=\"why\">")
            .Append(CultureInfo.InvariantCulture, $"<dt>Issuer</dt><dd>{E(item.IssuerReason)} <small>({Percent(item.IssuerConfidence)} sure)</small></dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Section</dt><dd>{E(item.KindReason)} <small>(kind {E(item.Kind.ToString())}, {Percent(item.KindConfidence)} sure)</small></dd>");
        if (item.IssuerCandidates.Count > 0)
        {
            html.Append("<dt>Signals</dt><dd><ul class=\"signals\">");
            foreach (var candidate in item.IssuerCandidates)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(candidate.Name)}</strong> <small>{candidate.Score.ToString("0.##", CultureInfo.InvariantCulture)}{(candidate.Known ? "" : ", not in the directory")}</small>: {E(string.Join("; ", candidate.Signals))}</li>");
            }

            html.Append("</ul></dd>");
        }

        if (item.Decisions.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>Decided</dt><dd>{string.Join("; ", item.Decisions.Select(d => $"{E(d.Field)} set by {E(d.Editor)} at {E(When(d.At))}"))}</dd>");
        }

        return html
            .Append(CultureInfo.InvariantCulture, $"<dt>Page</dt><dd class=\"meta\">{E(item.Published.ToString("d MMMM yyyy, HH:mm 'UTC'zzz", CultureInfo.InvariantCulture))} · source {E(item.SourceId)} · language {E(item.Language)} · <a href=\"{Href(item.Url)}\" rel=\"noreferrer noopener\" target=\"_blank\" class=\"open-page\">open the page</a></dd>")
            .Append("</dl>")
            .ToString();
    }

    public static string Percent(double confidence) => Math.Round(confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
