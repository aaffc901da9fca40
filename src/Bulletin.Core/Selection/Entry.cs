using Bulletin.Core.Classification;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Selection;

/// <summary>A stored item as the draft will show it, with the editors' corrections applied.</summary>
public sealed record Entry(StoredItem Item, string Title, string Issuer, string Section, bool Included, string IssuerReason, string KindReason)
{
    public static Entry From(StoredItem item, IReadOnlyList<Decision> decisions)
    {
        string? Latest(string field) => decisions.Where(d => d.Field == field).OrderBy(d => d.At).LastOrDefault()?.Value;

        var kind = Enum.TryParse<Kind>(Latest("kind"), ignoreCase: true, out var corrected) ? corrected : item.Kind;
        var section = Latest("section") is { } named && Sections.Named(named) is { } s ? s : Sections.For(kind);
        var included = Latest("included") is { } inc ? bool.Parse(inc) : kind != Kind.Excluded;
        var issuer = Latest("issuer");
        return new Entry(
            item,
            Latest("title") ?? item.Title,
            issuer ?? item.Issuer,
            section,
            included,
            issuer is null ? item.IssuerReason : "corrected by an editor",
            Latest("included") is not null || Latest("kind") is not null ? "decided by an editor" : item.KindReason);
    }
}
