using System.Text.RegularExpressions;
using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Attribution;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Extraction.Text;
using Bulletin.Core.Fetching;
using Bulletin.Core.Learning;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Core.Collection;

/// <summary>
/// Turns one lead into a stored item: skips what is outside the window or already stored (before
/// any fetch), reads the item's page, follows a copy to the issuer's own copy, then classifies,
/// attributes and stores it.
/// </summary>
public sealed class ItemCollector(Fetcher fetcher, Store store, ItemClassifier classifier, SourceHabits habits, TimeProvider clock, ILogger<ItemCollector> logger)
{
    // A removed or dateless page is tried again after this long: sites do restore pages, but asking
    // every few hours for one that is gone costs the site and us a request each time.
    private static readonly TimeSpan RetryUnusableAfter = TimeSpan.FromDays(3);

    public async Task<LeadOutcome> CollectAsync(SourceDefinition source, Lead lead, Window window, RunState run, CancellationToken ct)
    {
        var zone = SiteZone(source, window);
        if (lead.Published is { } stated && !Near(window, stated, zone))
        {
            return new(LeadResult.Skipped, $"outside the window ({stated})");
        }

        var key = UrlKey.For(lead.Url);
        if (await store.FindItemAsync(key, ct) is not null)
        {
            return new(LeadResult.Known, "already stored");
        }

        if (await store.FindAliasAsync(key, ct) is { } alias && (alias.ItemKey is not null || clock.GetUtcNow() - alias.RecordedAt < RetryUnusableAfter))
        {
            return alias.ItemKey is not null
                ? new(LeadResult.Known, $"already stored as {alias.ItemKey} ({alias.Reason})")
                : new(LeadResult.Skipped, $"unusable when last read: {alias.Reason}");
        }

        if (!run.Claim(key))
        {
            return new(LeadResult.Skipped, "collected from another source in this run");
        }

        return await ReadAsync(source, lead, window, run, followCopies: true, ct);
    }

    // origin: the document the lead was found through, when not the source's own URL (a repost's source).
    private async Task<LeadOutcome> ReadAsync(SourceDefinition source, Lead lead, Window window, RunState run, bool followCopies, CancellationToken ct, Uri? origin = null)
    {
        if (!NeedsPage(source, lead))
        {
            return await ReadAsync(source, lead, null, window, run, followCopies, ct);
        }

        // The source's own address decides what its leads may reach: a public feed never leads onto the service's network.
        var result = await fetcher.FetchAsync(new FetchRequest(lead.Url) { Origin = origin ?? source.Url }, ct);
        var outcome = await ReadAsync(source, lead, result, window, run, followCopies, ct);
        return result.CircuitWait > TimeSpan.Zero ? outcome with { CircuitWait = (Origin.Of(result.FinalUrl), result.CircuitWait) } : outcome;
    }

    private async Task<LeadOutcome> ReadAsync(SourceDefinition source, Lead lead, FetchResult? fetched, Window window, RunState run, bool followCopies, CancellationToken ct)
    {
        PageFacts? page = null;
        if (fetched is { } result)
        {
            if (result.BlockedByRobots)
            {
                return new(LeadResult.Skipped, $"robots.txt disallows {lead.Url.AbsolutePath}");
            }

            if (!result.IsSuccess)
            {
                // Not stored, so the next run tries again; a removed page never reaches the draft.
                logger.LogWarning("Item page failed {source_id} {url}: {error}", source.Id, lead.Url, result.Error);
                if (result.Status is 404 or 410)
                {
                    await RememberAsync(lead.Url, null, result.Error!, ct);
                }

                return new(LeadResult.Failed, $"page {lead.Url}: {result.Error}");
            }

            if (IsHtml(result))
            {
                try
                {
                    page = PageReader.Read(TextDecoder.Decode(result.Body, result.ContentType), result.FinalUrl, clock.GetUtcNow());
                }
                catch (RegexMatchTimeoutException e)
                {
                    // A reader's pattern ran past its time limit (a pathological page, or a machine too busy to finish
                    // in time): this page fails, not the run. It is not stored, so the next run reads it again.
                    logger.LogWarning("Item page unread {source_id} {url}: a pattern ran past its {timeout} limit", source.Id, lead.Url, e.MatchTimeout);
                    return new(LeadResult.Failed, $"page {lead.Url}: reading it ran past a pattern's time limit");
                }
            }
            else
            {
                lead = lead with { MediaType = lead.MediaType ?? result.ContentType?.Split(';')[0].Trim(), Published = lead.Published ?? (result.LastModified is { } modified ? PublishedDate.Exact(modified) : null) };
            }
        }

        if (page is not null && followCopies && OriginalCopy.Of(page) is { } original)
        {
            return await FollowCopyAsync(source, lead, page, original, window, run, ct);
        }

        return await StoreAsync(source, lead, page, window, ct);
    }

