using Microsoft.Playwright;

namespace Bulletin.Tests.Review;

/// <summary>
/// Which font Chromium draws each run of text with, asked of the browser itself (CSS.getPlatformFontsForNode):
/// Latin punctuation ('?', curly quotes, '…') must come from a Latin font and Burmese from a Myanmar font,
/// on the draft page and in the approved HTML export the bulletin's template renders. Without a Myanmar
/// font installed the test fails, since the Burmese half can then not hold (CI installs fonts-noto-core).
/// </summary>
public sealed class TypographyBrowserTests
{
    private const string Punctuation = "?“”…";

    [ChromiumFact]
    public async Task Latin_punctuation_is_drawn_from_a_Latin_font_and_Burmese_from_a_Myanmar_font()
    {
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: false);
        await ReviewBrowser.SeedAsync(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ReviewBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ReviewBrowser.SignInAsync(page, app, ReviewApp.Week);
        var cdp = await page.Context.NewCDPSessionAsync(page);

        // The check itself can fail: the stack the pages had (Georgia, then the Myanmar font) draws '?' from the Myanmar font.
        await ProbeAsync(page, "probe-old", Punctuation, "font-family: Georgia, \"Noto Serif Myanmar\", serif");
        Assert.Contains(await FontsAsync(cdp, "#probe-old"), f => f.Contains("Myanmar", StringComparison.Ordinal));

        await AssertTypographyAsync(page, cdp, "draft page");
        await ReviewBrowser.ShotAsync(page, "typography-draft");

        // The approved HTML, as the template renders it and readers get it.
        await page.GotoAsync(new Uri(app.BaseUri, ReviewApp.Week + "/approve").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve version 1" }).ClickAsync();
        await page.GotoAsync(new Uri(app.BaseUri, ReviewApp.Week + "/v/1.html").ToString());
        await AssertTypographyAsync(page, cdp, "approved HTML");
        await ReviewBrowser.ShotAsync(page, "typography-export");
    }

    private static async Task AssertTypographyAsync(IPage page, ICDPSession cdp, string where)
    {
        // Titles as the page sets them, in an English item and a Burmese one.
        var latin = await FontsAsync(cdp, $".item a[href=\"{ReviewBrowser.Uncertain.Url}\"]");
        Assert.True(latin.Count > 0 && latin.All(f => !f.Contains("Myanmar", StringComparison.Ordinal)), $"{where}: English title drawn with {string.Join(", ", latin)}");
        var burmese = await FontsAsync(cdp, $".item a[href=\"{ReviewBrowser.Burmese.Url}\"]");
        Assert.True(burmese.Any(f => f.Contains("Myanmar", StringComparison.Ordinal)), $"{where}: Burmese title drawn with {string.Join(", ", burmese)}; is a Myanmar font installed (apt-get install fonts-noto-core)?");
        Assert.True(burmese.Any(f => !f.Contains("Myanmar", StringComparison.Ordinal)), $"{where}: the Burmese title's “…”? drawn with {string.Join(", ", burmese)}");

        // Punctuation alone inside a Burmese item, where the Myanmar face is nearest.
        await ProbeAsync(page, "probe-punctuation", Punctuation, null, $".item a[href=\"{ReviewBrowser.Burmese.Url}\"]");
        var punctuation = await FontsAsync(cdp, "#probe-punctuation");
        Assert.True(punctuation.Count > 0 && punctuation.All(f => !f.Contains("Myanmar", StringComparison.Ordinal)), $"{where}: {Punctuation} drawn with {string.Join(", ", punctuation)}");
    }

    /// <summary>Adds a span with <paramref name="text"/> inside <paramref name="parent"/> (the body by default), styled by the page.</summary>
    private static async Task ProbeAsync(IPage page, string id, string text, string? style, string parent = "body") =>
        await page.EvaluateAsync(
            "([id, text, style, parent]) => { const s = document.createElement('span'); s.id = id; s.textContent = text; if (style) s.setAttribute('style', style); document.querySelector(parent).appendChild(s); }",
            new object?[] { id, text, style, parent });

    /// <summary>The platform font families Chromium drew the node's text with.</summary>
    private static async Task<List<string>> FontsAsync(ICDPSession cdp, string selector)
    {
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument", new() { ["depth"] = 0 });
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = (await cdp.SendAsync("DOM.querySelector", new() { ["nodeId"] = root, ["selector"] = selector }))!.Value.GetProperty("nodeId").GetInt32();
        Assert.True(node != 0, $"no {selector} on the page");
        var fonts = (await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = node }))!.Value.GetProperty("fonts");
        return fonts.EnumerateArray().Where(f => f.GetProperty("glyphCount").GetInt32() > 0).Select(f => f.GetProperty("familyName").GetString() ?? "").ToList();
    }
}
