using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Bulletin.Core.Sources;

/// <summary>Reads and checks the sources file (<c>{"sources":[…]}</c>, documented in the README).</summary>
public static class SourcesFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Loads every source, enabled or not; throws <see cref="SourcesFileException"/> naming the file, source and field.</summary>
    public static IReadOnlyList<SourceDefinition> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourcesFileException($"sources file '{path}' not found; pass --sources FILE or set Bulletin:SourcesPath");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<SourceDefinition> Parse(string json, string name)
    {
        if (SourcesFileShape.Problems(json) is { Count: > 0 } shape)
        {
            throw new SourcesFileException($"sources file '{name}':{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", shape));
        }

        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, Json);
        }
        catch (JsonException e)
        {
            throw new SourcesFileException($"sources file '{name}' is not valid: {e.Message} (line {e.LineNumber + 1})");
        }

        var sources = document?.Sources ?? throw new SourcesFileException($"sources file '{name}' has no \"sources\" array");
        var problems = sources.SelectMany((s, i) => Problems(s, i)).ToList();
        var duplicates = sources.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"source id '{g.Key}' is used {g.Count()} times; ids must be unique");
        problems.AddRange(duplicates);
        if (problems.Count > 0)
        {
            throw new SourcesFileException($"sources file '{name}':{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }

        return sources;
    }

    private static IEnumerable<string> Problems(SourceDefinition source, int index)
    {
        var at = string.IsNullOrWhiteSpace(source.Id) ? $"source #{index + 1}" : $"source '{source.Id}'";
        if (string.IsNullOrWhiteSpace(source.Id))
        {
            yield return $"{at}: \"id\" is required";
        }

        if (source.Url is null || !source.Url.IsAbsoluteUri || (source.Url.Scheme != Uri.UriSchemeHttp && source.Url.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{at}: \"url\" must be an absolute http or https URL";
        }

        if (source.Type == SourceType.Html && string.IsNullOrWhiteSpace(source.Selectors?.Item))
        {
            yield return $"{at}: an html source needs \"selectors\": {{\"item\": XPATH, \"link\": …, \"title\": …, \"date\": …}}";
        }

        foreach (var (field, xpath) in Selectors(source.Selectors))
        {
            if (XPathProblem(xpath) is { } problem)
            {
                yield return $"{at}: selectors.{field} '{xpath}' is not valid XPath: {problem}";
            }
        }

        if (source.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            yield return $"{at}: \"timeZone\" '{zone}' is not a known IANA time zone (e.g. Asia/Yangon, Europe/London)";
        }

        if (source.MaxPages is < 1 or > 100)
        {
            yield return $"{at}: \"maxPages\" must be between 1 and 100";
        }

        foreach (var pattern in source.Include.Concat(source.Exclude))
        {
            if (!IsRegex(pattern))
            {
                yield return $"{at}: '{pattern}' in include/exclude is not a valid regular expression";
            }
        }

    }

    private static IEnumerable<(string Field, string XPath)> Selectors(SourceSelectors? selectors) => selectors is null
        ? []
        : new (string, string?)[]
        {
            ("item", selectors.Item), ("link", selectors.Link), ("title", selectors.Title), ("date", selectors.Date), ("label", selectors.Label), ("next", selectors.Next),
        }.Where(s => !string.IsNullOrWhiteSpace(s.Item2)).Select(s => (s.Item1, s.Item2!));

    // The listing reader hands selectors to HtmlAgilityPack, which compiles them with System.Xml.XPath.
    private static string? XPathProblem(string xpath)
    {
        try
        {
            _ = System.Xml.XPath.XPathExpression.Compile(xpath);
            return null;
        }
        catch (System.Xml.XPath.XPathException e)
        {
            return e.Message;
        }
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private sealed record Document(List<SourceDefinition>? Sources);
}

/// <summary>The sources file is missing or wrong; the message names the file, the source and the field.</summary>
public sealed class SourcesFileException(string message) : Exception(message);
