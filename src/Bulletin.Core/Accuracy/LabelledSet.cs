using System.Text.Json;
using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Accuracy;

/// <summary>
/// Labelled cases read from JSON Lines files (one case a line; "//" lines are comments), a folder of
/// them or one file. Every problem in every file is reported at once, with file and line.
/// </summary>
public sealed class LabelledSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private LabelledSet(IReadOnlyList<LabelledCase> cases) => Cases = cases;

    public IReadOnlyList<LabelledCase> Cases { get; }

    /// <summary>Reads a .jsonl file, or every .jsonl file under a folder (sorted by path).</summary>
    public static LabelledSet Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new LabelledSetException([$"{path}: no such file or folder"]);
        var root = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var problems = new List<string>();
        var cases = new List<LabelledCase>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var n = 0; n < lines.Length; n++)
            {
                var text = lines[n].Trim();
                if (text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var origin = $"{name}:{n + 1}";
                try
                {
                    var line = JsonSerializer.Deserialize<LabelledLine>(text, Json) ?? throw new JsonException("empty");
                    if (Case(line, origin, Path.GetDirectoryName(file)!, problems) is { } labelled)
                    {
                        cases.Add(labelled);
                    }
                }
                catch (JsonException e)
                {
                    problems.Add($"{origin}: not a case: {e.Message}");
                }
            }
        }

        CheckRelations(cases, problems);
        if (cases.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{path}: no cases");
        }

        return problems.Count > 0 ? throw new LabelledSetException(problems) : new LabelledSet(cases);
    }

    /// <summary>A set of cases built in code (tests).</summary>
    public static LabelledSet Of(IEnumerable<LabelledCase> cases) => new([.. cases]);

    private static LabelledCase? Case(LabelledLine line, string origin, string folder, List<string> problems)
    {
        var before = problems.Count;
        void Problem(string text) => problems.Add($"{origin}: {text}");

        if (string.IsNullOrWhiteSpace(line.Id)) Problem("\"id\" is required");
        if (line.Lead?.Url is null || !Uri.TryCreate(line.Lead.Url, UriKind.Absolute, out var url)) { Problem("\"lead.url\" must be an absolute URL"); url = null; }
        if (line.Source?.Id is null) Problem("\"source.id\" is required");
        var published = line.Lead?.Published is { } p ? DateText.Parse(p) : null;
        if (line.Lead?.Published is not null && published is null) Problem($"\"lead.published\" '{line.Lead.Published}' is not a date");
        var type = SourceType.Feed;
        if (line.Source?.Type is { } t && !Enum.TryParse(t, ignoreCase: true, out type)) Problem($"\"source.type\" '{t}' is not feed, html, wordpress or sitemap");
        SourceKind? sourceKind = null;
        if (line.Source?.Kind is { } k)
        {
            if (Enum.TryParse<SourceKind>(k, ignoreCase: true, out var parsed)) sourceKind = parsed;
            else Problem($"\"source.kind\" '{k}' is not statement, report or news");
        }

        var expect = line.Expect;
        var kind = Kind.Statement;
        if (expect?.Kind is null || !Enum.TryParse(expect.Kind, ignoreCase: true, out kind)) Problem("\"expect.kind\" must be Statement, Report or Excluded");
        var section = expect?.Section switch
        {
            null => null,
            var s when s.Equals(AccuracyFields.NoSection, StringComparison.OrdinalIgnoreCase) => AccuracyFields.NoSection,
            var s => Sections.Named(s),
        };
        if (section is null) Problem($"\"expect.section\" must be one of: {string.Join(", ", Sections.InOrder)}, {AccuracyFields.NoSection}");
        if (expect?.Unknown is { Count: > 0 } unknown) Problem($"unknown labels: {string.Join(", ", unknown.Keys)}");
        if (line.Page is not null && line.Html is not null) Problem("give \"page\" or \"html\", not both");
        var html = line.Html;
        if (line.Page is { } page)
        {
            var file = Path.Combine(folder, page);
            if (File.Exists(file)) html = File.ReadAllText(file);
            else Problem($"page file '{page}' not found");
        }

        if (problems.Count > before)
        {
            return null;
        }

        var source = line.Source!;
        return new LabelledCase
        {
            Id = line.Id!,
            Origin = origin,
            Html = html,
            Source = new SourceDefinition
            {
                Id = source.Id!,
                Name = source.Name,
                Type = type,
                Url = source.Url is { } s2 && Uri.TryCreate(s2, UriKind.Absolute, out var su) ? su : new Uri(url!, "/"),
                Issuer = source.Issuer,
                PublishesForOthers = source.PublishesForOthers,
                Kind = sourceKind,
                Language = source.Language,
                TimeZone = source.TimeZone,
            },
            Lead = new Lead
            {
                Url = url!,
                Title = line.Lead!.Title,
                Published = published,
                Summary = line.Lead.Summary,
                Authors = line.Lead.Authors,
                Labels = line.Lead.Labels,
                Language = line.Lead.Language,
                MediaType = line.Lead.MediaType,
            },
            Expected = new Expectation
            {
                Issuer = expect!.Issuer,
                Kind = kind,
                Section = section!,
                SameAs = expect.SameAs,
                TranslationOf = expect.TranslationOf,
            },
        };
    }

    private static void CheckRelations(List<LabelledCase> cases, List<string> problems)
    {
        var ids = new Dictionary<string, LabelledCase>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (!ids.TryAdd(c.Id, c))
            {
                problems.Add($"{c.Origin}: id '{c.Id}' is also used at {ids[c.Id].Origin}");
            }
        }

        foreach (var c in cases)
        {
            if (c.Expected.SameAs is { } same && (!ids.TryGetValue(same, out var target) || target.Expected.SameAs is not null || same == c.Id))
            {
                problems.Add($"{c.Origin}: \"sameAs\" '{same}' must be the id of another case that is not itself a copy");
            }

            if (c.Expected.TranslationOf is { } english && (!ids.TryGetValue(english, out var en) || en.Expected.TranslationOf is not null || english == c.Id))
            {
                problems.Add($"{c.Origin}: \"translationOf\" '{english}' must be the id of another case that is not itself a translation");
            }
        }
    }
}
