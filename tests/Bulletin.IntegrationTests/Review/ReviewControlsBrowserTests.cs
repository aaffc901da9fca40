using System.Text.RegularExpressions;
using Bulletin.Tests.Support;
using Microsoft.Playwright;

namespace Bulletin.Tests.Review;

/// <summary>
/// Every link and every button the review pages show, clicked in a real browser: each must lead to a
/// page that answers, a file that downloads, or the change it names. Pages outside the app (an item's
/// own site) are answered by the test, which records that the browser went there.
/// </summary>
public sealed class ReviewControlsBrowserTests
{
    [ChromiumFact]
    public async Task Every_link_and_button_on_the_start_draft_and_version_pages_works()
    {
        await using var site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Review", "site"));
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ReviewBrowser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        var external = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Authority == app.BaseUri.Authority || url.Authority == site.BaseUri.Authority)
            {
                await route.ContinueAsync();
                return;
            }

            lock (external)
            {
                external.Add(url.AbsoluteUri);
            }

            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<title>elsewhere</title>" });
        });

        var failures = new List<string>();
        var page = await context.NewPageAsync();
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Status >= 400)
            {
                lock (failures)
                {
                    failures.Add($"{response.Status} {response.Request.Method} {response.Url}");
                }
            }
        };

        await ReviewBrowser.SeedAsync(app);
        await ReviewBrowser.SignInAsync(page, app, ReviewApp.Week);
        await ApproveAsync(page);
        var pages = new[] { "/", ReviewApp.Week, ReviewApp.Week + "/approve", ReviewApp.Week + "/v/1" };
        var clicked = 0;
        foreach (var path in pages)
        {
            var url = new Uri(app.BaseUri, path).ToString();
            await page.GotoAsync(url);
            var links = await page.Locator("a[href]").CountAsync();
            for (var i = 0; i < links; i++)
            {
                await page.GotoAsync(url);
                var link = page.Locator("a[href]").Nth(i);
                await RevealAsync(link);
                await ClickLinkAsync(page, context, link, failures);
                clicked++;
            }

            await page.GotoAsync(url);
            var buttons = await page.Locator("button").CountAsync();
            for (var i = 0; i < buttons; i++)
            {
                await page.GotoAsync(url);
                if (page.Url.Contains("/signin", StringComparison.Ordinal))
                {
                    await ReviewBrowser.SignInAsync(page, app, path);
                }

                var button = page.Locator("button").Nth(i);
                await RevealAsync(button);
                await ClickButtonAsync(page, app, site, button, failures);
                clicked++;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(clicked > 20, $"only {clicked} controls clicked");
        Assert.Contains(external, u => u.StartsWith("https://example.org/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Shows a control as an editor reaches it: an item's editor opened by its "Edit", the approval
    /// dialog by its link; a copy button once the script has shown it.
    /// </summary>
    private static async Task RevealAsync(ILocator control)
    {
        if (await control.EvaluateAsync<bool>("c => !!c.closest('dialog') && !c.closest('dialog').open"))
        {
            var opener = control.Page.Locator("a[data-dialog]");
            await opener.ClickAsync();
        }

        if (await control.EvaluateAsync<bool>("c => !!c.closest('details:not([open])')"))
        {
            await control.Locator("xpath=ancestor::details[1]/summary").ClickAsync();
        }

        await Assertions.Expect(control).ToBeVisibleAsync();
    }

    private static async Task ClickLinkAsync(IPage page, IBrowserContext context, ILocator link, List<string> failures)
    {
        var href = await link.GetAttributeAsync("href") ?? "";
        var label = $"link \"{(await link.InnerTextAsync()).Trim()}\" ({href}) on {page.Url}";
        if (await link.GetAttributeAsync("data-dialog") is { } dialog)
        {
            await link.ClickAsync();
            await Assertions.Expect(page.Locator("#" + dialog)).ToBeVisibleAsync();
            return;
        }

        if (href.StartsWith('#'))
        {
            await link.ClickAsync();
            if (!await page.Locator(href).IsVisibleAsync())
            {
                failures.Add($"{label}: {href} is not on the page");
            }

            return;
        }
        if (href.Contains("download=1", StringComparison.Ordinal))
        {
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            if (!Regex.IsMatch(download.SuggestedFilename, @"^bulletin-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d-v\d+\.(html|md|txt)$"))
            {
                failures.Add($"{label}: downloaded {download.SuggestedFilename}");
            }

            return;
        }

        if (await link.GetAttributeAsync("target") == "_blank")
        {
            var popup = await context.RunAndWaitForPageAsync(() => link.ClickAsync());
            await popup.WaitForLoadStateAsync();
            if (await popup.TitleAsync() is not { Length: > 0 })
            {
                failures.Add($"{label}: the new tab shows nothing");
            }

            await popup.CloseAsync();
            return;
        }

        var response = await NavigationAsync(page, () => link.ClickAsync());
        if (response.Status >= 400)
        {
            failures.Add($"{label}: answered {response.Status}");
        }
    }

    private static async Task ClickButtonAsync(IPage page, ReviewApp app, LoopbackServer site, ILocator button, List<string> failures)
    {
        var name = (await button.InnerTextAsync()).Trim();
        var label = $"button \"{name}\" on {page.Url}";
        if (await button.GetAttributeAsync("data-copy") is not null)
        {
            await button.ClickAsync();
            await Assertions.Expect(button).ToHaveTextAsync("Copied");
            return;
        }

        if (name == "Add")
        {
            await page.GetByLabel("Add an item by URL").FillAsync(site.Url("/statements/added.html").ToString());
        }

        if (await button.EvaluateAsync<bool>("b => !!b.closest('form[method=dialog]')"))
        {
            await button.ClickAsync();
            await Assertions.Expect(page.Locator("dialog[open]")).ToHaveCountAsync(0);
            return;
        }

        // An item's forms post in the background with the script on; the page takes the draft the server answers with.
        var inPlace = await button.EvaluateAsync<bool>("b => !!b.closest('article.item')");
        var response = inPlace
            ? await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.ResourceType == "fetch" && r.Status is < 300 or >= 400)
            : await NavigationAsync(page, () => button.ClickAsync());
        if (response.Status >= 400)
        {
            failures.Add($"{label}: answered {response.Status}");
        }

        await page.WaitForLoadStateAsync();
        if (name == "Sign out")
        {
            if (!page.Url.Contains("/signin", StringComparison.Ordinal))
            {
                failures.Add($"{label}: did not reach the sign-in page ({page.Url})");
            }

            await ReviewBrowser.SignInAsync(page, app, ReviewApp.Week);
        }
        else if (await page.Locator(".notice.error").CountAsync() > 0)
        {
            failures.Add($"{label}: {await page.Locator(".notice.error").First.InnerTextAsync()}");
        }
    }

    /// <summary>The answer of the page the click leads to, past any redirect (a form's 303).</summary>
    private static Task<IResponse> NavigationAsync(IPage page, Func<Task> click) =>
        page.RunAndWaitForResponseAsync(click, r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);

    private static async Task ApproveAsync(IPage page)
    {
        await page.Locator("a.approve-start").ClickAsync();
        await page.Locator("button.approve").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Version 1");
    }
}
