using System.Text.Json;

namespace Bulletin.Core.Classification.Issuers;

/// <summary>
/// Reads the seeds file <c>{"issuers":[{"name","aliases","abbreviations","burmese","domains","category",
/// "parent","display","scoped"}]}</c>, collecting every problem so an editor can fix the file in one pass.
/// </summary>
internal static class IssuerFile
{
    private static readonly HashSet<string> Fields =
        ["name", "aliases", "abbreviations", "burmese", "domains", "category", "parent", "display", "scoped"];

    private static readonly JsonDocumentOptions Options =
        new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<Issuer> Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new IssuerFileException(source, [$"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}"], ex);
        }

        using (document)
        {
            var problems = new List<string>();
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("issuers", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                throw new IssuerFileException(source, ["expected an object with an \"issuers\" array"]);
            }

            var issuers = new List<Issuer>();
            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                index++;
                if (ReadEntry(element, $"entry {index}", problems) is { } issuer)
                {
                    issuers.Add(issuer);
                }
            }

            if (problems.Count > 0)
            {
                throw new IssuerFileException(source, problems);
            }

            return issuers;
        }
    }

    private static Issuer? ReadEntry(JsonElement e, string where, List<string> problems)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: expected an object, found {e.ValueKind}");
            return null;
        }

        var name = e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        var label = name.Length > 0 ? $"{where} (\"{name}\")" : where;
        var before = problems.Count;
        if (name.Length == 0)
        {
            problems.Add($"{label}: \"name\" is missing or empty");
        }

        foreach (var property in e.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
        {
            problems.Add($"{label}: unknown field \"{property.Name}\" (expected one of {string.Join(", ", Fields)})");
        }

        var category = IssuerCategory.Un;
        var code = e.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (!IssuerCategoryCodes.TryParse(code, out category))
        {
            problems.Add($"{label}: \"category\" is {(code is null ? "missing" : $"\"{code}\"")}; "
                         + $"expected one of {string.Join(", ", IssuerCategoryCodes.All)}");
        }

        var display = IssuerDisplay.Default;
        var displayCode = OptionalString(e, "display", label, problems);
        if (displayCode is not null && !TryDisplay(displayCode, out display))
        {
            problems.Add($"{label}: \"display\" is \"{displayCode}\"; expected name, bracketed or parent");
        }

        var issuer = new Issuer
        {
            Name = name,
            Aliases = Strings(e, "aliases", label, problems),
            Abbreviations = Strings(e, "abbreviations", label, problems),
            Burmese = Strings(e, "burmese", label, problems),
            Domains = Strings(e, "domains", label, problems),
            Category = category,
            Parent = OptionalString(e, "parent", label, problems),
            Display = display,
            Scoped = e.TryGetProperty("scoped", out var scoped) && scoped.ValueKind == JsonValueKind.True,
        };

        problems.AddRange(IssuerRules.Check(issuer).Select(p => $"{label}: {p}"));
        return problems.Count == before ? issuer : null;
    }

    private static List<string> Strings(JsonElement e, string field, string label, List<string> problems)
    {
        if (!e.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{label}: \"{field}\" must be an array of strings");
            return [];
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                problems.Add($"{label}: \"{field}\" holds {item.GetRawText()}, not a non-empty string");
                continue;
            }

            items.Add(item.GetString()!.Trim());
        }

        return items;
    }

    private static string? OptionalString(JsonElement e, string field, string label, List<string> problems)
    {
        if (!e.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"{label}: \"{field}\" must be a non-empty string");
            return null;
        }

        return value.GetString()!.Trim();
    }

    private static bool TryDisplay(string code, out IssuerDisplay display)
    {
        display = code switch
        {
            "name" => IssuerDisplay.Name,
            "bracketed" => IssuerDisplay.Bracketed,
            "parent" => IssuerDisplay.Parent,
            _ => IssuerDisplay.Default,
        };
        return display != IssuerDisplay.Default;
    }
}
