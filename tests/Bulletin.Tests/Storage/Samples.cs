using Bulletin.Core.Classification;
using Bulletin.Core.Storage;

namespace Bulletin.Tests.Storage;

/// <summary>Sample records for store tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Monday = new(2025, 5, 19, 0, 0, 0, TimeSpan.FromHours(6.5));

    public static StoredItem Item(string key, DateTimeOffset published, DateTimeOffset seen) => new()
    {
        Key = key,
        Url = "https://" + key,
        SourceId = "nug",
        Title = "Statement on airstrikes",
        Published = published,
        Language = "en",
        Issuer = "National Unity Government",
        IssuerReason = "source default",
        Kind = Kind.Statement,
        KindReason = "title says statement",
        FirstSeen = seen,
        LastSeen = seen,
    };
}
