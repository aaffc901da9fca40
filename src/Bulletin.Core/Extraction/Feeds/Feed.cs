namespace Bulletin.Core.Extraction.Feeds;

/// <summary>A feed as Bulletin uses it: its title, home page, language and the items that have a link.</summary>
public sealed record Feed(string? Title, Uri? Link, string? Language, IReadOnlyList<Lead> Items);