    /// <summary>
    /// A copy (canonical on another host, or a repost naming its source) yields to the issuer's
    /// own copy: collected from the original when this run or the store does not have it yet.
    /// </summary>
    private async Task<LeadOutcome> FollowCopyAsync(SourceDefinition source, Lead lead, PageFacts page, Uri original, Window window, RunState run, CancellationToken ct)
    {
        var key = UrlKey.For(original);
        if (run.Claimed(key) || await store.FindItemAsync(key, ct) is not null)
        {
            await RememberAsync(lead.Url, key, $"a copy of {original}", ct);
            return new(LeadResult.Skipped, $"a copy of {original}");
        }

        run.Claim(key);

        // The original is the item: its own page's date, and the source watching its site when the run has
        // one; the repost's feed date would date it by when the copy went up. Fetched as found, through the repost.
        var owner = run.SourceHosting(original) ?? source;
        var own = await ReadAsync(owner, new Lead { Url = original, Title = lead.Title, Language = lead.Language }, window, run, followCopies: false, ct, origin: source.Url);
        if (own.Result != LeadResult.Failed)
        {
            await RememberAsync(lead.Url, key, $"a copy of {original}", ct);
            return own;
        }

        // The original could not be read: keep this copy, under the original's identity.
        return await StoreAsync(source, lead, page with { Canonical = original }, window, ct);
    }

    private async Task<LeadOutcome> StoreAsync(SourceDefinition source, Lead lead, PageFacts? page, Window window, CancellationToken ct)
    {
        var zone = SiteZone(source, window);
        var published = PublicationOf(lead, page);
        if (published is null)
        {
            const string undated = "no publication date on the lead or its page";
            await RememberAsync(lead.Url, null, undated, ct);
            return new(LeadResult.Failed, undated);
        }

        var evidence = new Evidence(source, lead, page);
        var classification = classifier.Classify(evidence, await habits.IssuerForAsync(source, ct));
        var item = Describe(evidence, published.Value.Resolve(zone), classification, clock.GetUtcNow());
        var isNew = await store.UpsertItemAsync(item, EvidenceJson.Write(lead, page), ct);
        await RememberAsync(lead.Url, item.Key, "redirected or canonical elsewhere", ct);
        if (isNew && classification.Issuer.NewToDirectory && item.Kind != Kind.Excluded)
        {
            await ProposeAsync(item, classification.Issuer, ct);
        }

        logger.LogInformation("Item {source_id} {url} {kind} by {issuer}", source.Id, item.Url, item.Kind, item.Issuer);
        return new(isNew ? LeadResult.New : LeadResult.Known, $"{item.Kind} ({item.KindReason}); by {item.Issuer} ({item.IssuerReason})") { Item = item };
    }

