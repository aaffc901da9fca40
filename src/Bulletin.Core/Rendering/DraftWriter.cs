using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Rendering;

/// <summary>Writes a draft as <c>draft.json</c> plus one <c>draft.&lt;format&gt;</c> file per configured template.</summary>
public sealed class DraftWriter(IOptions<RenderingOptions> options, ILogger<DraftWriter> logger)
{
    /// <summary>
    /// Arranges the draft (both sections, issuer order), then writes the files into <paramref name="outDir"/>,
    /// creating it. Returns the full paths written, <c>draft.json</c> first.
    /// </summary>
    /// <exception cref="TemplateException">A template is missing, broken or fails to render; nothing is written.</exception>
    public async Task<IReadOnlyList<string>> WriteAsync(Draft draft, string outDir, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(outDir);

        // Templates are read on every run so editors' changes apply without a rebuild or restart.
        var settings = options.Value;
        var templates = TemplateSet.Load(ResolveTemplatesPath(settings.TemplatesPath), settings.Formats);

        var arranged = DraftLayout.Arrange(draft);
        var model = DraftModel.From(arranged);
        var outputs = new List<(string Name, string Text)> { ("draft.json", DraftDocument.From(arranged).ToJson()) };
        outputs.AddRange(templates.Formats.Select(f => ($"draft.{f}", templates.Render(f, model))));

        Directory.CreateDirectory(outDir);
        var written = new List<string>(outputs.Count);
        foreach (var (name, text) in outputs)
        {
            written.Add(await WriteReplacingAsync(Path.GetFullPath(Path.Combine(outDir, name)), text, ct));
        }

        logger.LogInformation(
            "Draft written to {out_dir}: {item_count} items, {file_count} files",
            Path.GetFullPath(outDir),
            arranged.Sections.Sum(s => s.Items.Count),
            written.Count);
        return written;
    }

    // The working directory's templates (a checkout, a mounted folder) before the published copy.
    private static string ResolveTemplatesPath(string path) => ContentPaths.Resolve(path);

    // Write beside the target then move, so an editor never opens a half-written draft.
    private static async Task<string> WriteReplacingAsync(string path, string text, CancellationToken ct)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, ct);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
