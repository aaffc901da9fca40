using System.Text.RegularExpressions;
using Bulletin.Core.Review;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;
using Microsoft.Playwright;

namespace Bulletin.Tests.Review;

/// <summary>
/// Every control of the start, draft and version pages used as an editor uses it, once with the page's
/// script and once with JavaScript off: each control's effect is read back from the page and from the
/// store. Screenshots of each page are kept under TestResults/screenshots; with BULLETIN_DOCS set to a
/// folder, the draft and version screenshots of the scripted run are also written there (docs/ in the
/// repository holds them).
/// </summary>
public sealed class EditorPagesBrowserTests
{
    [ChromiumFact]
    public Task With_script_every_control_of_the_start_draft_and_version_pages_does_what_it_says() => EveryControlAsync(javaScript: true);

    [ChromiumFact]
    public Task Without_script_every_control_of_the_start_draft_and_version_pages_does_what_it_says() => EveryControlAsync(javaScript: false);

    private static async Task EveryControlAsync(bool javaScript)
    {
        var mode = javaScript ? "js" : "nojs";
        var docs = javaScript ? Environment.GetEnvironmentVariable("BULLETIN_DOCS") : null;
        await using var site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Review", "site"));
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: true);
        await ReviewBrowser.SeedAsync(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ReviewBrowser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, AcceptDownloads = true, ViewportSize = new() { Width = 1100, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        if (javaScript)
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUri.ToString().TrimEnd('/') });
        }

        var external = new List<string>();
        await context.RouteAsync("https://example.org/**", async route =>
        {
            lock (external)
            {
                external.Add(route.Request.Url);
            }

            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<title>the item's own page</title>" });
        });
        var page = await context.NewPageAsync();

        // The CSP refuses inline script and styles from elsewhere; a page that breaks it says so on the console.
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Text} ({page.Url})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };

        // The draft reads as the bulletin: both sections, "By" lines, the Burmese item among the English.
        await ReviewBrowser.SignInAsync(page, app, ReviewApp.Week);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Draft bulletin, 5 May 2025 – 11 May 2025");
        await Assertions.Expect(page.Locator("section.bulletin-section h2")).ToHaveTextAsync(["Statements and Press Releases (4)", "Reports (1)"]);
        await Assertions.Expect(ReviewBrowser.Article(page, ReviewBrowser.Burmese).Locator(".issuer")).ToHaveTextAsync("By Office of the High Commissioner for Human Rights");
        Assert.Equal("my", await ReviewBrowser.Article(page, ReviewBrowser.Burmese).GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("details.editor[open]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".keys")).ToBeVisibleAsync(new() { Visible = javaScript });

        // "Check these" lists the uncertain item first; its link leads to the item (and opens its editor with the script).
        var check = page.Locator("section.check");
        await Assertions.Expect(check.Locator("h2")).ToHaveTextAsync("Check these (1)");
        await Assertions.Expect(check.Locator("li")).ToContainTextAsync(["Who answers for the shelling?"]);
        await Assertions.Expect(check.Locator("li")).ToContainTextAsync(["issuer 30% sure, or Example Lawyers Council"]);
        Assert.True(await page.EvaluateAsync<bool>("() => !!(document.querySelector('section.check').compareDocumentPosition(document.querySelector('section.bulletin-section')) & Node.DOCUMENT_POSITION_FOLLOWING)"), "\"Check these\" comes before the sections");
        var uncertain = ReviewBrowser.Article(page, ReviewBrowser.Uncertain);
        await check.Locator("a").ClickAsync();
        Assert.EndsWith("#" + await uncertain.GetAttributeAsync("id"), page.Url, StringComparison.Ordinal);
        if (javaScript)
        {
            await Assertions.Expect(uncertain.Locator("details.editor")).ToHaveAttributeAsync("open", "");
        }

        // The editor shows the reasons, the page's signals and a link to the page.
        var editor = await ReviewBrowser.OpenEditorAsync(uncertain);
        await Assertions.Expect(editor.Locator("dl.why")).ToContainTextAsync("signature: named in the closing line");
        await Assertions.Expect(editor.Locator("ul.signals li")).ToHaveCountAsync(2);
        await Assertions.Expect(editor.Locator("ul.signals")).ToContainTextAsync("Example Lawyers Council 0.25, not in the directory: letterhead: named in the page's header");
        await Assertions.Expect(uncertain.Locator(".flags")).ToContainTextAsync("check the issuer (30% sure)");
        await Assertions.Expect(uncertain.Locator(".flags")).ToContainTextAsync("check the section (35% sure)");
        await ReviewBrowser.ShotAsync(page, $"draft-editor-open-{mode}", docs is null ? null : Path.Combine(docs, "draft.png"));
        var popup = await context.RunAndWaitForPageAsync(() => editor.Locator("a.open-page").ClickAsync());
        Assert.Equal(ReviewBrowser.Uncertain.Url, popup.Url);
        await popup.CloseAsync();

        // A competing candidate becomes the issuer in one click.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Example Lawyers Council" }).ClickAsync();
        await Assertions.Expect(uncertain.Locator(".issuer")).ToHaveTextAsync("By Example Lawyers Council");
        Assert.Equal("Example Lawyers Council", await DecisionAsync(app, ReviewBrowser.Uncertain, DecisionFields.Issuer));

        // Title, edited inline.
        var statement = ReviewBrowser.Article(page, ReviewApp.Statement);
        editor = await ReviewBrowser.OpenEditorAsync(statement);
        const string title = "Statement on the Sagaing airstrike, as corrected";
        await editor.GetByLabel("Title").FillAsync(title);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save title" }).ClickAsync();
        await Assertions.Expect(statement.Locator(".title a")).ToHaveTextAsync(title);
        Assert.Equal(title, await DecisionAsync(app, ReviewApp.Statement, DecisionFields.Title));

        // Issuer, edited inline with a name the directory suggests.
        var suggested = await page.Locator("datalist#issuers option").Nth(0).GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(suggested));
        editor = await ReviewBrowser.OpenEditorAsync(statement);
        Assert.Equal("issuers", await editor.GetByLabel("Issuer").GetAttributeAsync("list"));
        await editor.GetByLabel("Issuer").FillAsync(suggested!);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save issuer" }).ClickAsync();
        await Assertions.Expect(statement.Locator(".issuer")).ToHaveTextAsync("By " + suggested);
        Assert.Equal(suggested, await DecisionAsync(app, ReviewApp.Statement, DecisionFields.Issuer));

        // Section: moved to Reports.
        editor = await ReviewBrowser.OpenEditorAsync(statement);
        await editor.GetByLabel("Section").SelectOptionAsync("Reports");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.bulletin-section").Nth(1).Locator($"article[data-key=\"{ReviewApp.Statement.Key}\"]")).ToHaveCountAsync(1);
        Assert.Equal("Reports", await DecisionAsync(app, ReviewApp.Statement, DecisionFields.Section));

        // Exclude, then include again.
        var report = ReviewBrowser.Article(page, ReviewApp.Report);
        await (await ReviewBrowser.OpenEditorAsync(report)).GetByRole(AriaRole.Button, new() { Name = "Exclude" }).ClickAsync();
        await Assertions.Expect(page.Locator($".left-out article[data-key=\"{ReviewApp.Report.Key}\"]")).ToHaveCountAsync(1);
        await Assertions.Expect(report.Locator(".flags")).ToHaveTextAsync("excluded");
        Assert.Equal("false", await DecisionAsync(app, ReviewApp.Report, DecisionFields.Included));
        await (await ReviewBrowser.OpenEditorAsync(report)).GetByRole(AriaRole.Button, new() { Name = "Include" }).ClickAsync();
        await Assertions.Expect(page.Locator($".left-out article[data-key=\"{ReviewApp.Report.Key}\"]")).ToHaveCountAsync(0);
        Assert.Equal("true", await DecisionAsync(app, ReviewApp.Report, DecisionFields.Included));

        // Add by URL, from the loopback site.
        await page.GetByLabel("Add an item by URL").FillAsync(site.Url("/statements/added.html").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("added “Statement on the detention of journalists in Sagaing”");
        await Assertions.Expect(page.Locator("section.bulletin-section .item .title a", new() { HasTextString = "detention of journalists" })).ToHaveCountAsync(1);

        // Re-run collection: queued, with its progress on the page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-run collection for this week" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Re-collection of this week is queued");
        await Assertions.Expect(page.Locator(".recollection")).ToContainTextAsync("Re-collection of this week");
        await ReviewBrowser.ShotAsync(page, $"draft-{mode}");

        // Approve asks first and shows what the version will hold; cancelling approves nothing.
        await page.GetByRole(AriaRole.Link, new() { Name = "Approve as version 1…" }).ClickAsync();
        var confirm = page.Locator(".approve-confirm");
        await Assertions.Expect(confirm.Locator("h2#approve-title")).ToHaveTextAsync("Approve version 1?");
        await Assertions.Expect(confirm.Locator(".changes li.added")).ToHaveCountAsync(6);
        await Assertions.Expect(confirm.Locator(".changes")).ToContainTextAsync("New: " + title);
        await ReviewBrowser.ShotAsync(page, $"approve-confirm-{mode}");
        if (javaScript)
        {
            Assert.DoesNotContain("/approve", page.Url, StringComparison.Ordinal);
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Assertions.Expect(confirm).ToBeHiddenAsync();
        }
        else
        {
            Assert.EndsWith(ReviewApp.Week + "/approve", page.Url, StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Link, new() { Name = "Cancel, back to the draft" }).ClickAsync();
            Assert.EndsWith(ReviewApp.Week, page.Url, StringComparison.Ordinal);
        }

        await using (var store = await Store.OpenAsync(app.DatabasePath))
        {
            Assert.Null(await store.LatestDraftVersionAsync(new DateOnly(2025, 5, 5), new DateOnly(2025, 5, 11)));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Approve as version 1…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve version 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Version 1, 5 May 2025 – 11 May 2025");

        // The version page shows the approved bulletin as readers get it, in a frame that runs no script.
        DraftVersion approved;
        await using (var store = await Store.OpenAsync(app.DatabasePath))
        {
            approved = (await store.DraftVersionAsync(new DateOnly(2025, 5, 5), new DateOnly(2025, 5, 11), 1))!;
        }

        Assert.Equal(6, approved.Items.Count);
        var frame = page.FrameLocator("iframe.bulletin");
        Assert.Equal("", await page.Locator("iframe.bulletin").GetAttributeAsync("sandbox"));
        await Assertions.Expect(frame.Locator("h1")).ToHaveTextAsync("Resources");
        await Assertions.Expect(frame.Locator(".item .title a", new() { HasTextString = title })).ToHaveCountAsync(1);
        await Assertions.Expect(frame.Locator(".item .title a", new() { HasTextString = "<script>alert('x')</script> Joint press release" })).ToHaveCountAsync(1);
        await Assertions.Expect(frame.Locator("script")).ToHaveCountAsync(0);
        await ReviewBrowser.ShotAsync(page, $"version-{mode}", docs is null ? null : Path.Combine(docs, "version.png"));

        // Each format: opened, downloaded and (with the script) copied, exactly as approved.
        foreach (var (format, text) in new[] { ("md", approved.Markdown), ("txt", approved.Text), ("html", approved.Html) })
        {
            var row = page.Locator($"li.export[data-format=\"{format}\"]");
            var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "download" }).ClickAsync());
            Assert.Equal($"bulletin-2025-05-05-2025-05-11-v1.{format}", download.SuggestedFilename);
            Assert.Equal(text, await File.ReadAllTextAsync(await download.PathAsync()));
            var opened = await context.APIRequest.GetAsync(new Uri(page.Url + "." + format).ToString());
            Assert.Equal(text, await opened.TextAsync());
            var copy = row.Locator("button[data-copy]");
            if (javaScript)
            {
                await copy.ClickAsync();
                await Assertions.Expect(copy).ToHaveTextAsync("Copied");
                Assert.Equal(text, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
            }
            else
            {
                await Assertions.Expect(copy).ToBeHiddenAsync();
            }
        }

        var view = page.Locator("li.export[data-format=\"md\"]").GetByRole(AriaRole.Link, new() { Name = "open" });
        Assert.EndsWith("/v/1.md", await view.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.Locator("details.version-changes > summary").ClickAsync();
        await Assertions.Expect(page.Locator("details.version-changes .changes h2")).ToHaveTextAsync("First version");

        // The start page: the week, its approved version, and the way back.
        await page.GetByRole(AriaRole.Link, new() { Name = "back to the working draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lede")).ToContainTextAsync("latest approved: version 1");
        await page.Locator("nav.top").GetByRole(AriaRole.Link, new() { Name = "Weeks" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Weekly drafts");
        await ReviewBrowser.ShotAsync(page, $"start-{mode}");
        await page.GetByRole(AriaRole.Link, new() { Name = "version 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Version 1, 5 May 2025 – 11 May 2025");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "5 May 2025 – 11 May 2025" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Draft bulletin, 5 May 2025 – 11 May 2025");

        // Sign out: the pages ask for sign-in again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await page.GotoAsync(new Uri(app.BaseUri, ReviewApp.Week).ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        Assert.Contains(ReviewBrowser.Uncertain.Url, external);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [ChromiumFact]
    public async Task The_keys_j_and_k_move_e_opens_the_editor_and_x_excludes()
    {
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: false);
        await ReviewBrowser.SeedAsync(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ReviewBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ReviewBrowser.SignInAsync(page, app, ReviewApp.Week);
        var items = page.Locator("article.item");
        var keys = await items.EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('data-key'))");

        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(items.Nth(0)).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(items.Nth(2)).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(items.Nth(1)).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        await Assertions.Expect(page.Locator("article.item.current")).ToHaveCountAsync(1);

        // e opens the current item's editor with its title field ready; Escape closes it.
        await page.Keyboard.PressAsync("e");
        await Assertions.Expect(items.Nth(1).Locator("details.editor")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(items.Nth(1).GetByLabel("Title")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(items.Nth(1).Locator("details.editor[open]")).ToHaveCountAsync(0);

        // x excludes the current item: stored, and shown under "Left out".
        await page.Keyboard.PressAsync("x");
        await Assertions.Expect(page.Locator($".left-out article[data-key=\"{keys[1]}\"]")).ToHaveCountAsync(1);
        await using var store = await Store.OpenAsync(app.DatabasePath);
        var decisions = await store.CurrentDecisionsAsync([keys[1]]);
        Assert.Equal("false", decisions[keys[1]].Single(d => d.Field == DecisionFields.Included).Value);

        // The keys are not taken from a text field: typing "x" there types it.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("e");
        var current = page.Locator("article.item.current");
        await current.GetByLabel("Title").PressAsync("End");
        await current.GetByLabel("Title").PressSequentiallyAsync(" x");
        await Assertions.Expect(current.GetByLabel("Title")).ToHaveValueAsync(new Regex(" x$"));
        var typedIn = (await current.GetAttributeAsync("data-key"))!;
        Assert.False((await store.CurrentDecisionsAsync([typedIn])).ContainsKey(typedIn));
    }

    private static async Task<string?> DecisionAsync(ReviewApp app, StoredItem item, string field)
    {
        await using var store = await Store.OpenAsync(app.DatabasePath);
        var decisions = await store.CurrentDecisionsAsync([item.Key]);
        return decisions.TryGetValue(item.Key, out var list) ? list.FirstOrDefault(d => d.Field == field)?.Value : null;
    }
}
