using System.Reflection;
using System.Text.Json;

namespace Bulletin.Core.Sources;

/// <summary>
/// Checks a sources file's shape before it is bound: every field is one Bulletin reads (a typo such as
/// "selector" would otherwise be ignored silently), and every enumerated value is one it knows, each
/// mistake named with its source and its place in the file.
/// </summary>
internal static class SourcesFileShape
{
    private static readonly HashSet<string> TopFields = new(["sources"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SourceFields = FieldsOf(typeof(SourceDefinition));
    private static readonly HashSet<string> SelectorFields = FieldsOf(typeof(SourceSelectors));

    /// <summary>Each problem as "source 'id': …"; empty when the file is well formed. Bad JSON is left to the binder.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return [];
        }

        using (document)
        {
            var problems = new List<string>();
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return problems;
            }

            problems.AddRange(Unknown(document.RootElement, TopFields, "", "$", "the file"));
            if (!document.RootElement.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array)
            {
                return problems;
            }

            var index = 0;
            foreach (var source in sources.EnumerateArray())
            {
                if (source.ValueKind == JsonValueKind.Object)
                {
                    problems.AddRange(SourceProblems(source, index));
                }

                index++;
            }

            return problems;
        }
    }

    private static IEnumerable<string> SourceProblems(JsonElement source, int index)
    {
        var at = Property(source, "id") is { ValueKind: JsonValueKind.String } id && id.GetString() is { Length: > 0 } name ? $"source '{name}'" : $"source #{index + 1}";
        var path = $"$.sources[{index}]";
        foreach (var problem in Unknown(source, SourceFields, "", path, at))
        {
            yield return problem;
        }

        if (Property(source, "selectors") is { ValueKind: JsonValueKind.Object } selectors)
        {
            foreach (var problem in Unknown(selectors, SelectorFields, "selectors.", path + ".selectors", at))
            {
                yield return problem;
            }
        }

        if (Choice<SourceType>(source, "type", at) is { } type)
        {
            yield return type;
        }

        if (Choice<DetailPolicy>(source, "details", at) is { } details)
        {
            yield return details;
        }

        if (Choice<SourceKind>(source, "kind", at) is { } kind)
        {
            yield return kind;
        }
    }

    private static IEnumerable<string> Unknown(JsonElement element, HashSet<string> known, string prefix, string path, string at) =>
        element.EnumerateObject()
            .Where(p => !known.Contains(p.Name))
            .Select(p => $"{at}: unknown field \"{prefix}{p.Name}\" (at {path}.{p.Name}); known fields are {string.Join(", ", known.Order(StringComparer.Ordinal))}");

    /// <summary>A string field that must name one of <typeparamref name="T"/>'s values, said as the file writes them.</summary>
    private static string? Choice<T>(JsonElement source, string field, string at)
        where T : struct, Enum
    {
        if (Property(source, field) is not { } value)
        {
            return null;
        }

        var names = Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
        return value.ValueKind == JsonValueKind.String && names.Contains(value.GetString()!, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{at}: \"{field}\" '{(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())}' is not one of {string.Join(", ", names)}";
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: not JsonValueKind.Undefined } found
            ? found.Value
            : null;

    // The file's names are the properties' names in camelCase; the binder matches them ignoring case.
    private static HashSet<string> FieldsOf(Type type) => new(
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)),
        StringComparer.OrdinalIgnoreCase);
}
