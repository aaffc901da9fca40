namespace Bulletin.Core.Extraction.Listings;

/// <summary>
/// What one page of an HTML listing gave: its leads, the next page, and how many item nodes the
/// selectors matched (zero on a page that used to list items means the site's markup changed).
/// </summary>
public sealed record ListingPage(IReadOnlyList<Lead> Leads, Uri? Next, int ItemNodesMatched);
