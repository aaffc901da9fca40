using System.Text.Json;
using Bulletin.Core.Deduplication;

namespace Bulletin.Core.Accuracy;

/// <summary>
/// Scores a written draft (<c>draft.json</c>) against the bulletin editors published for the same week
/// (the same shape, without reasons): each published item found once, with the issuer and section the
/// editors gave it, and English and Burmese versions side by side, English first.
/// </summary>
public static class GoldComparison
{
    private const string Origin = "gold";

    public static AccuracyReport Compare(JsonElement draft, JsonElement gold)
    {
        var published = Items(gold);
        var drafted = Items(draft);
        var byKey = drafted.ToLookup(i => i.Key);
        var misses = new List<Miss>();
        var scores = AccuracyFields.InOrder.Where(f => f != AccuracyFields.Kind).ToDictionary(f => f, _ => (Correct: 0, Total: 0));

        void Score(string field, bool right, Item item, string expected, string actual, string reason)
        {
            var (correct, total) = scores[field];
            scores[field] = (correct + (right ? 1 : 0), total + 1);
            if (!right)
            {
                misses.Add(new Miss(item.Title, Origin, field, expected, actual, reason));
            }
        }

        foreach (var item in published)
        {
            var found = byKey[item.Key].ToList();
            var first = found.FirstOrDefault();
            Score(AccuracyFields.Dedupe, found.Count == 1, item, "listed once", $"listed {found.Count} times", first?.IssuerReason ?? "not collected");
            Score(AccuracyFields.Issuer, first?.Issuer == item.Issuer, item, item.Issuer, first?.Issuer ?? "(missing)", first?.IssuerReason ?? "not collected");
            Score(AccuracyFields.Section, first?.Section == item.Section, item, item.Section, first?.Section ?? "(missing)", first?.KindReason ?? "not collected");
        }

        var keys = published.Select(i => i.Key).ToHashSet();
        foreach (var extra in drafted.Where(i => !keys.Contains(i.Key)))
        {
            Score(AccuracyFields.Section, false, extra, AccuracyFields.NoSection, extra.Section, extra.KindReason ?? "");
        }

        var draftedOrder = drafted.Select(i => i.Key).ToList();
        foreach (var (english, burmese) in Pairs(published))
        {
            var at = draftedOrder.IndexOf(english.Key);
            var together = at >= 0 && at + 1 < draftedOrder.Count && draftedOrder[at + 1] == burmese.Key;
            Score(AccuracyFields.Pairing, together, english, $"followed by {burmese.Url}", at < 0 ? "(missing)" : at + 1 < draftedOrder.Count ? $"followed by {drafted[at + 1].Url}" : "last", "translation pairs are set by hreflang, in-body links, or one version of each language by the same issuer within 3 days");
        }

        var fields = scores.Select(s => new FieldScore(s.Key, s.Value.Correct, s.Value.Total)).ToList();
        return new AccuracyReport(published.Count, fields, misses);
    }

    /// <summary>Side-by-side versions as editors list them: the same issuer, English then Burmese, next to each other.</summary>
    private static IEnumerable<(Item English, Item Burmese)> Pairs(IReadOnlyList<Item> items) =>
        items.Zip(items.Skip(1)).Where(p => p.First.Issuer == p.Second.Issuer && p.First.Language == "en" && p.Second.Language == "my");

    private static List<Item> Items(JsonElement bulletin) =>
        [.. bulletin.GetProperty("sections").EnumerateArray().SelectMany(section => section.GetProperty("items").EnumerateArray().Select(i => new Item(
            UrlKey.For(new Uri(i.GetProperty("url").GetString()!)),
            i.GetProperty("url").GetString()!,
            i.GetProperty("title").GetString()!,
            i.GetProperty("issuer").GetString()!,
            i.TryGetProperty("language", out var language) ? language.GetString() : null,
            section.GetProperty("title").GetString()!,
            i.TryGetProperty("issuerReason", out var issuerReason) ? issuerReason.GetString() : null,
            i.TryGetProperty("kindReason", out var kindReason) ? kindReason.GetString() : null)))];

    private sealed record Item(string Key, string Url, string Title, string Issuer, string? Language, string Section, string? IssuerReason, string? KindReason);
}
