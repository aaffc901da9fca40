namespace Bulletin.Bench;

/// <summary>One synthetic statement as a feed lists it and its page shows it.</summary>
internal sealed record SyntheticItem(string Title, Uri Url, DateTimeOffset Published, string Summary, string Language);

/// <summary>The publishing organisation behind a synthetic site.</summary>
internal sealed record SyntheticPublisher(string Name, Uri Home, string Language);

/// <summary>The three feed formats a source may publish.</summary>
internal enum FeedFormat
{
    Rss,
    Atom,
    JsonFeed,
}
