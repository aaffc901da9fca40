using System.Globalization;
using System.Text;
using Bulletin.Core.Review;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>The start page: recent weeks and every week with an approved version.</summary>
internal static class WeeksPage
{
    public static IResult Render(PageShell shell, IEnumerable<Window> recent, IReadOnlyList<DraftVersion> versions, IReadOnlyList<SourceRun> attention)
    {
        var latest = versions.GroupBy(v => (v.From, v.To)).ToDictionary(g => g.Key, g => g.Max(v => v.Version));
        var weeks = recent.Select(w => (w.From, w.To)).Concat(latest.Keys).Distinct().OrderByDescending(w => w.To).ThenByDescending(w => w.From);
        var body = new StringBuilder("<h1>Weekly drafts</h1>").Append(AttentionPanel.Render(attention))
            .Append("<table><thead><tr><th>Week</th><th>Approved</th></tr></thead><tbody>");
        foreach (var (from, to) in weeks)
        {
            var approved = latest.TryGetValue((from, to), out var n) ? $"<a href=\"{E(Paths.Version(from, to, n))}\">version {n}</a>" : "—";
            body.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(Paths.Draft(from, to))}\">{E(Long(from))} – {E(Long(to))}</a></td><td>{approved}</td></tr>");
        }

        return shell.Page("Weekly drafts", body.Append("</tbody></table>").ToString());
    }
}

/// <summary>
/// An approved version as readers get it: its HTML export shown in a sandboxed frame (no script can
/// run there, by the frame's sandbox and the export's own CSP), each format to open, download or
/// copy, and what the version changed from the one before.
/// </summary>
internal static class VersionPage
{
    public static IResult Render(PageShell shell, DraftVersion version, DraftChanges changes)
    {
        var path = Paths.Version(version.From, version.To, version.Version);
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>Version {version.Version}, {E(Long(version.From))} – {E(Long(version.To))}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"lede\">Approved by {E(version.ApprovedBy)} at {E(When(version.ApprovedAt))} · {version.Items.Count} items · <a href=\"{E(Paths.Draft(version.From, version.To))}\">back to the working draft</a></p>")
            .Append("<ul class=\"exports\">");
        // Markdown first: it is what editors paste most.
        foreach (var format in DraftVersion.ExportFormats.OrderBy(f => f == "md" ? 0 : f == "txt" ? 1 : 2))
        {
            var label = DraftVersion.Label(format);
            body.Append(CultureInfo.InvariantCulture, $"<li class=\"export\" data-format=\"{format}\"><strong>{label}</strong> ")
                .Append(CultureInfo.InvariantCulture, $"<a href=\"{E(path)}.{format}\" class=\"view\">open</a> ")
                .Append(CultureInfo.InvariantCulture, $"<a href=\"{E(path)}.{format}?download=1\" class=\"download\">download</a> ")
                // Copying needs script; review.js shows the button once it holds the text to copy.
                .Append(CultureInfo.InvariantCulture, $"<button type=\"button\" data-copy=\"{E(path)}.{format}\" hidden>Copy {label}</button></li>");
        }

        body.Append("</ul>")
            .Append(CultureInfo.InvariantCulture, $"<iframe class=\"bulletin\" src=\"{E(path)}.html\" sandbox=\"\" title=\"Version {version.Version} as readers get it\"></iframe>")
            .Append("<details class=\"version-changes\"><summary>What this version changed</summary>")
            .Append(ChangesPanel.Render(version.Version == 1 ? "First version" : $"Changes from version {version.Version - 1}", changes))
            .Append("</details>");
        return shell.Page($"Version {version.Version}", body.ToString());
    }
}

/// <summary>The sign-in form.</summary>
internal static class SignInPage
{
    public static IResult Render(PageShell shell, bool accountsConfigured, string? returnUrl, string? error = null, int? status = null)
    {
        var body = new StringBuilder("<h1>Sign in</h1>");
        if (!accountsConfigured)
        {
            body.Append("<p class=\"notice error\">No editor accounts are configured. Add Bulletin:Review:Editors with hashes from <code>Bulletin hash-password</code>, or set Bulletin:Review:TrustedHeader behind a signing-in proxy.</p>");
        }

        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"notice error\" role=\"alert\">{E(error)}</p>");
        }

        body.Append(shell.Form("/signin", $"""
            <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
            <p><label>Name <input type="text" name="name" autocomplete="username" required></label></p>
            <p><label>Password <input type="password" name="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">Sign in</button></p>
            """));
        return shell.Page("Sign in", body.ToString(), status ?? (error is null ? 200 : StatusCodes.Status401Unauthorized));
    }
}
