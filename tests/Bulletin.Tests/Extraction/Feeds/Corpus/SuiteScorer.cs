using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Tests.Extraction.Feeds.Corpus;

/// <summary>
/// Checks a suite expectation against what Bulletin read. The suite speaks its parser's data model
/// ("entries[0].author_detail.email"); this maps each path onto <see cref="FeedDocument"/>.
/// </summary>
internal static partial class SuiteScorer
{
    public static bool Met(SuiteExpectation e, FeedDocument? doc)
    {
        if (doc is null)
        {
            return false;
        }

        var m = FieldPath().Match(e.Field);
        if (!m.Success)
        {
            return false;
        }

        var onEntry = m.Groups["entry"].Success;
        var entry = onEntry ? Entry(doc, m.Groups["entry"].Value) : null;
        if (onEntry && entry is null)
        {
            return e.Op == "absent";
        }

        var field = m.Groups["field"].Value;
        var index = m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : 0;
        var sub = m.Groups["sub"].Success ? m.Groups["sub"].Value : null;
        return field switch
        {
            "title" or "title_detail" => TitleMatches(onEntry ? entry!.Title : doc.Title, e),
            "link" when e.Op == "absent" => entry?.Link is null,
            "link" => UrlEquals(entry?.Link, e.Expected.GetString()),
            "links" when e.Op == "len_eq" => entry!.Links.Count == e.Expected.GetInt32(),
            "links" => LinkMatches(entry!.Links.ElementAtOrDefault(index), sub, e.Expected),
            "author" => Equal(AuthorString(onEntry ? entry!.Authors : doc.Authors), e.Expected.GetString()),
            "author_detail" => PersonMatches((onEntry ? entry!.Authors : doc.Authors).FirstOrDefault(), sub, e.Expected.GetString()),
            "authors" => PersonMatches((onEntry ? entry!.Authors : doc.Authors).ElementAtOrDefault(index), sub, e.Expected.GetString()),
            "published" or "updated" or "created" or "published_parsed" or "updated_parsed" or "created_parsed" =>
                DateMatches(DateOf(entry!, field), e),
            _ => false,
        };
    }

    private static FeedEntry? Entry(FeedDocument doc, string index) =>
        doc.Entries.ElementAtOrDefault(int.Parse(index, CultureInfo.InvariantCulture));

    // Bulletin keeps titles as plain text (they become bulletin headlines), where the suite's parser
    // keeps sanitised HTML. An HTML title counts as met when its text content is what Bulletin read.
    private static bool TitleMatches(string? actual, SuiteExpectation e)
    {
        var candidates = e.Op == "one_of" ? e.Expected.EnumerateArray().Select(x => x.GetString()) : [e.Expected.GetString()];
        var ours = actual ?? string.Empty;
        return candidates.Any(expected => expected is not null
            && (ours == expected || ours == PlainText.Collapse(expected) || ours == PlainText.FromHtml(expected)));
    }

    private static bool LinkMatches(FeedLink? link, string? sub, JsonElement expected)
    {
        if (link is null)
        {
            return false;
        }

        if (sub is null)
        {
            return expected.EnumerateObject().All(p => LinkMatches(link, p.Name, p.Value));
        }

        var value = expected.GetString();
        return sub switch
        {
            "href" => UrlEquals(link.Href, value),
            "rel" => Equal(link.Rel, value),
            "type" => Equal(link.Type, value),
            "title" => Equal(link.Title, value),
            "hreflang" => Equal(link.HrefLang, value),
            "length" => Equal(link.Length, value),
            _ => false,
        };
    }

    private static bool PersonMatches(FeedPerson? person, string? sub, string? expected) => sub switch
    {
        "name" => Equal(person?.Name, expected),
        "email" => Equal(person?.Email, expected),
        "url" or "href" => UrlEquals(person?.Url, expected),
        _ => false,
    };

    // The suite's parser writes "Name (email)" for a person with both.
    private static string? AuthorString(IReadOnlyList<FeedPerson> people) => people.FirstOrDefault() switch
    {
        null => null,
        { Name: { } n, Email: { } m } => $"{n} ({m})",
        var p => p.Display,
    };

    private static PublishedDate? DateOf(FeedEntry entry, string field) => field.Split('_')[0] switch
    {
        "published" => entry.Published,
        "updated" => entry.Updated,
        _ => entry.Created,
    };

    // Bulletin keeps dates parsed, not as the feed's raw string; compare instants (naive times as UTC, as the suite does).
    private static bool DateMatches(PublishedDate? actual, SuiteExpectation e)
    {
        if (actual is not { } date)
        {
            return false;
        }

        var expected = e.ExpectedIso is not null
            ? DateTimeOffset.Parse(e.ExpectedIso, CultureInfo.InvariantCulture)
            : DateText.Parse(e.Expected.GetString())?.Resolve(TimeZoneInfo.Utc);
        return expected is not null && date.Resolve(TimeZoneInfo.Utc) == expected;
    }

    private static bool UrlEquals(Uri? actual, string? expected) =>
        actual is not null && expected is not null && Uri.TryCreate(expected, UriKind.Absolute, out var e) && actual.AbsoluteUri == e.AbsoluteUri;

    private static bool Equal(string? actual, string? expected) => string.Equals(actual ?? string.Empty, expected ?? string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:feed|entries\[(?<entry>\d+)\])\.(?<field>[a-z_]+)(?:\[(?<index>\d+)\])?(?:\.(?<sub>[a-z]+))?$")]
    private static partial Regex FieldPath();
}
