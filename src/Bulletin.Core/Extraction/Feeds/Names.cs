using System.Xml;
using System.Xml.Linq;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Namespace knowledge: resolving prefixes in damaged XML, and a short key for each feed element.</summary>
internal static class Names
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";

    // Feeds use these prefixes without declaring them often enough to be worth knowing.
    private static readonly Dictionary<string, string> WellKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["atom"] = Atom10,
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    };

    // Namespaces whose elements a reader treats as the format's own ("title", not "x:title").
    private static readonly Dictionary<string, string> Families = new(StringComparer.OrdinalIgnoreCase)
    {
        [string.Empty] = string.Empty,
        ["http://my.netscape.com/rdf/simple/0.9/"] = string.Empty,
        ["http://purl.org/rss/1.0/"] = string.Empty,
        ["http://backend.userland.com/rss2"] = string.Empty,
        ["http://blogs.law.harvard.edu/tech/rss"] = string.Empty,
        ["http://purl.org/net/rss1.1#"] = string.Empty,
        [Atom10] = "atom",
        [Atom03] = "atom",
        ["http://purl.org/dc/elements/1.1/"] = "dc",
        ["http://purl.org/dc/terms/"] = "dcterms",
        ["http://purl.org/rss/1.0/modules/content/"] = "content",
        ["http://search.yahoo.com/mrss/"] = "media",
        ["http://search.yahoo.com/mrss"] = "media",
        ["http://www.itunes.com/dtds/podcast-1.0.dtd"] = "itunes",
        ["http://www.w3.org/1999/02/22-rdf-syntax-ns#"] = "rdf",
        ["http://www.w3.org/1999/xhtml"] = "xhtml",
    };

    /// <summary>"title", "atom:link", "dc:creator": the element's family prefix and lower-case local name.</summary>
    public static string Key(XElement element)
    {
        var ns = element.Name.NamespaceName;
        var local = element.Name.LocalName.ToLowerInvariant();
        if (!Families.TryGetValue(ns, out var family))
        {
            // An unknown default namespace ("a newer version of the format") still holds the format's own elements.
            family = ns.StartsWith("urn:x-undeclared:", StringComparison.Ordinal) ? ns[17..].ToLowerInvariant()
                : string.IsNullOrEmpty(element.GetPrefixOfNamespace(ns)) ? string.Empty
                : ns;
        }

        return family.Length == 0 ? local : family + ":" + local;
    }

    /// <summary>The XName for a qualified name in damaged XML, given the prefixes declared so far.</summary>
    public static XName Resolve(string qualified, IReadOnlyDictionary<string, string> scope, bool isAttribute)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? qualified[..colon] : string.Empty;
        var local = Safe(colon > 0 ? qualified[(colon + 1)..] : qualified);
        if (prefix.Length == 0)
        {
            return isAttribute ? XName.Get(local) : XName.Get(local, scope.GetValueOrDefault(string.Empty, string.Empty));
        }

        if (prefix == "xml")
        {
            return XNamespace.Xml + local;
        }

        var ns = scope.GetValueOrDefault(prefix) ?? WellKnown.GetValueOrDefault(prefix) ?? "urn:x-undeclared:" + prefix;
        return XName.Get(local, ns);
    }

    /// <summary>A valid XML local name for whatever a damaged document wrote.</summary>
    public static string Safe(string local)
    {
        if (local.Length == 0)
        {
            return "_";
        }

        try
        {
            return XmlConvert.VerifyNCName(local);
        }
        catch (XmlException)
        {
            return XmlConvert.EncodeLocalName(local)!;
        }
    }
}
