using Bulletin.Core.Classification;
using Bulletin.Core.Collection;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Extraction;
using Bulletin.Core.Fetching;
using Bulletin.Core.Inspection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Learning;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Review;

/// <summary>
/// Items editors add by pasting a URL: fetched, classified and attributed like any collected item,
/// but through a client whose every connection is checked by <see cref="AddressGuard"/>.
/// </summary>
public sealed class EditorAdditions
{
    /// <summary>Name of the guarded HttpClient registered for editors' URLs.</summary>
    public const string HttpClientName = "Bulletin.Review.Fetch";

    private readonly AddressGuard guard;
    private readonly ItemCollector collector;
    private readonly Store store;
    private readonly TimeProvider clock;
    private readonly ILogger<EditorAdditions> logger;

    public EditorAdditions(IHttpClientFactory clients, AddressGuard guard, HostGate gate, IOptions<FetchOptions> fetchOptions, Store store, ItemClassifier classifier, SourceHabits habits, TimeProvider clock, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        this.guard = guard;
        this.store = store;
        this.clock = clock;
        logger = loggers.CreateLogger<EditorAdditions>();

        // The shared pipeline's robots check and redirects would otherwise use the unguarded client.
        var guarded = new NamedClientFactory(clients, HttpClientName);
        var robots = new RobotsPolicy(guarded, gate, fetchOptions, clock, loggers.CreateLogger<RobotsPolicy>());
        var fetcher = new Fetcher(guarded, robots, gate, fetchOptions, clock, loggers.CreateLogger<Fetcher>());
        collector = new ItemCollector(fetcher, store, classifier, habits, clock, loggers.CreateLogger<ItemCollector>());
    }

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

        if (await guard.RefusalAsync(uri, ct) is { } refusal)
        {
            logger.LogWarning("Refused editor URL {url}: {reason}", uri, refusal);
            return Addition.Refused($"refused: {refusal}; addresses on the service's own network are not fetched (Bulletin:Review:AllowPrivateAddresses)");
        }

        var source = SourceFor(uri, sources);
        var outcome = await collector.CollectAsync(source, new Lead { Url = uri }, window, new RunState(), ct);
        var item = outcome.Item ?? await StoredAsync(uri, ct);
        if (item is null)
        {
            return Addition.Refused($"could not add {uri}: {outcome.Reason}");
        }

        await store.SaveDecisionAsync(new Decision(item.Key, DecisionFields.Included, "true", editor, clock.GetUtcNow()), ct);
        logger.LogInformation("Editor {editor} added {url} as {item_key}", editor, uri, item.Key);
        var note = window.Contains(item.Published)
            ? $"added “{item.Title}” by {item.Issuer}"
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

    /// <summary>Hands out the guarded client whatever name the fetching stage asks for.</summary>
    private sealed class NamedClientFactory(IHttpClientFactory inner, string name) : IHttpClientFactory
    {
        public HttpClient CreateClient(string ignored) => inner.CreateClient(name);
    }
}

/// <summary>What became of an editor's URL.</summary>
public sealed record Addition(bool Added, string Message, StoredItem? Item)
{
    public static Addition Refused(string message) => new(false, message, null);
}
