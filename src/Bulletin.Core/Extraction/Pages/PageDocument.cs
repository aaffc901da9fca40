using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>A parsed detail page with the lookups every fact reader needs: meta tags, JSON-LD, links.</summary>
public sealed class PageDocument
{
    private readonly Dictionary<string, List<string>> _meta = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<string>? _homeLinkNames;
    private (bool Known, HtmlNode? Node) _heading;

    public PageDocument(string html, Uri url)
    {
        Html = new HtmlDocument { OptionEmptyCollection = true };
        Html.LoadHtml(html);
        Url = url;
        BaseUrl = ReadBase(Html, url);
        foreach (var meta in Html.DocumentNode.SelectNodes("//meta[@content]"))
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

        JsonLd = Pages.JsonLd.Read(Html);
        Body = BodyBlock.Find(Html);
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

    /// <summary>The texts (or logo alt texts) of links to the site's home page, found once: the site's name as the page shows it.</summary>
    public IReadOnlyList<string> HomeLinkNames => _homeLinkNames ??= Root.SelectNodes("//body//a[@href='/' or contains(@rel,'home')]")
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
