using System.Xml;
using System.Xml.Linq;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>
/// Parses feed XML the way a browser reads a page: well-formed documents through System.Xml, and
/// anything else (bare ampersands, HTML entities, unclosed tags, junk before the prolog) through a
/// forgiving tree builder, so that a typo in one title does not lose a week of statements.
/// </summary>
internal static class LenientXml
{
    private static readonly XmlReaderSettings Strict = new()
    {
        // Internal DTD subsets may define entities; external DTDs are never fetched.
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The document tree; never throws for malformed input.</summary>
    public static XDocument Parse(string text) => TryStrict(text) ?? TolerantXmlBuilder.Build(text);

    /// <summary>True when the text parses as well-formed XML (the suite's "bozo" is the opposite).</summary>
    public static bool IsWellFormed(string text) => TryStrict(text) is not null;

    private static XDocument? TryStrict(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')), Strict);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
