using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bulletin.Core.Rendering;

/// <summary>
/// The parsed draft templates, one <c>draft.&lt;format&gt;.scriban</c> per format, with the
/// <c>partials/*.scriban</c> they may include. Every fault names the file, line and column.
/// </summary>
public sealed partial class TemplateSet
{
    /// <summary>What a template file's name ends with.</summary>
    public const string Extension = ".scriban";

    private readonly IReadOnlyDictionary<string, (string File, Template Template)> _templates;
    private readonly Partials _partials;

    private TemplateSet(IReadOnlyList<string> formats, IReadOnlyDictionary<string, (string File, Template Template)> templates, Partials partials)
    {
        Formats = formats;
        _templates = templates;
        _partials = partials;
    }

    /// <summary>The formats in configured order.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>Parses <c>draft.&lt;format&gt;.scriban</c> for every format and every partial.</summary>
    /// <exception cref="TemplateException">A template is missing or does not parse; the message names file, line and column.</exception>
    public static TemplateSet Load(string path, IEnumerable<string> formats)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(formats);

        var wanted = formats.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            throw new TemplateException($"rendering: no formats configured; list at least one in {RenderingOptions.SectionName}:Formats");
        }

        foreach (var format in wanted.Where(f => !FormatPattern().IsMatch(f)))
        {
            throw new TemplateException(
                $"rendering: format '{format}' in {RenderingOptions.SectionName}:Formats must be lower-case letters and digits");
        }

        if (!Directory.Exists(path))
        {
            throw new TemplateException(
                $"rendering: templates folder {path} not found; set {RenderingOptions.SectionName}:TemplatesPath")
            { File = path };
        }

        var partials = Partials.Load(Path.Combine(path, "partials"));
        var templates = new Dictionary<string, (string, Template)>(StringComparer.Ordinal);
        foreach (var format in wanted)
        {
            var file = Path.Combine(path, $"draft.{format}{Extension}");
            if (!File.Exists(file))
            {
                throw new TemplateException(
                    $"rendering: {file} not found; expected one template per format in {RenderingOptions.SectionName}:Formats")
                { File = file };
            }

            templates[format] = (file, Parse(file));
        }

        return new TemplateSet(wanted, templates, partials);
    }

    /// <summary>Renders one format's template against a draft's model, encoding values as the format needs.</summary>
    /// <exception cref="TemplateException">The template fails while rendering, e.g. it names a variable the model lacks.</exception>
    public string Render(string format, DraftModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(format, out var entry))
        {
            throw new ArgumentException($"No template loaded for format '{format}'.", nameof(format));
        }

        var globals = new ScriptObject();
        globals.Import(model);
        var context = new EncodingTemplateContext(OutputEncoding.For(format));
        globals.Import("include", new Func<TemplateContext, string, TrustedMarkup>((ctx, name) => _partials.Render(ctx, name)));
        context.PushGlobal(globals);
        try
        {
            return entry.Template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var at = ex.Span;
            var file = string.IsNullOrEmpty(at.FileName) ? entry.File : at.FileName;
            throw new TemplateException(file, at.Start.Line + 1, at.Start.Column + 1, ex.OriginalMessage, ex);
        }
    }

    /// <summary>
    /// Renders every template against a sample week (an item in each section, a source in trouble),
    /// so a name the model lacks stops start-up instead of the Friday draft.
    /// </summary>
    /// <exception cref="TemplateException">A template fails while rendering; the message names file, line and column.</exception>
    public void Check()
    {
        foreach (var format in Formats)
        {
            _ = Render(format, DraftModel.Sample);
        }
    }

    /// <summary>Parses one file; a syntax error becomes a <see cref="TemplateException"/> at its position.</summary>
    internal static Template Parse(string file)
    {
        var template = Template.Parse(File.ReadAllText(file), file);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateException(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1, first.Message);
        }

        return template;
    }

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex FormatPattern();

    /// <summary>The templates in <c>partials/</c>, by name, parsed up front so a broken one stops the load.</summary>
    private sealed class Partials(IReadOnlyDictionary<string, Template> templates)
    {
        public static Partials Load(string folder) => new(Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + Extension).Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetFileName(f)[..^Extension.Length], Parse, StringComparer.Ordinal)
            : new Dictionary<string, Template>(StringComparer.Ordinal));

        /// <summary>
        /// Renders a partial into the calling template's context. Its values were encoded as it wrote
        /// them, so its output is trusted as a whole and not encoded a second time.
        /// </summary>
        public TrustedMarkup Render(TemplateContext context, string name)
        {
            if (!templates.TryGetValue(name, out var template))
            {
                throw new ScriptRuntimeException(context.CurrentSpan, $"no partial '{name}': expected partials/{name}{Extension}");
            }

            context.PushOutput();
            try
            {
                return new TrustedMarkup(template.Render(context));
            }
            finally
            {
                context.PopOutput();
            }
        }
    }
}
