using System.Text.Json;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification.Naming;

/// <summary>
/// What naming a body new to the directory needs: the gazetteer of Myanmar's places
/// (<c>seeds/places.json</c>) and the glossary of organisational terms with the English head nouns
/// that end a body's name (<c>seeds/terms.json</c>). Both are data editors can extend.
/// </summary>
public sealed class NamingData
{
    private NamingData(IReadOnlyList<Place> places, IReadOnlyList<Term> terms, IReadOnlyList<string> heads, Lists? lists = null)
    {
        Places = places;
        Terms = terms;
        Heads = new HashSet<string>(heads, StringComparer.OrdinalIgnoreCase);
        NotIssuers = lists?.NotIssuers ?? [];
        Units = new HashSet<string>(lists?.Units ?? [], StringComparer.OrdinalIgnoreCase);
        Mouthpieces = lists?.Mouthpieces ?? [];
        Generic = new HashSet<string>(lists?.Generic ?? [], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Words that end the name of a part of a body (a district, a brigade) when its letterhead or signature names the body above it.</summary>
    public IReadOnlySet<string> Units { get; }

    /// <summary>Names that are never an item's issuer however a page puts them: the junta and its organs.</summary>
    public IReadOnlyList<string> NotIssuers { get; }

    /// <summary>Units that speak as their body ("Press Team", "Central Committee", "Spokesperson"): "X, Press Team" is X. An information department is not one: it is printed "X (Information Department)".</summary>
    public IReadOnlyList<string> Mouthpieces { get; }

    /// <summary>Words that, with only a head noun, make no name of a body ("Member Committees", "Executive Committee").</summary>
    public IReadOnlySet<string> Generic { get; }

    // The nouns that end most organisations' names in English, used when terms.json gives none.
    private static readonly string[] DefaultHeads =
    [
        "Council", "Committee", "Commission", "Front", "Party", "Union", "Network", "Organization", "Organisation", "Forces", "Force", "Army",
        "Team", "Association", "Federation", "Alliance", "Coalition", "Ministry", "Department", "Delegation", "Embassy", "Office", "Agency",
        "Fund", "Programme", "Program", "Mission", "Group", "Body", "Centre", "Center", "Institute", "Foundation", "League", "Convention",
        "Church", "Society", "Movement", "Government", "Board", "Assembly", "Parliament", "Congress", "Initiative", "Campaign", "Watch",
        "Secretariat", "Consortium", "Collective", "Forum", "Platform", "Cooperative", "Trust", "Service", "Services",
    ];

    public IReadOnlyList<Place> Places { get; }

    public IReadOnlyList<Term> Terms { get; }

    /// <summary>English words that end an organisation's name ("Council", "Committee", "Union", …).</summary>
    public IReadOnlySet<string> Heads { get; }

    /// <summary>No places, no terms, only the head nouns every English body name ends in.</summary>
    public static NamingData Minimal { get; } = new([], [], DefaultHeads);

    /// <summary>Reads both files; a missing or malformed one throws <see cref="NamingFileException"/> naming it.</summary>
    public static NamingData Load(string placesPath, string termsPath) =>
        FromJson(Read(placesPath), placesPath, Read(termsPath), termsPath);

    public static NamingData FromJson(string placesJson, string placesSource, string termsJson, string termsSource)
    {
        var places = Parse(placesJson, placesSource, "places", ReadPlace);
        var terms = Parse(termsJson, termsSource, "terms", ReadTerm);
        using var doc = JsonDocument.Parse(termsJson, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var heads = Strings(doc.RootElement, "heads");
        var lists = new Lists(
            [.. Strings(doc.RootElement, "notIssuers").Select(BurmeseText.Normalize)],
            [.. Strings(doc.RootElement, "mouthpieces").Select(BurmeseText.Normalize)],
            Strings(doc.RootElement, "generic"),
            Strings(doc.RootElement, "units"));
        return new NamingData(places, terms, heads.Count > 0 ? heads : DefaultHeads, lists);
    }

    private sealed record Lists(IReadOnlyList<string> NotIssuers, IReadOnlyList<string> Mouthpieces, IReadOnlyList<string> Generic, IReadOnlyList<string> Units);

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NamingFileException(path, $"cannot be read: {ex.Message}", ex);
        }
    }

    private static List<T> Parse<T>(string json, string source, string list, Func<JsonElement, string, T> read)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!doc.RootElement.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new NamingFileException(source, $"expected an object with a \"{list}\" array");
            }

            return items.EnumerateArray().Select((e, n) => read(e, $"{list}[{n}]")).ToList();
        }
        catch (JsonException ex)
        {
            throw new NamingFileException(source, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new NamingFileException(source, ex.Message, ex);
        }
    }

    private static Place ReadPlace(JsonElement e, string at) => new(
        Required(e, "name", at),
        Strings(e, "aliases"),
        Strings(e, "burmese").Select(BurmeseText.Normalize).ToList(),
        Required(e, "kind", at),
        e.TryGetProperty("within", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null);

    private static Term ReadTerm(JsonElement e, string at) => new(
        BurmeseText.Normalize(Required(e, "burmese", at)),
        e.TryGetProperty("english", out var en) && en.ValueKind == JsonValueKind.String ? en.GetString()!.Trim() : throw new InvalidOperationException($"{at}: \"english\" is missing"),
        e.TryGetProperty("head", out var head) && head.ValueKind == JsonValueKind.True);

    private static string Required(JsonElement e, string field, string at) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0
            ? v.GetString()!.Trim()
            : throw new InvalidOperationException($"{at}: \"{field}\" is missing or empty");

    private static List<string> Strings(JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(s => s.Length > 0).ToList()
            : [];
}

/// <summary>A place of the gazetteer: its usual English spelling, other spellings, Burmese names, kind and what it lies within.</summary>
public sealed record Place(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Burmese, string Kind, string? Within);

/// <summary>A Burmese organisational term and its English as editors write it; a head term ends a body's name.</summary>
public sealed record Term(string Burmese, string English, bool Head);

/// <summary>A naming data file that cannot be used, with its path.</summary>
public sealed class NamingFileException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    public string Path { get; } = path;
}
