using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Classification.Issuers;

/// <summary>
/// seeds/places.json (the gazetteer) and seeds/terms.json (the glossary) render a body that a page
/// names only in Burmese into English term by term, so a wrong spelling, a Zawgyi string or two
/// English names for one Burmese key would print a wrong issuer without any code failing.
/// </summary>
public sealed partial class NamingDataTests
{
    private static readonly string PlacesPath = Path.Combine(RepositoryRoot.Path, "seeds", "places.json");
    private static readonly string TermsPath = Path.Combine(RepositoryRoot.Path, "seeds", "terms.json");

    private static readonly string[] Kinds = ["country", "state", "region", "union-territory", "district", "township", "town", "people"];

    // The kind a "within" value names, by the English word editors put after the place's name.
    private static readonly (string Suffix, string Kind)[] Containers =
        [(" Union Territory", "union-territory"), (" State", "state"), (" Region", "region"), (" District", "district")];

    // Glossary words that a place's own Burmese name must not carry: "ကလေးမြို့နယ်" is Kalay + Township.
    private static readonly string[] AdministrativeWords = ["မြို့နယ်", "မြို့", "ခရိုင်", "ပြည်နယ်", "တိုင်းဒေသကြီး", "ပြည်ထောင်စုနယ်မြေ"];

