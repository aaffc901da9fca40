using Bulletin.Core.Collection;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Extraction;
using Bulletin.Core.Fetching;
using Bulletin.Core.Inspection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Core.Review;

/// <summary>
/// Items editors add by pasting a URL: fetched, classified and attributed like any collected item,
/// through the same guarded fetch as collection (<see cref="AddressGuard"/>). An editor's URL is
/// treated as found on the open web: it may start on a special-purpose address only when
/// <c>Bulletin:Review:AllowPrivateAddresses</c> is set, and then reach only addresses of that kind.
/// </summary>
public sealed class EditorAdditions(ItemCollector collector, AddressGuard guard, Store store, TimeProvider clock, ILogger<EditorAdditions> logger, bool allowPrivateStart)
{
    /// <summary>
    /// Collects the page at <paramref name="url"/> and records the editor's decision to include it.
    /// <paramref name="sources"/> lend their settings (issuer, zone, language) to a URL on their site.
    /// </summary>
    public async Task<Addition> AddAsync(string url, Window window, IReadOnlyList<SourceDefinition> sources, string editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(sources);
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Addition.Refused("enter an absolute http:// or https:// URL");
        }

        var reach = allowPrivateStart ? await guard.ReachOfAsync(uri, ct) : AddressKind.Public;
        if (await guard.RefusalAsync(uri, reach, ct) is { } refusal)
        {
            logger.LogWarning("Refused editor URL {url}: {reason}", uri, refusal);
            return Addition.Refused($"refused: {refusal}; addresses on the service's own network are not fetched (Bulletin:Review:AllowPrivateAddresses, {AddressGuard.Setting})");
        }

        var source = SourceFor(uri, sources);
        var outcome = await collector.CollectAsync(source, new Lead { Url = uri }, window, new RunState(), ct);
        var item = outcome.Item ?? await StoredAsync(uri, ct);
        if (item is null)
        {
            return Addition.Refused($"could not add {uri}: {outcome.Reason}");
        }

        // Known before this request: say where it stands rather than claim to have added it.
        if (outcome.Result != LeadResult.New && window.Contains(item.Published))
        {
            var decisions = await store.CurrentDecisionsAsync([item.Key], ct);
            var entry = Entry.From(item, decisions.TryGetValue(item.Key, out var mine) ? mine : []);
            if (entry.Included)
            {
                return new Addition(true, $"already in this week’s draft: “{entry.Title}” by {entry.Issuer}", item);
            }
        }

        await store.SaveDecisionAsync(new Decision(item.Key, DecisionFields.Included, "true", editor, clock.GetUtcNow()), ct);
        logger.LogInformation("Editor {editor} added {url} as {item_key}", editor, uri, item.Key);
        var note = window.Contains(item.Published)
            ? outcome.Result == LeadResult.New ? $"added “{item.Title}” by {item.Issuer}" : $"put back in this week’s draft: “{item.Title}” by {item.Issuer}"
            : $"stored “{item.Title}”, but it was published {item.Published:yyyy-MM-dd}, outside this week";
        return new Addition(true, note, item);
    }

    private async Task<StoredItem?> StoredAsync(Uri url, CancellationToken ct)
    {
        var key = UrlKey.For(url);
        return await store.FindItemAsync(key, ct)
            ?? (await store.FindAliasAsync(key, ct) is { ItemKey: { } itemKey } ? await store.FindItemAsync(itemKey, ct) : null);
    }

    // A URL on a watched site is read as that source would read it; any other as `inspect` reads a page.
    private static SourceDefinition SourceFor(Uri url, IReadOnlyList<SourceDefinition> sources) =>
        sources.FirstOrDefault(s => string.Equals(s.Url.Host, url.Host, StringComparison.OrdinalIgnoreCase) && s.Url.Port == url.Port) is { } known
            ? known with { Details = DetailPolicy.Always }
            : DocumentInspector.SourceFor(url, SourceType.Html);
}

/// <summary>What became of an editor's URL.</summary>
public sealed record Addition(bool Added, string Message, StoredItem? Item)
{
    public static Addition Refused(string message) => new(false, message, null);
}
