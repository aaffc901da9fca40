using Bulletin.Core.Selection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Rendering;

/// <summary>Writes a draft as <c>draft.json</c> plus one <c>draft.&lt;format&gt;</c> file per configured template.</summary>
public sealed class DraftWriter(IOptions<RenderingOptions> options, ILogger<DraftWriter> logger)
{
    /// <summary>
    /// Renders the draft as it is (the assembler decided its shape and order) and writes the files
    /// into <paramref name="outDir"/>, creating it. Returns the full paths written, <c>draft.json</c> first.
    /// </summary>
    /// <exception cref="TemplateException">A template is missing, broken or fails to render; nothing is written.</exception>
    public async Task<IReadOnlyList<string>> WriteAsync(Draft draft, string outDir, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(outDir);

        var rendered = Render(draft, options.Value.Formats);
        var outputs = new List<(string Name, string Text)> { ("draft.json", rendered.Json) };
        outputs.AddRange(rendered.Texts.Select(t => ($"draft.{t.Key}", t.Value)));

        Directory.CreateDirectory(outDir);
        var written = new List<string>(outputs.Count);
        foreach (var (name, text) in outputs)
        {
            written.Add(await WriteReplacingAsync(Path.GetFullPath(Path.Combine(outDir, name)), text, ct));
        }

        logger.LogInformation("Draft written to {out_dir}: {item_count} items, {file_count} files", Path.GetFullPath(outDir), draft.ItemCount, written.Count);
        return written;
    }

    /// <summary>Loads the configured templates and renders each against a sample week, so a broken one is found before a collection runs.</summary>
    /// <exception cref="TemplateException">A template is missing, does not parse or fails on the sample; the message names file, line and column.</exception>
    public void Check() => TemplateSet.Load(ContentPaths.Resolve(options.Value.TemplatesPath), options.Value.Formats).Check();

    /// <summary>
    /// The draft as <c>draft.json</c> and as each of <paramref name="formats"/>, rendered by the templates on disk now;
    /// <paramref name="approved"/> renders the approved model (<see cref="DraftModel.Approved"/>), the bulletin readers get.
    /// </summary>
    /// <exception cref="TemplateException">A template is missing, broken or fails to render.</exception>
    public RenderedDraft Render(Draft draft, IEnumerable<string> formats, bool approved = false)
    {
        ArgumentNullException.ThrowIfNull(draft);

        // Templates are read on every run so editors' changes apply without a rebuild or restart.
        var templates = TemplateSet.Load(ContentPaths.Resolve(options.Value.TemplatesPath), formats);
        var model = approved ? DraftModel.Approved(draft) : DraftModel.From(draft);
        var texts = templates.Formats.Select(f => KeyValuePair.Create(f, templates.Render(f, model))).ToList();
        return new RenderedDraft(DraftDocument.From(draft).ToJson(), texts);
    }

    // Write beside the target then move, so an editor never opens a half-written draft.
    private static async Task<string> WriteReplacingAsync(string path, string text, CancellationToken ct)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, ct);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}

/// <summary>A draft rendered: <c>draft.json</c> and one text per format, in the order asked.</summary>
public sealed record RenderedDraft(string Json, IReadOnlyList<KeyValuePair<string, string>> Texts)
{
    public string Text(string format) => Texts.First(t => t.Key == format).Value;
}