    [Fact]
    public void The_gazetteer_is_well_formed()
    {
        var problems = NamingData.PlaceProblems(File.ReadAllText(PlacesPath));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_glossary_is_well_formed()
    {
        var problems = NamingData.TermProblems(File.ReadAllText(TermsPath));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_gazetteer_covers_every_state_region_and_union_territory_with_its_townships()
    {
        var places = NamingData.Places(File.ReadAllText(PlacesPath));

        string[] states = ["Kachin", "Kayah", "Karen", "Chin", "Mon", "Rakhine", "Shan"];
        string[] regions = ["Sagaing", "Tanintharyi", "Bago", "Magway", "Mandalay", "Yangon", "Ayeyarwady"];
        foreach (var (names, kind, suffix) in new[] { (states, "state", " State"), (regions, "region", " Region"), (new[] { "Naypyitaw" }, "union-territory", " Union Territory") })
        {
            foreach (var name in names)
            {
                Assert.Contains(places, p => p.Name == name && p.Kind == kind);
                Assert.True(places.Count(p => p.Kind == "township" && p.Within == name + suffix) >= 7, $"{name}{suffix} has fewer than 7 townships");
            }
        }

        Assert.InRange(places.Count(p => p.Kind == "township"), 320, 350);
        Assert.True(places.Count(p => p.Kind == "district") >= 70, "fewer than 70 districts");
    }

    [Theory]
    [InlineData("ကလေး", "township", "Kalay", "Sagaing Region")]
    [InlineData("ဒဂုံ", "township", "Dagon", "Yangon Region")]
    [InlineData("ဖားကန့်", "township", "Hpakant", "Kachin State")]
    [InlineData("ဒီပဲယင်း", "township", "Depayin", "Sagaing Region")]
    [InlineData("ကလေး", "district", "Kalay", "Sagaing Region")]
    [InlineData("ကချင်", "state", "Kachin", null)]
    [InlineData("ကရင်", "state", "Karen", null)]
    [InlineData("ကရင်နီ", "people", "Karenni", null)]
    [InlineData("တအာင်း", "people", "Ta'ang", null)]
    [InlineData("ပအိုဝ်း", "people", "Pa-O", null)]
    [InlineData("ရခိုင်", "people", "Rakhine", null)]
    [InlineData("မြန်မာနိုင်ငံ", "country", "Myanmar", null)]
    public void Places_carry_the_spelling_editors_use(string burmese, string kind, string name, string? within)
    {
        var place = Assert.Single(NamingData.Places(File.ReadAllText(PlacesPath)), p => p.Burmese.Contains(burmese) && p.Kind == kind);

        Assert.Equal(name, place.Name);
        Assert.Equal(within, place.Within);
    }

    [Fact]
    public void Kalay_keeps_the_older_spelling_as_an_alias() =>
        Assert.Contains("Kale", Assert.Single(NamingData.Places(File.ReadAllText(PlacesPath)), p => p.Name == "Kalay" && p.Kind == "township").Aliases);

    [Theory]
    [InlineData("သပိတ်ကော်မတီ", "Strike Committee", true)]
    [InlineData("ကော်မတီ", "Committee", true)]
    [InlineData("ကျောင်းသားသမဂ္ဂ", "Students' Union", true)]
    [InlineData("သမဂ္ဂ", "Union", true)]
    [InlineData("တက္ကသိုလ်", "University", false)]
    [InlineData("မြို့နယ်", "Township", false)]
    [InlineData("ခရိုင်", "District", false)]
    [InlineData("ပြည်နယ်", "State", false)]
    [InlineData("တိုင်းဒေသကြီး", "Region", false)]
    [InlineData("အထွေထွေသပိတ်", "General Strike", false)]
    [InlineData("ညှိနှိုင်းရေးအဖွဲ့", "Coordination Body", true)]
    [InlineData("အမျိုးသမီး", "Women's", false)]
    [InlineData("လူငယ်", "Youth", false)]
    [InlineData("ဆရာ", "Teachers'", false)]
    [InlineData("ကျောင်းဆရာ", "Teachers'", false)]
    [InlineData("ဆရာဝန်", "Doctors'", false)]
    [InlineData("သူနာပြု", "Nurses'", false)]
    [InlineData("အလုပ်သမား", "Workers'", false)]
    [InlineData("လယ်သမား", "Farmers'", false)]
    [InlineData("ဘုန်းတော်ကြီး", "Monks'", false)]
    [InlineData("သံဃာ", "Monks'", false)]
    [InlineData("ကွန်ရက်", "Network", true)]
    [InlineData("အဖွဲ့ချုပ်", "League", true)]
    [InlineData("ပါတီ", "Party", true)]
    [InlineData("တပ်ဖွဲ့", "Force", true)]
    [InlineData("ပြည်သူ့ကာကွယ်ရေးတပ်ဖွဲ့", "People's Defence Force", true)]
    [InlineData("ကောင်စီ", "Council", true)]
    [InlineData("အစည်းအရုံး", "Association", true)]
    [InlineData("အသင်း", "Association", true)]
    [InlineData("အဖွဲ့", "Group", true)]
    [InlineData("တပ်ပေါင်းစု", "Alliance", true)]
    [InlineData("ဗဟို", "Central", false)]
    [InlineData("ယာယီ", "Interim", false)]
    [InlineData("အုပ်ချုပ်ရေး", "Administrative", false)]
    public void Terms_carry_the_English_editors_write(string burmese, string english, bool head)
    {
        var term = Assert.Single(NamingData.Terms(File.ReadAllText(TermsPath)), t => t.Burmese == burmese);

        Assert.Equal(english, term.English);
        Assert.Equal(head, term.Head);
    }

    [Fact]
    public void The_glossary_has_at_least_150_terms_and_a_head_noun_list() =>
        Assert.True(NamingData.Terms(File.ReadAllText(TermsPath)).Count >= 150);

    // The checks themselves: each bad file must be reported, or a passing shipped file proves nothing.
    [Theory]
    [InlineData("""{"places": [{"name": "Kalay", "aliases": [], "burmese": ["ကလေး"], "kind": "township", "within": "Sagaing Region"}, {"name": "Sagaing", "kind": "region"}]}""", "empty array")]
    [InlineData("""{"places": [{"name": "Kalay", "kind": "village"}]}""", "\"kind\" \"village\"")]
    [InlineData("""{"places": [{"name": "Kalay", "kind": "township", "within": "Sagaing Region"}]}""", "\"within\" \"Sagaing Region\" names no region")]
    [InlineData("""{"places": [{"name": "Kalay", "kind": "township"}]}""", "needs \"within\"")]
    [InlineData("""{"places": [{"name": "Kalay", "kind": "township", "within": "Kalay Township"}]}""", "\"within\" \"Kalay Township\"")]
    [InlineData("""{"places": [{"name": "Kalay", "alias": ["Kale"], "kind": "people"}]}""", "unknown field \"alias\"")]
    [InlineData("""{"places": [{"name": "Kalay", "burmese": ["Kalay"], "kind": "people"}]}""", "not Myanmar script")]
    [InlineData("""{"places": [{"name": "Maung", "burmese": ["\u1031\u1019\u102C\u1004\u1039"], "kind": "people"}]}""", "Zawgyi")]
    [InlineData("""{"places": [{"name": "Maung", "burmese": ["\u1019\u1030\u1033"], "kind": "people"}]}""", "Zawgyi")]
    [InlineData("""{"places": [{"name": "Kanbalu", "burmese": ["\u1000\u1014\u103A\u1037\u1018\u101C\u1030"], "kind": "people"}]}""", "not NFC")]
    [InlineData("""{"places": [{"name": "Kalay", "burmese": ["ကလေးမြို့နယ်"], "kind": "people"}]}""", "ends with \"မြို့နယ်\"")]
    [InlineData("""{"places": [{"name": "Kalay", "burmese": ["ကလေး"], "kind": "people"}, {"name": "Kale", "burmese": ["ကလေး"], "kind": "people"}]}""", "two English names")]
    public void A_bad_gazetteer_is_reported(string json, string expected)
    {
        var problems = NamingData.PlaceProblems(json);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"terms": [{"burmese": "ကော်မတီ", "english": "Committee", "head": true}], "heads": []}""", "empty array")]
    [InlineData("""{"terms": [{"burmese": "ကော်မတီ", "english": "Committee", "head": "yes"}], "heads": ["Committee"]}""", "\"head\" must be true or false")]
    [InlineData("""{"terms": [{"burmese": "ကော်မတီ", "english": "Committee", "head": true}], "heads": ["Council"]}""", "no word of \"heads\"")]
    [InlineData("""{"terms": [{"burmese": "ကော်မတီ", "english": "Committee", "head": true}, {"burmese": "ကော်မတီ", "english": "Commission", "head": true}], "heads": ["Committee", "Commission"]}""", "two English names")]
    [InlineData("""{"terms": [{"burmese": "ကော်မတီ", "english": "Committee", "head": true}], "heads": ["Committee", "Committee"]}""", "twice")]
    [InlineData("""{"terms": [{"burmese": "ကော်မတီ", "english": "Committee", "head": true}], "heads": ["Strike Committee"]}""", "one word")]
    public void A_bad_glossary_is_reported(string json, string expected)
    {
        var problems = NamingData.TermProblems(json);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Alternatives_and_aliases_let_one_Burmese_key_carry_two_English_names()
    {
        const string places = """{"places": [{"name": "Karen", "aliases": ["Kayin"], "burmese": ["ကရင်"], "kind": "state"}, {"name": "Kayin", "burmese": ["ကရင်"], "kind": "people"}]}""";
        const string terms = """{"terms": [{"burmese": "အဖွဲ့", "english": "Group", "head": true, "alternatives": ["Team"]}, {"burmese": "အဖွဲ့", "english": "Team", "head": true}], "heads": ["Group", "Team"]}""";

        Assert.Empty(NamingData.PlaceProblems(places));
        Assert.Empty(NamingData.TermProblems(terms));
    }

    private sealed record Place(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Burmese, string Kind, string? Within);

    private sealed record Term(string Burmese, string English, bool Head, IReadOnlyList<string> Alternatives);

    // Sequences Unicode's spelling never stores but Zawgyi's visual order writes (the same signs
    // Bulletin's Zawgyi detector weighs, here each one alone is enough): Mon vowels or glyph variants
    // used as Burmese vowels, the e vowel or ya-yit typed before their consonant, U+1039 as an asat,
    // an asat followed by a vowel sign, medials out of order.
    [GeneratedRegex(
        "[\u1033\u1034\u105A\u1060-\u1097]"
        + "|(?<![\u1000-\u102A\u103B-\u103F\u104E])\u1031"
        + "|(?<![\u1000-\u102A\u103F])\u103B"
        + "|\u1039(?![\u1000-\u1021])|(?<![\u1000-\u1021\u103A])\u1039"
        + "|\u103A[\u102B-\u102E\u1032-\u1036]"
        + "|[\u103C-\u103E]\u103B|[\u103D\u103E]\u103C|\u103E\u103D")]
    private static partial Regex ZawgyiSequence();

    /// <summary>Reads and checks the two files; every problem names its entry so one run lists them all.</summary>
    private static class NamingData
    {
        public static List<Place> Places(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.GetProperty("places").EnumerateArray().Select(e => new Place(
                e.GetProperty("name").GetString()!,
                Strings(e, "aliases"),
                Strings(e, "burmese"),
                e.GetProperty("kind").GetString()!,
                e.TryGetProperty("within", out var w) ? w.GetString() : null))];
        }

        public static List<Term> Terms(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.GetProperty("terms").EnumerateArray().Select(e => new Term(
                e.GetProperty("burmese").GetString()!,
                e.GetProperty("english").GetString()!,
                e.GetProperty("head").GetBoolean(),
                Strings(e, "alternatives")))];
        }

        public static List<string> PlaceProblems(string json)
        {
            var problems = new List<string>();
            using var doc = JsonDocument.Parse(json);
            if (!Root(doc.RootElement, "places", ["places"], problems, out var array))
            {
                return problems;
            }

            var places = new List<Place>();
            var index = 0;
            foreach (var entry in array.EnumerateArray())
            {
                index++;
                var label = $"place {index}";
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{label} is not an object");
                    continue;
                }

                Fields(entry, label, ["name", "aliases", "burmese", "kind", "within"], problems);
                var name = Text(entry, "name", label, required: true, problems);
                label = $"place {index} (\"{name}\")";
                var kind = Text(entry, "kind", label, required: true, problems);
                var within = Text(entry, "within", label, required: false, problems);
                var aliases = List(entry, "aliases", label, problems);
                var burmese = List(entry, "burmese", label, problems);

                if (kind is not null && !Kinds.Contains(kind))
                {
                    problems.Add($"{label}: \"kind\" \"{kind}\" is not one of {string.Join(", ", Kinds)}");
                }

                if (kind is "township" or "district" or "town" && within is null)
                {
                    problems.Add($"{label}: a {kind} needs \"within\" (the state, region, union territory or district it lies in)");
                }

                foreach (var b in burmese)
                {
                    problems.AddRange(BurmeseProblems(b, label));
                    if (kind is not "country" && AdministrativeWords.FirstOrDefault(w => b.EndsWith(w, StringComparison.Ordinal)) is { } word)
                    {
                        problems.Add($"{label}: Burmese \"{b}\" ends with \"{word}\", a glossary term; write the place's own name only");
                    }
                }

                if (name is not null && kind is not null)
                {
                    places.Add(new Place(name, aliases, burmese, kind, within));
                }
            }

            foreach (var place in places.Where(p => p.Within is not null))
            {
                problems.AddRange(WithinProblems(place, places));
            }

            foreach (var twice in places.GroupBy(p => (p.Name, p.Kind, p.Within)).Where(g => g.Count() > 1))
            {
                problems.Add($"\"{twice.Key.Name}\" ({twice.Key.Kind} in {twice.Key.Within ?? "Myanmar"}) is listed {twice.Count()} times");
            }

            problems.AddRange(ClashProblems(places.SelectMany(p => p.Burmese.Select(b => (b, p.Name, (IReadOnlyList<string>)p.Aliases)))));
            return problems;
        }

        public static List<string> TermProblems(string json)
        {
            var problems = new List<string>();
            using var doc = JsonDocument.Parse(json);
            if (!Root(doc.RootElement, "terms", ["terms", "heads", "units", "notIssuers", "mouthpieces", "generic"], problems, out var array))
            {
                return problems;
            }

            var heads = List(doc.RootElement, "heads", "\"heads\"", problems);
            if (!doc.RootElement.TryGetProperty("heads", out _))
            {
                problems.Add("the file needs a \"heads\" array of English head nouns");
            }

            foreach (var head in heads)
            {
                if (!head.All(char.IsLetter))
                {
                    problems.Add($"\"heads\": \"{head}\" must be one word (the code compares a phrase's last word)");
                }
            }

            foreach (var twice in heads.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"\"heads\": \"{twice.Key}\" is listed twice");
            }

            var terms = new List<Term>();
            var index = 0;
            foreach (var entry in array.EnumerateArray())
            {
                index++;
                var label = $"term {index}";
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{label} is not an object");
                    continue;
                }

                Fields(entry, label, ["burmese", "english", "head", "alternatives"], problems);
                var burmese = Text(entry, "burmese", label, required: true, problems);
                label = $"term {index} (\"{burmese}\")";
                var english = Text(entry, "english", label, required: true, problems);
                var alternatives = List(entry, "alternatives", label, problems);
                bool? head = entry.TryGetProperty("head", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False ? h.GetBoolean() : null;
                if (head is null)
                {
                    problems.Add($"{label}: \"head\" must be true or false");
                }

                if (burmese is not null)
                {
                    problems.AddRange(BurmeseProblems(burmese, label));
                }

                if (head == true && english is not null && !Regex.Split(english, "[^A-Za-z]+").Any(heads.Contains))
                {
                    problems.Add($"{label}: a head term whose English \"{english}\" has no word of \"heads\", so an English name ending in it would not look like a body");
                }

                if (burmese is not null && english is not null && head is not null)
                {
                    terms.Add(new Term(burmese, english, head.Value, alternatives));
                }
            }

            problems.AddRange(ClashProblems(terms.Select(t => (t.Burmese, t.English, t.Alternatives))));
            return problems;
        }

        private static bool Root(JsonElement root, string arrayName, string[] allowed, List<string> problems, out JsonElement array)
        {
            array = default;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(arrayName, out array) || array.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"the file must be an object with a \"{arrayName}\" array");
                return false;
            }

            Fields(root, "the file", allowed, problems);
            if (array.GetArrayLength() == 0)
            {
                problems.Add($"\"{arrayName}\" is an empty array");
            }

            return true;
        }

        private static void Fields(JsonElement entry, string label, string[] allowed, List<string> problems)
        {
            foreach (var property in entry.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
            {
                problems.Add($"{label}: unknown field \"{property.Name}\" (allowed: {string.Join(", ", allowed)})");
            }
        }

        private static string? Text(JsonElement entry, string field, string label, bool required, List<string> problems)
        {
            if (!entry.TryGetProperty(field, out var value))
            {
                if (required)
                {
                    problems.Add($"{label}: \"{field}\" is missing");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()) || value.GetString() != value.GetString()!.Trim())
            {
                problems.Add($"{label}: \"{field}\" must be a non-empty string without surrounding spaces");
                return null;
            }

            return value.GetString();
        }

        private static List<string> List(JsonElement entry, string field, string label, List<string> problems)
        {
            if (!entry.TryGetProperty(field, out var value))
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{label}: \"{field}\" must be an array of strings");
                return [];
            }

            if (value.GetArrayLength() == 0)
            {
                problems.Add($"{label}: \"{field}\" is an empty array; leave the field out instead");
            }

            var items = new List<string>();
            foreach (var item in value.EnumerateArray())
            {
                var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                if (string.IsNullOrWhiteSpace(text) || text != text.Trim())
                {
                    problems.Add($"{label}: \"{field}\" holds {item.GetRawText()}, not a non-empty string without surrounding spaces");
                }
                else if (items.Contains(text))
                {
                    problems.Add($"{label}: \"{field}\" lists \"{text}\" twice");
                }
                else
                {
                    items.Add(text);
                }
            }

            return items;
        }

        private static IEnumerable<string> BurmeseProblems(string text, string label)
        {
            if (text.Any(c => c is not (>= '\u1000' and <= '\u109F') and not (>= '\uAA60' and <= '\uAA7F') and not ' ') || text.Contains("  ", StringComparison.Ordinal))
            {
                yield return $"{label}: Burmese \"{text}\" is not Myanmar script (U+1000–U+109F, U+AA60–U+AA7F) with single spaces";
            }

            if (!text.IsNormalized(NormalizationForm.FormC))
            {
                yield return $"{label}: Burmese \"{text}\" is not NFC-normalised; store \"{text.Normalize(NormalizationForm.FormC)}\"";
            }

            if (ZawgyiSequence().Match(text) is { Success: true } zawgyi)
            {
                yield return $"{label}: Burmese \"{text}\" has a Zawgyi sequence at {zawgyi.Index} (U+{(int)zawgyi.Value[0]:X4}); write it in Unicode";
            }
            else if (Zawgyi.IsLikely(text))
            {
                yield return $"{label}: Burmese \"{text}\" reads as Zawgyi to Bulletin's detector; write it in Unicode";
            }
        }

        private static IEnumerable<string> WithinProblems(Place place, List<Place> places)
        {
            var container = Containers.FirstOrDefault(c => place.Within!.EndsWith(c.Suffix, StringComparison.Ordinal));
            if (container.Kind is null || (place.Kind == "district" && container.Kind == "district"))
            {
                yield return $"\"{place.Name}\" ({place.Kind}): \"within\" \"{place.Within}\" must be \"<name> State\", \"<name> Region\", \"<name> Union Territory\""
                    + (place.Kind == "district" ? string.Empty : " or \"<name> District\"");
                yield break;
            }

            var name = place.Within![..^container.Suffix.Length];
            if (!places.Any(p => p.Name == name && p.Kind == container.Kind))
            {
                yield return $"\"{place.Name}\" ({place.Kind}): \"within\" \"{place.Within}\" names no {container.Kind} \"{name}\" in the file";
            }
        }

        // One Burmese key rendered two ways would make the output depend on file order, unless the
        // entries say the two English names are the same body's (an alias or alternative).
        private static IEnumerable<string> ClashProblems(IEnumerable<(string Burmese, string English, IReadOnlyList<string> Aliases)> keys)
        {
            foreach (var group in keys.GroupBy(k => k.Burmese, StringComparer.Ordinal))
            {
                var entries = group.ToList();
                for (var i = 0; i < entries.Count; i++)
                {
                    for (var j = i + 1; j < entries.Count; j++)
                    {
                        var (a, b) = (entries[i], entries[j]);
                        if (a.English != b.English && !a.Aliases.Contains(b.English) && !b.Aliases.Contains(a.English))
                        {
                            yield return $"Burmese \"{group.Key}\" has two English names, \"{a.English}\" and \"{b.English}\", neither listed as the other's alias";
                        }
                    }
                }
            }
        }

        private static List<string> Strings(JsonElement entry, string field) =>
            entry.TryGetProperty(field, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];
    }
}
