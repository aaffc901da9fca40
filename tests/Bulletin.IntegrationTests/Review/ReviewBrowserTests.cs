using Bulletin.Tests.Support;
using Microsoft.Playwright;

namespace Bulletin.Tests.Review;

/// <summary>
/// An editor's session in a real browser against the running service: sign in, edit a title,
/// exclude an item, add one by URL, approve, and check the export. Screenshots are kept under
/// TestResults/screenshots in the test output folder.
/// </summary>
public sealed class ReviewBrowserTests
{
    [ChromiumFact]
    public async Task An_editor_signs_in_edits_excludes_adds_and_approves()
    {
        await using var site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Review", "site"));
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ReviewBrowser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 1400 } });
        var page = await context.NewPageAsync();

        // Sign in: the draft asks for it first.
        await page.GotoAsync(new Uri(app.BaseUri, ReviewApp.Week).ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await page.GetByLabel("Name").FillAsync(ReviewApp.Editor);
        await page.GetByLabel("Password").FillAsync(ReviewApp.Password);
        await Shot(page, "01-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Draft bulletin, 5 May 2025 – 11 May 2025");
        await Assertions.Expect(page.Locator("nav.top")).ToContainTextAsync("Signed in as Aye Aye");
        await Shot(page, "02-draft");

        // Edit a title.
        const string edited = "Statement on the Sagaing airstrike (edited in review)";
        var statement = page.Locator($"article[data-key=\"{ReviewApp.Statement.Key}\"]");
        await ReviewBrowser.OpenEditorAsync(statement);
        await statement.Locator("form.edit-title input[name=value]").FillAsync(edited);
        await statement.GetByRole(AriaRole.Button, new() { Name = "Save title" }).ClickAsync();
        await Assertions.Expect(statement.Locator(".title a")).ToHaveTextAsync(edited);

        // Exclude an item: it moves to "Left out" with an Include button.
        var report = page.Locator($"article[data-key=\"{ReviewApp.Report.Key}\"]");
        await ReviewBrowser.OpenEditorAsync(report);
        await report.Locator("button.exclude").ClickAsync();
        await Assertions.Expect(page.Locator($".left-out article[data-key=\"{ReviewApp.Report.Key}\"] button.include")).ToHaveCountAsync(1);

        // Add an item by URL, fetched from the loopback site.
        await page.GetByLabel("Add an item by URL").FillAsync(site.Url("/statements/added.html").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("added “Statement on the detention of journalists in Sagaing”");
        await Assertions.Expect(page.Locator("section:not(.left-out) .item .title a", new() { HasTextString = "detention of journalists" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".item .title a", new() { HasTextString = "<script>alert" })).ToHaveCountAsync(1);
        await Shot(page, "03-draft-after-edits");

        // Approve: asked to confirm, then version 1, with its exports.
        await page.Locator("a.approve-start").ClickAsync();
        await page.Locator("button.approve").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Version 1");
        await Assertions.Expect(page.Locator(".lede")).ToContainTextAsync("Approved by Aye Aye");
        await Shot(page, "04-approved");

        var markdown = await (await context.APIRequest.GetAsync(new Uri(app.BaseUri, ReviewApp.Week + "/v/1.md").ToString())).TextAsync();
        Assert.Contains(edited, markdown, StringComparison.Ordinal);
        Assert.Contains("Statement on the detention of journalists in Sagaing", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Displacement report for April", markdown, StringComparison.Ordinal);
        var html = await (await context.APIRequest.GetAsync(new Uri(app.BaseUri, ReviewApp.Week + "/v/1.html").ToString())).TextAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ReviewBrowser.Screenshots, "04-approved.png")));
    }

    private static Task Shot(IPage page, string name) => ReviewBrowser.ShotAsync(page, name);
}
