using Bulletin.Core.Extraction.Pages;
using Bulletin.Tests.Support;
using HtmlAgilityPack;

namespace Bulletin.Tests.Extraction.Pages;

/// <summary>
/// The page's element lists, gathered in one walk, are exactly what their XPath selects: the same
/// nodes in the same order, on every page the tests and the labelled set hold, and on markup written
/// to trip a hand-written walk (upper-case names and attributes, duplicate attributes, nested bodies,
/// elements after the body, empty and odd JSON-LD types); and each text node read in place is its text.
/// </summary>
public sealed class PageElementsTests
{
    private static readonly (string XPath, Func<PageElements, List<HtmlNode>> List)[] Lists =
    [
        ("//p", e => e.Paragraphs),
        ("//h1", e => e.H1),
        ("//h2|//h3", e => e.H2H3),
        ("//h1|//h2|//h3", e => e.H1H2H3),
        ("//body//h1|//body//h2|//body//h3|//body//h4", e => e.BodyHeadings),
        ("//body//*[@class]", e => e.BodyClassed),
        ("//body//*[@class or @rel='author']", e => e.BodyClassedOrAuthor),
        ("//*[@class or @aria-label]", e => e.ClassedOrLabelled),
        ("//body//a[@href]", e => e.BodyLinks),
        ("//body//a[contains(@rel,'tag') or contains(@rel,'category')]", e => e.BodyTagLinks),
        ("//body//a[@href='/' or contains(@rel,'home')]", e => e.BodyHomeLinks),
        ("//meta[@content]", e => e.Meta),
        ("//link[@href]", e => e.Links),
        ("//link[@hreflang and @href]", e => e.LanguageLinks),
        ("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]", e => e.JsonLdScripts),
    ];

    private const string Tricky = """
        <HTML><HEAD><META PROPERTY="og:title" CONTENT="A"><meta name="x"><LINK REL="alternate" HREFLANG="my" HREF="/my/">
        <script TYPE="Application/LD+JSON">{}</script><script type="">x</script><script>y</script><script type="text/ld+json" type="x">z</script>
        <link href="/a"><link hreflang="en"></HEAD>
        <BODY CLASS="home"><DIV Class="Entry"><P>one</P><p class="">two</p><A HREF="/x" REL="author">a</A><a rel="author">b</a><a rel="tag author">c</a><a REL="x" rel="category">c2</a><a href="/" rel="nofollow">h</a><a href="/x" href="/" rel="HOME">h2</a><a rel="home page">h3</a>
        <span aria-label="crumbs">d</span><h4>e</h4><H2 class="t">f</H2><h3>g</h3><h1>h</h1><a href="/y" href="/z">i</a>
        <body><div class="inner"><p>nested</p></div></body></DIV></BODY>
        <div class="after"><p>after the body</p><h1>late</h1><a href="/late">l</a></div></HTML>
        """;

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        var roots = new[] { Path.Combine(RepositoryRoot.Path, "tests", "labelled", "pages"), Path.Combine(RepositoryRoot.Path, "tests", "Bulletin.Tests", "Fixtures") };
        foreach (var file in roots.SelectMany(r => Directory.EnumerateFiles(r, "*.html", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_list_is_what_its_XPath_selects(string page) =>
        AssertSame(File.ReadAllText(Path.Combine(RepositoryRoot.Path, page)));

    [Fact]
    public void Every_list_is_what_its_XPath_selects_on_tricky_markup()
    {
        var document = new PageDocument(Tricky, new Uri("https://example.org/post/"));
        Assert.NotEmpty(document.Elements.JsonLdScripts);
        Assert.Contains(document.Elements.BodyClassedOrAuthor, n => n.InnerText == "b");
        AssertSame(Tricky);
    }

    [SharedFact("fixtures")]
    public void Every_list_is_what_its_XPath_selects_on_the_shared_fixture_pages()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Shared!, "fixtures"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            AssertSame(File.ReadAllText(page));
        }
    }

    private static void AssertSame(string html)
    {
        var document = new PageDocument(html, new Uri("https://example.org/post/"));
        foreach (var (xpath, list) in Lists)
        {
            var expected = document.Root.SelectNodes(xpath)?.ToList() ?? [];
            var actual = list(document.Elements);
            Assert.True(expected.SequenceEqual(actual), $"{xpath}: XPath selects {expected.Count}, the walk gathered {actual.Count}");
        }

        // Text is read in place from the page rather than copied out of it: the same characters.
        foreach (var text in document.Root.Descendants().OfType<HtmlTextNode>())
        {
            Assert.Equal(text.Text, HtmlText.Raw(text).ToString());
        }
    }
}
