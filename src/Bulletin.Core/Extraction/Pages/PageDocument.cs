using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>A parsed detail page with the lookups every fact reader needs: meta tags, JSON-LD, links.</summary>
public sealed class PageDocument
{
    private readonly Dictionary<string, List<string>> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IList<HtmlNode>> _selections = new(StringComparer.Ordinal);
    private readonly Dictionary<HtmlNode, bool> _withinChrome = [];
    private readonly Dictionary<HtmlNode, bool> _chrome = [];
    private IReadOnlyList<string>? _homeLinkNames;
    private (bool Known, HtmlNode? Node) _heading;
    private (bool Known, HtmlNode? Node) _bodyElement;
    private (bool Known, string? Text) _titleTag;
    private PageElements? _elements;
    private PageLines? _text;

    public PageDocument(string html, Uri url)
    {
        Html = new HtmlDocument { OptionEmptyCollection = true };
        Html.LoadHtml(html);
        Url = url;
        BaseUrl = ReadBase(Html, url);
        foreach (var meta in Elements.Meta)
        {
            var key = meta.GetAttributeValue("property", null) ?? meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("itemprop", null)
                ?? meta.GetAttributeValue("http-equiv", null);
            var content = HtmlText.Clean(meta.GetAttributeValue("content", string.Empty));
            if (key is null || content.Length == 0)
            {
                continue;
            }

            if (!_meta.TryGetValue(key.Trim(), out var values))
            {
                _meta[key.Trim()] = values = [];
            }

            values.Add(content);
        }

        JsonLd = Pages.JsonLd.Read(Elements.JsonLdScripts);
        Body = BodyBlock.Find(this);
        Content = BodyBlock.ContentRoot(Body, Html);
    }

    public HtmlDocument Html { get; }

    public HtmlNode Root => Html.DocumentNode;

    public Uri Url { get; }

    /// <summary>The URL relative links resolve against: the page's own, or its &lt;base href&gt;.</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<JsonLdEntity> JsonLd { get; }

    /// <summary>The block holding the item's running text (the densest run of paragraphs).</summary>
    public HtmlNode Body { get; }

    /// <summary>The article (or main) around <see cref="Body"/>: where lists, bylines and badges live.</summary>
    public HtmlNode Content { get; }

    /// <summary>The JSON-LD entity describing the item itself, or the WebPage when there is no article.</summary>
    public JsonLdEntity? MainEntity => JsonLd.FirstOrDefault(e => e.IsArticleLike) ?? JsonLd.FirstOrDefault(e => e.IsWebPage);

    /// <summary>The first value of a meta tag by property or name ("og:title", "dcterms.date").</summary>
    public string? Meta(string key) => _meta.TryGetValue(key, out var values) ? values[0] : null;

    public IReadOnlyList<string> MetaAll(string key) => _meta.TryGetValue(key, out var values) ? values : [];

    /// <summary>The element that names the item (see <see cref="TitleReader.Heading"/>), looked for once: the title, date and body readers all start from it.</summary>
    internal HtmlNode? Heading(Func<PageDocument, HtmlNode?> find)
    {
        if (!_heading.Known)
        {
            _heading = (true, find(this));
        }

        return _heading.Node;
    }

    /// <summary>The elements the readers look through, gathered in one walk of the page.</summary>
    internal PageElements Elements => _elements ??= PageElements.Of(Root);

    /// <summary>The page's &lt;body&gt; element (the first, when a broken page has two), or null.</summary>
    public HtmlNode? BodyElement
    {
        get
        {
            if (!_bodyElement.Known)
            {
                _bodyElement = (true, Root.SelectSingleNode("//body"));
            }

            return _bodyElement.Node;
        }
    }

    /// <summary>The &lt;title&gt; element's text, or null when it has none (see <see cref="TitleReader.TitleTag"/>).</summary>
    public string? TitleTag
    {
        get
        {
            if (!_titleTag.Known)
            {
                _titleTag = (true, HtmlText.Clean(Root.SelectSingleNode("//title")?.InnerText) is { Length: > 0 } t ? t : null);
            }

            return _titleTag.Text;
        }
    }

    /// <summary>The text of <see cref="Content"/> as lines, leaving out site chrome: read by the mention and original-link readers.</summary>
    public IReadOnlyList<TextLine> ContentLines => Text.Content;

    /// <summary>The text of <see cref="Content"/> as lines, leaving out chrome and the article's own header and footer: read by the byline and signatory readers.</summary>
    public IReadOnlyList<TextLine> ContentFrameLines => Text.ContentFrame;

    /// <summary>Every view of the page's text the readers share, read in one walk the first time one is asked for.</summary>
    internal PageLines Text => _text ??= PageLines.Of(this);

    /// <summary>
    /// The nodes an XPath expression selects from the document root, in document order, evaluated once
    /// per page however many readers ask: readers must not change the list.
    /// </summary>
    public IList<HtmlNode> Select(string xpath)
    {
        if (!_selections.TryGetValue(xpath, out var nodes))
        {
            _selections[xpath] = nodes = (IList<HtmlNode>?)Root.SelectNodes(xpath) ?? [];
        }

        return nodes;
    }

    /// <summary>As <see cref="PageChrome.Is"/>, judged once per element however many readers ask.</summary>
    public bool IsChrome(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_chrome.TryGetValue(node, out var answer))
        {
            _chrome[node] = answer = PageChrome.Is(node);
        }

        return answer;
    }

    /// <summary>As <see cref="PageChrome.IsFrame"/>, from <see cref="IsChrome"/>.</summary>
    public bool IsFrame(HtmlNode node) =>
        IsChrome(node) || (node.NodeType == HtmlNodeType.Element && node.Name is "header" or "footer");

    /// <summary>As <see cref="PageChrome.Within"/>, remembered for every node on the way up, so each element is judged once per page.</summary>
    public bool WithinChrome(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var path = new List<HtmlNode>();
        var answer = false;
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (_withinChrome.TryGetValue(n, out answer))
            {
                break;
            }

            if (IsChrome(n))
            {
                answer = true;
                _withinChrome[n] = true;
                break;
            }

            path.Add(n);
        }

        // Everything below a chrome element is within it; a path that reached the top is not.
        foreach (var n in path)
        {
            _withinChrome[n] = answer;
        }

        return answer;
    }

    /// <summary>The texts (or logo alt texts) of links to the site's home page, found once: the site's name as the page shows it.</summary>
    public IReadOnlyList<string> HomeLinkNames => _homeLinkNames ??= Elements.BodyHomeLinks
        .Select(a => HtmlText.Clean(HtmlText.Of(a) is { Length: > 0 } text ? text : a.SelectSingleNode(".//img[@alt]")?.GetAttributeValue("alt", null)))
        .Where(name => name.Length > 0)
        .ToList();

    /// <summary>Resolves an href as written (entities and all) to an absolute http(s) URL, or null.</summary>
    public Uri? Resolve(string? href) => Links.Resolve(BaseUrl, href);

    private static Uri ReadBase(HtmlDocument html, Uri url)
    {
        var href = html.DocumentNode.SelectSingleNode("//head/base[@href]")?.GetAttributeValue("href", null);
        return Links.Resolve(url, href) ?? url;
    }
}
