using System.Xml.XPath;
using Bulletin.Core.Extraction.Pages;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Listings;

/// <summary>
/// One result of a listing selector: an element, or a value when the XPath ends in an attribute
/// ("./a/@href") or is a string expression.
/// </summary>
public sealed record XPathHit(HtmlNode? Node, string? Value)
{
    /// <summary>The hit as text: the value, or the element's visible text.</summary>
    public string Text => Value is not null ? HtmlText.Clean(Value) : HtmlText.Of(Node);

    /// <summary>Evaluates <paramref name="xpath"/> against <paramref name="context"/>, attributes and all.</summary>
    public static IReadOnlyList<XPathHit> Select(HtmlNode context, string xpath)
    {
        object result;
        try
        {
            result = context.CreateNavigator().Evaluate(xpath);
        }
        catch (XPathException e)
        {
            throw new ArgumentException($"listing: selector is not valid XPath: {xpath} ({e.Message})", nameof(xpath), e);
        }

        switch (result)
        {
            case XPathNodeIterator nodes:
                var hits = new List<XPathHit>();
                while (nodes.MoveNext())
                {
                    var current = nodes.Current;
                    if (current is null)
                    {
                        continue;
                    }

                    hits.Add(current.NodeType is XPathNodeType.Attribute or XPathNodeType.Text
                        ? new XPathHit(null, current.Value)
                        : new XPathHit((current as HtmlNodeNavigator)?.CurrentNode, null));
                }

                return hits;
            case string text when text.Length > 0:
                return [new XPathHit(null, text)];
            default:
                return [];
        }
    }
}
