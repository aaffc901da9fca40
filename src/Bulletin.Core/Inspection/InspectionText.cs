using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>Writes an answer for a person: one block per input, each fact with where it came from.</summary>
public static class InspectionText
{
    public static void Write(TextWriter writer, Inspected inspected)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(inspected);
        writer.WriteLine($"== {inspected.Input}");
        switch (inspected)
        {
            case InspectedFeed feed:
                Feed(writer, feed);
                break;
            case InspectedPage page:
                Page(writer, page);
                break;
            case InspectionError error:
                writer.WriteLine($"   error ({error.Failure.ToString().ToLowerInvariant()}): {error.Message}");
                break;
        }

        writer.WriteLine();
    }

    private static void Feed(TextWriter writer, InspectedFeed feed)
    {
        writer.WriteLine($"   feed ({feed.Format}): {feed.Title ?? "(no title)"}");
        Line(writer, "link", feed.Link?.AbsoluteUri);
        Line(writer, "language", feed.Language);
        writer.WriteLine($"   {feed.Items.Count} item(s), {feed.Items.Count(i => i.Lead is not null)} with a link");
        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            writer.WriteLine($"   {number,3}. {item.Title ?? "(no title)"}");
            writer.WriteLine($"        link: {item.Link?.AbsoluteUri ?? "(none: Bulletin skips this item)"}");
            var published = item.Lead?.Published ?? item.Published;
            var from = item.PublishedFrom is { } f && f != "published" ? $" (from {f})" : string.Empty;
            writer.WriteLine($"        published: {(published is { } date ? Dated(date) + from : "(none)")}");
            Line(writer, "     author", item.Lead?.Authors.FirstOrDefault() ?? item.Authors.FirstOrDefault()?.Name);
            Line(writer, "     media type", item.Lead?.MediaType);
            if (item.Kind is { } kind)
            {
                writer.WriteLine($"        kind: {kind.Value} ({kind.Reason})");
            }
        }
    }

    private static void Page(TextWriter writer, InspectedPage page)
    {
        var facts = page.Facts;
        writer.WriteLine("   page");
        writer.WriteLine($"   title:     {Signalled(facts.Title)}");
        writer.WriteLine($"   published: {(facts.Published is { } p ? $"{Dated(p.Value)} [{p.From}]" : "(none)")}");
        writer.WriteLine($"   issuer:    {page.Issuer.Value} (confidence {page.Issuer.Confidence:0.00}; {page.Issuer.Reason})");
        foreach (var candidate in page.Issuer.Candidates.Skip(1))
        {
            writer.WriteLine($"      or:     {candidate.Name} ({candidate.Score:0.0}{(candidate.Known ? "" : ", new to the directory")}: {string.Join("; ", candidate.Signals)})");
        }

        writer.WriteLine($"   kind:      {page.Kind.Value} (confidence {page.Kind.Confidence:0.00}; {page.Kind.Reason})");
        foreach (var mention in facts.Mentions)
        {
            writer.WriteLine($"   mention:   [{mention.Signal}] {mention.Text} ({mention.Detail})");
        }

        writer.WriteLine($"   language:  {Signalled(facts.Language)}");
        writer.WriteLine($"   canonical: {facts.Canonical?.AbsoluteUri ?? "(none)"}");
        Line(writer, "site name", facts.SiteName);
        Line(writer, "authors", facts.Authors.Count > 0 ? string.Join("; ", facts.Authors.Select(a => $"{a.Value} [{a.From}]")) : null);
        Line(writer, "labels", facts.Labels.Count > 0 ? string.Join("; ", facts.Labels) : null);
        Line(writer, "signatories", facts.Signatories.Count > 0 ? string.Join("; ", facts.Signatories) : null);
        Line(writer, "original", facts.OriginalUrl?.AbsoluteUri);
    }

    // A time without an offset is the site's wall clock; say so, since the zone is unknown without a source.
    private static string Dated(PublishedDate date) =>
        InspectionDates.Format(date) + (date.Precision == DatePrecision.LocalTime ? " (site's local time)" : string.Empty);

    private static string Signalled(Signal<string>? signal) => signal is null ? "(none)" : $"{signal.Value} [{signal.From}]";

    private static void Line(TextWriter writer, string label, string? value)
    {
        if (value is not null)
        {
            writer.WriteLine($"   {label}: {value}");
        }
    }
}
