using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulletin.Bench;

/// <summary>
/// Statement pages shaped like a CMS theme: inline styles and scripts, a large navigation menu,
/// Yoast-style JSON-LD, the body, an optional signatory list, related posts and a footer.
/// </summary>
internal static class SyntheticPages
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string ContentType = "text/html; charset=UTF-8";

    /// <summary>A page of about <paramref name="targetBytes"/> UTF-8 bytes; joint statements list their signatories.</summary>
    public static byte[] Statement(SyntheticPublisher publisher, SyntheticItem item, int targetBytes, bool joint, SyntheticText text)
    {
        var html = new StringBuilder(targetBytes + 4096);
        Head(html, publisher, item);
        Chrome(html, publisher, text);
        html.Append(CultureInfo.InvariantCulture, $"<main id=\"main\"><article class=\"post type-post status-publish category-statements\">\n<header class=\"entry-header\"><span class=\"eyebrow\">Statement</span><h1 class=\"entry-title\">{WebUtility.HtmlEncode(item.Title)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"entry-meta\"><time class=\"entry-date published\" datetime=\"{item.Published:yyyy-MM-dd'T'HH:mm:sszzz}\">{item.Published:d MMMM yyyy}</time></div></header>\n<div class=\"entry-content\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"org-line\">{WebUtility.HtmlEncode(publisher.Name)} · Myanmar</div>\n");
        var tail = Tail(publisher, text, joint);
        var bytes = Encoding.UTF8.GetByteCount(html.ToString()) + Encoding.UTF8.GetByteCount(tail);
        while (bytes < targetBytes)
        {
            var paragraph = $"<p>{WebUtility.HtmlEncode(text.Paragraph(item.Language))}</p>\n";
            html.Append(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph);
        }

        if (joint)
        {
            html.Append("<h3>Signatories:</h3>\n<ul class=\"signatories\">\n");
            foreach (var name in text.Organisations(text.Next(6, 24)))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(name)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append(tail);
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Head(StringBuilder html, SyntheticPublisher publisher, SyntheticItem item)
    {
        var title = WebUtility.HtmlEncode(item.Title);
        var published = item.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{(item.Language == "my" ? "my" : "en-US")}\">\n<head>\n<meta charset=\"UTF-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{title} – {WebUtility.HtmlEncode(publisher.Name)}</title>\n<link rel=\"canonical\" href=\"{item.Url}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:url\" content=\"{item.Url}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:site_name\" content=\"{WebUtility.HtmlEncode(publisher.Name)}\">\n<meta property=\"article:published_time\" content=\"{published}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"description\" content=\"{WebUtility.HtmlEncode(item.Summary)}\">\n");
        html.Append("<style id=\"theme-inline-css\">").Append(string.Concat(Enumerable.Range(0, 60).Select(i => $".wp-block-{i}{{margin:0 0 {i % 4}rem;padding:{i % 3}px}}"))).Append("</style>\n");
        html.Append("<script type=\"application/ld+json\" class=\"yoast-schema-graph\">").Append(JsonLd(publisher, item, published)).Append("</script>\n");
        html.Append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX');</script>\n</head>\n");
    }

    private static string JsonLd(SyntheticPublisher publisher, SyntheticItem item, string published)
    {
        var org = new JsonObject { ["@type"] = "Organization", ["@id"] = publisher.Home + "#organization", ["name"] = publisher.Name, ["url"] = publisher.Home.AbsoluteUri };
        var graph = new JsonArray(
            new JsonObject { ["@type"] = "NewsArticle", ["@id"] = item.Url + "#article", ["headline"] = item.Title, ["datePublished"] = published, ["dateModified"] = published, ["inLanguage"] = item.Language, ["author"] = new JsonObject { ["@id"] = publisher.Home + "#organization" }, ["publisher"] = new JsonObject { ["@id"] = publisher.Home + "#organization" } },
            new JsonObject { ["@type"] = "WebPage", ["@id"] = item.Url.AbsoluteUri, ["url"] = item.Url.AbsoluteUri, ["name"] = item.Title },
            new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = new JsonArray(new JsonObject { ["@type"] = "ListItem", ["position"] = 1, ["name"] = "Home", ["item"] = publisher.Home.AbsoluteUri }, new JsonObject { ["@type"] = "ListItem", ["position"] = 2, ["name"] = item.Title }) },
            new JsonObject { ["@type"] = "WebSite", ["@id"] = publisher.Home + "#website", ["name"] = publisher.Name, ["publisher"] = new JsonObject { ["@id"] = publisher.Home + "#organization" } },
            org);
        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph }.ToJsonString(Json);
    }

    private static void Chrome(StringBuilder html, SyntheticPublisher publisher, SyntheticText text)
    {
        html.Append(CultureInfo.InvariantCulture, $"<body class=\"post-template-default single\">\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"site-header\"><a href=\"/\" rel=\"home\"><img src=\"/logo.png\" alt=\"{WebUtility.HtmlEncode(publisher.Name)}\"></a>\n");
        html.Append("<nav class=\"main-navigation\" aria-label=\"Primary\"><ul class=\"menu\">\n");
        foreach (var section in new[] { "About", "Statements", "Reports", "Campaigns", "Resources", "Media", "Donate" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"menu-item menu-item-has-children\"><a href=\"/{section.ToLowerInvariant()}/\">{section}</a><ul class=\"sub-menu\">");
            for (var i = 0; i < 6; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"menu-item\"><a href=\"/{section.ToLowerInvariant()}/topic-{i}/\">{WebUtility.HtmlEncode(text.Title("en"))}</a></li>");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul></nav>\n<ul class=\"lang-switch\"><li><a hreflang=\"en\" href=\"/\">EN</a></li><li><a hreflang=\"my\" href=\"/my/\">မြန်မာ</a></li></ul>\n</header>\n");
    }

    private static string Tail(SyntheticPublisher publisher, SyntheticText text, bool joint)
    {
        var tail = new StringBuilder();
        tail.Append(joint ? "<p>For media enquiries, contact the coordinating organisations.</p>\n" : string.Empty);
        tail.Append("</div>\n<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/statements/\" rel=\"category tag\">Statements</a></span></footer>\n</article>\n");
        tail.Append("<aside class=\"related\"><h2>Related</h2><ul>\n");
        for (var i = 0; i < 10; i++)
        {
            tail.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/2025/04/{10 + i}/related-{i}/\">{WebUtility.HtmlEncode(text.Title(i % 4 == 0 ? "my" : "en"))}</a></li>\n");
        }

        tail.Append("</ul></aside>\n</main>\n<footer class=\"site-footer\"><div class=\"widgets\">");
        for (var i = 0; i < 24; i++)
        {
            tail.Append(CultureInfo.InvariantCulture, $"<a href=\"/page-{i}/\">{WebUtility.HtmlEncode(text.Organisation())}</a> ");
        }

        tail.Append(CultureInfo.InvariantCulture, $"</div><p>© 2025 {WebUtility.HtmlEncode(publisher.Name)}. All rights reserved.</p></footer>\n<script src=\"/wp-includes/js/jquery/jquery.min.js\"></script>\n</body>\n</html>\n");
        return tail.ToString();
    }
}
