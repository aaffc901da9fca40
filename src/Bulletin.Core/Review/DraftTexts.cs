using Bulletin.Core.Rendering;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Review;

/// <summary>Renders a draft with the same templates the draft files use, so an approved export is what editors publish.</summary>
public sealed class DraftTexts(IOptions<RenderingOptions> options)
{
    private static readonly string[] Formats = ["html", "md", "txt"];

    /// <summary>
    /// The draft arranged for publication, as draft.json, HTML, Markdown and plain text; the texts come
    /// from the approved model (no attention list, not called a draft).
    /// </summary>
    /// <exception cref="TemplateException">A template is missing or broken.</exception>
    public (string ModelJson, string Html, string Markdown, string Text) Render(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        // Read on every approval, like the draft job, so template edits apply without a restart.
        var templates = TemplateSet.Load(ContentPaths.Resolve(options.Value.TemplatesPath), Formats);
        var arranged = DraftLayout.Arrange(draft);
        var model = DraftModel.Approved(arranged);
        return (DraftDocument.From(arranged).ToJson(), templates.Render("html", model), templates.Render("md", model), templates.Render("txt", model));
    }
}
