using System.Diagnostics;
using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Bench;

/// <summary>
/// Documents per second and bytes per second for the feed reader and the page reader (each with
/// its text decoding), over synthetic documents and, when it is beside the checkout, a feed corpus.
/// </summary>
internal static class ParseBenchmark
{
    public static IReadOnlyList<ParseFigures> Run(TimeSpan duration, string? corpus, string? pages)
    {
        var figures = new List<ParseFigures>
        {
            Measure("RSS 2.0 feeds (20–50 items)", SyntheticDocuments.Feeds(FeedFormat.Rss, 24), ReadFeed, duration),
            Measure("Atom 1.0 feeds (20–50 items)", SyntheticDocuments.Feeds(FeedFormat.Atom, 24), ReadFeed, duration),
            Measure("JSON Feed 1.1 (20–50 items)", SyntheticDocuments.Feeds(FeedFormat.JsonFeed, 24), ReadFeed, duration),
            Measure("Statement pages (20–80 KB)", SyntheticDocuments.Pages(40), ReadPage, duration),
            Measure("  the same, HtmlAgilityPack parse alone", SyntheticDocuments.Pages(40), ParseOnly, duration),
        };
        if (corpus is not null)
        {
            var files = FeedCorpus.Load(corpus);
            figures.Add(Measure($"Feed corpus ({files.Count:N0} small files)", files, ReadCorpusFile, duration));
        }

        if (pages is not null)
        {
            figures.AddRange(Pages(duration, pages));
        }

        return figures;
    }

    /// <summary>The statement pages, and the saved pages in <paramref name="folder"/> when one is given.</summary>
    public static IReadOnlyList<ParseFigures> PagesOnly(TimeSpan duration, string? folder)
    {
        var figures = new List<ParseFigures>
        {
            Measure("Statement pages (20–80 KB)", SyntheticDocuments.Pages(40), ReadPage, duration),
            Measure("  the same, HtmlAgilityPack parse alone", SyntheticDocuments.Pages(40), ParseOnly, duration),
        };
        if (folder is not null)
        {
            figures.AddRange(Pages(duration, folder));
        }

        return figures;
    }

    // The saved pages as read, then the same pages parsed alone: the second is the ceiling for the first.
    private static ParseFigures[] Pages(TimeSpan duration, string folder)
    {
        var saved = SavedPages.Load(folder);
        return saved.Count == 0
            ? throw new InvalidOperationException($"--pages {folder}: no .html or .htm files")
            :
            [
                Measure($"Saved pages ({Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}, {saved.Count:N0})", saved, ReadSavedPage, duration),
                Measure("  the same, HtmlAgilityPack parse alone", saved, ParseOnly, duration),
            ];
    }

    private static int ReadFeed(ParseInput input)
    {
        var feed = FeedReader.Read(input.Body, input.ContentType, input.Url);
        return feed.Items.Count == input.ExpectedItems ? 1 : throw new InvalidOperationException($"{input.Url}: read {feed.Items.Count} items, served {input.ExpectedItems}");
    }

    private static int ReadPage(ParseInput input)
    {
        var page = PageReader.Read(TextDecoder.Decode(input.Body, input.ContentType), input.Url);
        return page.Title is not null && page.Published is not null ? 1 : throw new InvalidOperationException($"{input.Url}: no title or date read");
    }

    // The ceiling for page reading: decoding and the parse, with no reader.
    private static int ParseOnly(ParseInput input)
    {
        var document = new HtmlAgilityPack.HtmlDocument { OptionEmptyCollection = true };
        document.LoadHtml(TextDecoder.Decode(input.Body, input.ContentType));
        return 1;
    }

    // A saved page need not have a title or a date: every page counts.
    private static int ReadSavedPage(ParseInput input)
    {
        PageReader.Read(TextDecoder.Decode(input.Body, input.ContentType), input.Url);
        return 1;
    }

    // The corpus includes documents that are deliberately not feeds; they count, but as refusals.
    private static int ReadCorpusFile(ParseInput input)
    {
        try
        {
            FeedReader.Read(input.Body, input.ContentType, input.Url);
            return 1;
        }
        catch (Exception e) when (e is FeedFormatException or System.Xml.XmlException or System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    /// <summary>Warms up on every input, then cycles through them until <paramref name="duration"/> has passed.</summary>
    private static ParseFigures Measure(string name, IReadOnlyList<ParseInput> inputs, Func<ParseInput, int> read, TimeSpan duration)
    {
        var accepted = inputs.Sum(read);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var input in inputs)
            {
                read(input);
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        long documents = 0;
        long bytes = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var input in inputs)
            {
                read(input);
                documents++;
                bytes += input.Body.Length;
            }
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new ParseFigures(name, inputs.Count, accepted, inputs.Sum(i => (long)i.Body.Length) / inputs.Count, documents, bytes, clock.Elapsed, allocated);
    }
}

/// <summary>What one parsing case measured.</summary>
internal sealed record ParseFigures(string Name, int Inputs, int Accepted, long AverageBytes, long Documents, long Bytes, TimeSpan Elapsed, long Allocated)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Bytes / Figures.Megabyte / Elapsed.TotalSeconds;

    public double AllocatedPerDocument => (double)Allocated / Documents;

    public double AllocatedPerByte => (double)Allocated / Bytes;
}
