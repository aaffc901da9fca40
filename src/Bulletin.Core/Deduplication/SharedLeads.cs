using Bulletin.Core.Extraction;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Deduplication;

/// <summary>
/// One URL listed by several sources in a run is read once: the lead from the site that hosts it
/// wins, so the issuer's own copy is the one read, and it keeps what the other leads knew.
/// </summary>
public static class SharedLeads
{
    /// <summary>The lead to read for a URL key, given the one chosen so far (if any) and another source's.</summary>
    public static (SourceDefinition Source, Lead Lead) Prefer((SourceDefinition Source, Lead Lead)? chosen, SourceDefinition source, Lead lead)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(lead);
        if (chosen is not { } existing)
        {
            return (source, lead);
        }

        return Hosts(source, lead) && !Hosts(existing.Source, existing.Lead)
            ? (source, Merge(existing.Lead, lead))
            : existing;
    }

    private static bool Hosts(SourceDefinition source, Lead lead) =>
        string.Equals(lead.Url.Host, source.Url.Host, StringComparison.OrdinalIgnoreCase) && lead.Url.Port == source.Url.Port;

    /// <summary>A later lead for the same URL keeps what the earlier one knew and it lacks.</summary>
    private static Lead Merge(Lead earlier, Lead later) => later with
    {
        Title = later.Title ?? earlier.Title,
        Published = later.Published ?? earlier.Published,
        Language = later.Language ?? earlier.Language,
        Labels = [.. later.Labels.Union(earlier.Labels)],
    };
}
