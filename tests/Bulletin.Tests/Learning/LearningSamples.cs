using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Extraction;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Learning;

/// <summary>A week, a source whose leads need no page fetch, and the seeds directory.</summary>
internal static class LearningSamples
{
    public static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");

    public static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), Yangon);

    public static readonly DateTimeOffset Tuesday = new(2025, 5, 20, 10, 0, 0, TimeSpan.FromHours(6.5));

    public static IssuerDirectory Directory { get; } = IssuerDirectory.Load(Path.Combine(RepositoryRoot.Path, "seeds", "issuers.json"));

    /// <summary>A feed whose entries carry title and date, so collecting them fetches nothing.</summary>
    public static SourceDefinition Source(string id = "pv-feed", bool publishesForOthers = false) => new()
    {
        Id = id,
        Type = SourceType.Feed,
        Url = new Uri($"https://{id}.example.org/feed.xml"),
        Issuer = "Progressive Voice",
        Details = DetailPolicy.Never,
        PublishesForOthers = publishesForOthers,
    };

    public static Lead Lead(string slug, string title, int hour = 10) => new()
    {
        Url = new Uri($"https://pv-feed.example.org/news/{slug}/"),
        Title = title,
        Published = PublishedDate.Exact(Tuesday.AddHours(hour - 10)),
        Language = "en",
    };

    public static StoredItem Item(string key, string title, string issuer, string reason, string? summary = null) => new()
    {
        Key = key,
        Url = "https://" + key,
        SourceId = "pv-feed",
        Title = title,
        Published = Tuesday,
        Language = "en",
        Issuer = issuer,
        IssuerReason = reason,
        Kind = Kind.Statement,
        KindReason = "published by source 'pv-feed', nothing marks it otherwise",
        Summary = summary,
        FirstSeen = Tuesday,
        LastSeen = Tuesday,
    };
}