    /// <summary>
    /// A body named from the page that the directory lacks is proposed to editors (<c>names</c>); it joins
    /// the directory only when one accepts it.
    /// </summary>
    private async Task ProposeAsync(StoredItem item, Attribution issuer, CancellationToken ct)
    {
        var evidence = $"{item.Url}: {issuer.Reason}";
        await store.SaveLearnedNameAsync(new LearnedName(issuer.Value, issuer.Value, LearnedNameOrigin.Page, evidence, LearnedNameStatus.Proposed, clock.GetUtcNow()), ct);
    }

    /// <summary>The item as it is stored: keyed by its canonical URL, with its language and the other-language version's key.</summary>
    internal static StoredItem Describe(Evidence evidence, DateTimeOffset published, ItemClassification classification, DateTimeOffset now)
    {
        var (kind, issuer) = (classification.Kind, classification.Issuer);
        var page = evidence.Page;
        var url = page?.Canonical ?? page?.Url ?? evidence.Lead.Url;
        var language = page?.Language?.Value ?? evidence.Lead.Language ?? Languages.OfText(evidence.Title) ?? evidence.Source.Language ?? "en";
        return new StoredItem
        {
            Key = UrlKey.For(url),
            Url = url.AbsoluteUri,
            SourceId = evidence.Source.Id,
            Title = PlainText.Collapse(evidence.Title),
            Published = published,
            Language = language,
            Issuer = issuer.Value,
            IssuerReason = issuer.Reason,
            IssuerQuote = issuer.Quote,
            Kind = kind.Value,
            KindReason = kind.Reason,
            IssuerConfidence = issuer.Confidence,
            KindConfidence = kind.Confidence,
            IssuerCandidates = issuer.Candidates,
            TranslationKey = page?.Translations.FirstOrDefault(t => t.Key != language).Value is { } other ? UrlKey.For(other) : null,
            Summary = evidence.Lead.Summary,
            FirstSeen = now,
            LastSeen = now,
        };
    }

    /// <summary>Records where a lead URL led, so a later run skips it without a fetch; an item's own URL needs no alias.</summary>
    private async Task RememberAsync(Uri leadUrl, string? itemKey, string reason, CancellationToken ct)
    {
        var key = UrlKey.For(leadUrl);
        if (key != itemKey)
        {
            await store.RecordAliasAsync(new UrlAlias { Key = key, ItemKey = itemKey, Reason = reason, RecordedAt = clock.GetUtcNow() }, ct);
        }
    }

    /// <summary>An exact instant beats a bare date; a feed's instant beats a page's date line.</summary>
    internal static PublishedDate? PublicationOf(Lead lead, PageFacts? page)
    {
        var candidates = new[] { lead.Published, page?.Published?.Value };
        return candidates.FirstOrDefault(d => d?.Precision == DatePrecision.Instant)
            ?? candidates.Where(d => d is not null).OrderByDescending(d => d!.Value.Precision).FirstOrDefault();
    }

    private static bool NeedsPage(SourceDefinition source, Lead lead) => source.Details switch
    {
        DetailPolicy.Always => true,
        DetailPolicy.Never => lead.Title is null || lead.Published is null,
        _ => !IsDocument(lead) || lead.Published is null,
    };

    private static bool IsDocument(Lead lead) =>
        lead.MediaType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase)
        || lead.Url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(FetchResult result) =>
        result.ContentType is null || result.ContentType.Contains("html", StringComparison.OrdinalIgnoreCase) || result.ContentType.Contains("xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>A stated date near enough to the window to be worth a page fetch (bare dates get a day's slack).</summary>
    private static bool Near(Window window, PublishedDate date, TimeZoneInfo zone)
    {
        var instant = date.Resolve(zone);
        var slack = date.Precision == DatePrecision.Instant ? TimeSpan.Zero : TimeSpan.FromDays(1);
        return instant >= window.Start - slack && instant < window.End + slack;
    }

    public static TimeZoneInfo SiteZone(SourceDefinition source, Window window) =>
        source.TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : window.Zone;
}
