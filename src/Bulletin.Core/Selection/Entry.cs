using Bulletin.Core.Classification;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Selection;

/// <summary>A stored item as the draft will show it, with the editors' corrections applied.</summary>
public sealed record Entry(StoredItem Item, string Title, string Issuer, Kind Kind, string Section, bool Included, string IssuerReason, string KindReason)
{
    /// <summary>How sure the issuer is: an editor's correction is certain.</summary>
    public double IssuerConfidence => IssuerReason == CorrectedByEditor ? 1 : Item.IssuerConfidence;

    /// <summary>How sure the kind is: an editor's decision is certain.</summary>
    public double KindConfidence => KindReason == DecidedByEditor ? 1 : Item.KindConfidence;

    private const string CorrectedByEditor = "corrected by an editor";
    private const string DecidedByEditor = "decided by an editor";

    /// <summary>The current decision per field behind the corrections, with who and when.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    public static Entry From(StoredItem item, IReadOnlyList<Decision> decisions)
    {
        // The store hands over the current decision of each field, one per field.
        string? Current(string field) => decisions.FirstOrDefault(d => d.Field == field)?.Value;

        var kindDecision = Current(DecisionFields.Kind);
        var includedDecision = Current(DecisionFields.Included);
        var kind = Enum.TryParse<Kind>(kindDecision, ignoreCase: true, out var corrected) ? corrected : item.Kind;
        var section = Current(DecisionFields.Section) is { } named && Sections.Named(named) is { } s ? s : Sections.For(kind);
        var included = includedDecision is { } inc ? bool.Parse(inc) : kind != Kind.Excluded;
        var issuer = Current(DecisionFields.Issuer);
        return new Entry(
            item,
            Current(DecisionFields.Title) ?? item.Title,
            issuer ?? item.Issuer,
            kind,
            section,
            included,
            issuer is null ? item.IssuerReason : CorrectedByEditor,
            includedDecision is not null || kindDecision is not null ? DecidedByEditor : item.KindReason)
        {
            Decisions = decisions,
        };
    }
}
