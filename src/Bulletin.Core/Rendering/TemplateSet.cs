using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Bulletin.Core.Rendering;

/// <summary>The compiled draft templates, one per format, read from the templates folder.</summary>
public sealed partial class TemplateSet
{
    private readonly IReadOnlyDictionary<string, CompiledTemplate> _templates;

    private TemplateSet(IReadOnlyList<string> formats, IReadOnlyDictionary<string, CompiledTemplate> templates)
    {
        Formats = formats;
        _templates = templates;
    }

    /// <summary>The formats in configured order.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>Compiles <c>draft.&lt;format&gt;.hbs</c> for every format, with <c>partials/*.hbs</c> available to each.</summary>
    /// <exception cref="TemplateException">A template is missing or does not compile; the message names file and line.</exception>
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

        var partials = ReadPartials(path);
        var templates = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var format in wanted)
        {
            var file = Path.Combine(path, $"draft.{format}.hbs");
            if (!File.Exists(file))
            {
                throw new TemplateException(
                    $"rendering: {file} not found; expected one template per format in {RenderingOptions.SectionName}:Formats")
                { File = file };
            }

            templates[format] = Compile(format, file, partials);
        }

        return new TemplateSet(wanted, templates);
    }

    /// <summary>Renders one format's template against the model built by <see cref="DraftModel"/>.</summary>
    /// <exception cref="TemplateException">The template fails at render time, e.g. it names a partial that does not exist.</exception>
    public string Render(string format, object model)
    {
        if (!_templates.TryGetValue(format, out var template))
        {
            throw new ArgumentException($"No template loaded for format '{format}'.", nameof(format));
        }

        try
        {
            return template.Render(model);
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateException(template.File, null, null, ex.Message, ex);
        }
    }

    private static CompiledTemplate Compile(string format, string file, IReadOnlyList<(string Name, string File, string Source)> partials)
    {
        var environment = Handlebars.Create(ConfigurationFor(format));
        foreach (var (name, partialFile, source) in partials)
        {
            Guard(partialFile, source, () => environment.RegisterTemplate(name, source));
        }

        var text = File.ReadAllText(file);
        HandlebarsTemplate<object, object>? compiled = null;
        Guard(file, text, () => compiled = environment.Compile(text));
        return new CompiledTemplate(file, compiled!);
    }

    // HTML escapes every {{value}}; Markdown escapes what would break links or emphasis; other formats are plain text.
    private static HandlebarsConfiguration ConfigurationFor(string format) => format switch
    {
        "html" or "htm" => new HandlebarsConfiguration(),
        "md" or "markdown" => new HandlebarsConfiguration { TextEncoder = new MarkdownTextEncoder() },
        _ => new HandlebarsConfiguration { NoEscape = true },
    };

    private static List<(string Name, string File, string Source)> ReadPartials(string path)
    {
        var folder = Path.Combine(path, "partials");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.hbs")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f)))
            .ToList();
    }

    private static void Guard(string file, string source, Action compile)
    {
        try
        {
            compile();
        }
        catch (Exception ex) when (ex is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            // The library's own position is unreliable; prefer the line the structure check finds.
            var fault = TemplateSyntax.FindFault(source);
            var reason = ReportedPosition().Replace(ex.Message, string.Empty).Trim();
            if (fault is not null)
            {
                throw new TemplateException(file, fault.Line, fault.Column, $"{reason} ({fault.Problem})", ex);
            }

            var reported = ReportedPosition().Match(ex.Message);
            throw reported.Success
                ? new TemplateException(file, int.Parse(reported.Groups[1].Value), null, reason, ex)
                : new TemplateException(file, null, null, reason, ex);
        }
    }

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex FormatPattern();

    [GeneratedRegex(@"\s*Occured at:\s*(\d+):(\d+)\s*")]
    private static partial Regex ReportedPosition();

    private sealed record CompiledTemplate(string File, HandlebarsTemplate<object, object> Render);
}
