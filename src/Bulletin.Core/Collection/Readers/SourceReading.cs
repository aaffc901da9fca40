using Bulletin.Core.Extraction;

namespace Bulletin.Core.Collection.Readers;

/// <summary>What reading one source's feed, listing, API or sitemap gave: its leads and how it went.</summary>
public sealed class SourceReading
{
    public List<Lead> Leads { get; } = [];

    /// <summary>Documents requested, answers that were 304, and body bytes received.</summary>
    public int Requests { get; set; }

    public int NotModified { get; set; }

    public long Bytes { get; set; }

    public int? LastStatus { get; set; }

    /// <summary>Why the source needs attention although it answered (selectors matched nothing), or null.</summary>
    public string? Flag { get; set; }

    /// <summary>The error that stopped the source, or null.</summary>
    public string? Error { get; set; }

    /// <summary>Problems that did not stop the source (a later page failed).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Time spent waiting for open circuits to close, by origin, before the source's documents could be fetched.</summary>
    public Dictionary<string, TimeSpan> CircuitWaits { get; } = [];

    /// <summary>
    /// Counts a fetched document and says whether it can be read (a 304 with its stored body can).
    /// A document that failed is recorded: the first one stops the source (an error editors see),
    /// a later one (page 3 of a listing, one child sitemap) is a warning beside what was read.
    /// </summary>
    public bool Took(Fetching.FetchResult result, bool first, string what)
    {
        Count(result);
        if (result.IsSuccess)
        {
            return true;
        }

        var failure = $"{what}: {result.Error}";
        if (first)
        {
            Error = failure;
        }
        else
        {
            Warnings.Add(failure);
        }

        return false;
    }

    private void Count(Fetching.FetchResult result)
    {
        Requests++;
        Bytes += result.Bytes;
        if (result.CircuitWait > TimeSpan.Zero)
        {
            var origin = Fetching.Origin.Of(result.FinalUrl);
            CircuitWaits[origin] = CircuitWaits.GetValueOrDefault(origin) + result.CircuitWait;
        }

        LastStatus = result.Status;
        if (result.NotModified)
        {
            NotModified++;
        }
    }
}
