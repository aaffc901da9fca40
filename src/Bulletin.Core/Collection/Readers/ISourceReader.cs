using Bulletin.Core.Selection;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Collection.Readers;

/// <summary>Reads the leads of one shape of source (feed, HTML listing, WordPress REST, sitemap).</summary>
public interface ISourceReader
{
    SourceType Type { get; }

    /// <summary>Reads the source's leads for <paramref name="window"/>; never throws for a bad source, it records the error.</summary>
    Task<SourceReading> ReadAsync(SourceDefinition source, Window window, CancellationToken ct);
}
