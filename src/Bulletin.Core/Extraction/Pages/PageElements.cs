using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The elements of a parsed page that the readers look through, gathered in one walk in document
/// order: each list is what its XPath (given beside it) selects, without an XPath traversal per reader.
/// </summary>
internal sealed class PageElements
{
    private PageElements()
    {
    }

    /// <summary>//p</summary>
    public List<HtmlNode> Paragraphs { get; } = [];

    /// <summary>//h1</summary>
    public List<HtmlNode> H1 { get; } = [];

    /// <summary>//h2|//h3</summary>
    public List<HtmlNode> H2H3 { get; } = [];

    /// <summary>//h1|//h2|//h3</summary>
    public List<HtmlNode> H1H2H3 { get; } = [];

    /// <summary>//body//h1|//body//h2|//body//h3|//body//h4</summary>
    public List<HtmlNode> BodyHeadings { get; } = [];

    /// <summary>//body//*[@class]</summary>
    public List<HtmlNode> BodyClassed { get; } = [];

    /// <summary>//body//*[@class or @rel='author']</summary>
    public List<HtmlNode> BodyClassedOrAuthor { get; } = [];

    /// <summary>//*[@class or @aria-label]</summary>
    public List<HtmlNode> ClassedOrLabelled { get; } = [];

    /// <summary>//body//a[@href]</summary>
    public List<HtmlNode> BodyLinks { get; } = [];

    /// <summary>//body//a[contains(@rel,'tag') or contains(@rel,'category')]</summary>
    public List<HtmlNode> BodyTagLinks { get; } = [];

    /// <summary>//body//a[@href='/' or contains(@rel,'home')]</summary>
    public List<HtmlNode> BodyHomeLinks { get; } = [];

    /// <summary>//meta[@content]</summary>
    public List<HtmlNode> Meta { get; } = [];

    /// <summary>//link[@href]</summary>
    public List<HtmlNode> Links { get; } = [];

    /// <summary>//link[@hreflang and @href]</summary>
    public List<HtmlNode> LanguageLinks { get; } = [];

    /// <summary>//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]</summary>
    public List<HtmlNode> JsonLdScripts { get; } = [];

    public static PageElements Of(HtmlNode root)
    {
        var elements = new PageElements();
        var stack = new Stack<(HtmlNode Node, bool InBody)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, inBody) = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
            {
                elements.Add(node, inBody);
            }

            // Children below a body are in it; push in reverse so they come off in document order.
            var below = inBody || (node.NodeType == HtmlNodeType.Element && node.Name == "body");
            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].NodeType == HtmlNodeType.Element)
                {
                    stack.Push((children[i], below));
                }
            }
        }

        return elements;
    }

    private void Add(HtmlNode node, bool inBody)
    {
        var name = node.Name;
        var hasClass = Has(node, "class");
        switch (name)
        {
            case "p":
                Paragraphs.Add(node);
                break;
            case "h1":
                H1.Add(node);
                H1H2H3.Add(node);
                break;
            case "h2" or "h3":
                H2H3.Add(node);
                H1H2H3.Add(node);
                break;
            case "meta" when Has(node, "content"):
                Meta.Add(node);
                break;
            case "link" when Has(node, "href"):
                Links.Add(node);
                if (Has(node, "hreflang"))
                {
                    LanguageLinks.Add(node);
                }

                break;
            case "script" when IsJsonLd(node):
                JsonLdScripts.Add(node);
                break;
        }

        if (hasClass || Has(node, "aria-label"))
        {
            ClassedOrLabelled.Add(node);
        }

        if (!inBody)
        {
            return;
        }

        if (name is "h1" or "h2" or "h3" or "h4")
        {
            BodyHeadings.Add(node);
        }

        if (hasClass)
        {
            BodyClassed.Add(node);
        }

        if (hasClass || Equals(node, "rel", "author"))
        {
            BodyClassedOrAuthor.Add(node);
        }

        if (name == "a")
        {
            if (Has(node, "href"))
            {
                BodyLinks.Add(node);
            }

            var rel = First(node, "rel");
            if (rel is not null && (rel.Contains("tag", StringComparison.Ordinal) || rel.Contains("category", StringComparison.Ordinal)))
            {
                BodyTagLinks.Add(node);
            }

            if (Equals(node, "href", "/") || (rel is not null && rel.Contains("home", StringComparison.Ordinal)))
            {
                BodyHomeLinks.Add(node);
            }
        }
    }

    // XPath's string(@name): the first attribute of that name's value, or null when there is none.
    private static string? First(HtmlNode node, string attribute)
    {
        if (!node.HasAttributes)
        {
            return null;
        }

        foreach (var a in node.Attributes)
        {
            if (a.Name == attribute)
            {
                return a.Value ?? string.Empty;
            }
        }

        return null;
    }

    // XPath's @name: any attribute of that name, as the parser lower-cases attribute names.
    private static bool Has(HtmlNode node, string attribute)
    {
        if (!node.HasAttributes)
        {
            return false;
        }

        foreach (var a in node.Attributes)
        {
            if (a.Name == attribute)
            {
                return true;
            }
        }

        return false;
    }

    // XPath's @name='value': true when any attribute of that name has that value.
    private static bool Equals(HtmlNode node, string attribute, string value)
    {
        if (!node.HasAttributes)
        {
            return false;
        }

        foreach (var a in node.Attributes)
        {
            if (a.Name == attribute && a.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    // contains(translate(@type,'LDJSON','ldjson'),'ld+json'): XPath reads the first type attribute's value.
    private static bool IsJsonLd(HtmlNode node)
    {
        foreach (var a in node.Attributes)
        {
            if (a.Name == "type")
            {
                var value = a.Value ?? string.Empty;
                return value.Length >= 7 && Translated(value).Contains("ld+json", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static string Translated(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'L' => 'l',
                'D' => 'd',
                'J' => 'j',
                'S' => 's',
                'O' => 'o',
                'N' => 'n',
                _ => chars[i],
            };
        }

        return new string(chars);
    }
}
