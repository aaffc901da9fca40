namespace Bulletin.Core.Classification;

/// <summary>
/// The one place an item's kind and issuer are decided, from its evidence and the source's habit.
/// The collector, <c>inspect</c>, the accuracy report, re-attribution and the review page's
/// add-by-URL all call it, so each measures and shows the pipeline itself.
/// </summary>
public sealed class ItemClassifier(IssuerAttributor attributor)
{
    public ItemClassification Classify(Evidence evidence, Decided<string>? habit = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var kind = KindClassifier.Classify(evidence);
        var issuer = attributor.Attribute(evidence, habit);

        // A page a news outlet wrote is news, unless it is a statement the outlet reposted and the page
        // itself says whose (a signature, a source field): a repost may carry the outlet as its author.
        if (kind.Value != Kind.Excluded && !issuer.NamedByThePage && attributor.Outlet(evidence) is { } outlet)
        {
            kind = new Decided<Kind>(Kind.Excluded, $"news: written by the news outlet {outlet}") { Confidence = 0.8 };
        }

        return new ItemClassification(kind, issuer);
    }
}

/// <summary>What an item is and who it is by, each with its reason and confidence.</summary>
public sealed record ItemClassification(Decided<Kind> Kind, Attribution.Attribution Issuer);
