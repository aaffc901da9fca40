using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Reads authors: RSS's "me@example.com (Name)" strings and Atom's person constructs.</summary>
internal static partial class FeedPeople
{
    /// <summary>Splits "Name (email)", "email (Name)", "Name &lt;email&gt;" or a bare name or address.</summary>
    public static FeedPerson? FromText(string? text)
    {
        var value = PlainText.Collapse(text);
        if (value.Length == 0)
        {
            return null;
        }

        var m = Email().Match(value);
        if (!m.Success)
        {
            return new FeedPerson(value, null, null);
        }

        var rest = value.Remove(m.Index, m.Length).Replace("mailto:", string.Empty, StringComparison.OrdinalIgnoreCase);
        var name = Brackets().Replace(rest, " ").Trim(' ', '-', ',', ';');
        return new FeedPerson(name.Length == 0 ? null : PlainText.Collapse(name), m.Value, null);
    }

    /// <summary>An Atom person: name, email, and uri (url in Atom 0.3) resolved against the base in force.</summary>
    public static FeedPerson? FromAtom(XElement person, Uri documentUrl)
    {
        var name = person.Child("atom:name", "name").Text();
        var email = person.Child("atom:email", "email").Text();
        var uri = person.Child("atom:uri", "uri", "atom:url", "url", "atom:homepage", "homepage");
        var url = uri is null ? null : FeedNodes.Resolve(uri.Text(), uri.BaseOf(documentUrl));
        if (name is null && email is null && url is null)
        {
            // Some feeds put the name straight into <author>.
            return person.HasElements ? null : FromText(person.Value);
        }

        return new FeedPerson(name is null ? null : PlainText.FromHtml(name), email, url);
    }

    /// <summary>People from several elements, without repeating a name.</summary>
    public static IReadOnlyList<FeedPerson> Distinct(IEnumerable<FeedPerson?> people) =>
        people.OfType<FeedPerson>().DistinctBy(p => (p.Display ?? p.Url?.AbsoluteUri)?.ToUpperInvariant()).ToList();

    [GeneratedRegex(@"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"[()<>\[\]]")]
    private static partial Regex Brackets();
}
