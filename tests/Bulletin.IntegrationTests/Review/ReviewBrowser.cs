using System.Text.RegularExpressions;
using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Attribution;
using Bulletin.Core.Storage;
using Microsoft.Playwright;

namespace Bulletin.Tests.Review;

/// <summary>
/// What the browser tests of the review pages share: Debian's Chromium launched headless, signing in
/// as the seeded editor, screenshots under TestResults/screenshots, and the items a week needs to show
/// every control (an uncertain item with competing issuers, a Burmese one).
/// </summary>
internal static class ReviewBrowser
{
    public static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>An item attribution is unsure of: two names compete and nothing marked its kind; its title carries Latin punctuation.</summary>
    public static readonly StoredItem Uncertain = ReviewApp.Item(
        "https://example.org/news/who-answers", "Who answers for the shelling? “Nobody”, they say…", "Example Civic Network", Kind.Statement, 8, hour: 11) with
    {
        IssuerConfidence = 0.3,
        KindConfidence = 0.35,
        IssuerReason = "signature: named in the closing line",
        KindReason = "published by source 'seeded', nothing marks it otherwise",
        IssuerCandidates =
        [
            new IssuerCandidate("Example Civic Network", 0.3, ["signature: named in the closing line"], false),
            new IssuerCandidate("Example Lawyers Council", 0.25, ["letterhead: named in the page's header"], false),
        ],
    };

    /// <summary>A Burmese item, its title ending in Latin punctuation as Burmese sites write them.</summary>
    public static readonly StoredItem Burmese = ReviewApp.Item(
        "https://example.org/my/statement", "လူ့အခွင့်အရေး ချိုးဖောက်မှုများအပေါ် ထုတ်ပြန်ချက် “…”?", "Office of the High Commissioner for Human Rights", Kind.Statement, 6, "my", hour: 11);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumFactAttribute.ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>Adds <see cref="Uncertain"/> and <see cref="Burmese"/> to the running app's store.</summary>
    public static async Task SeedAsync(ReviewApp app)
    {
        await using var store = await Store.OpenAsync(app.DatabasePath);
        await store.UpsertItemAsync(Uncertain);
        await store.UpsertItemAsync(Burmese);
    }

    /// <summary>Opens <paramref name="path"/>, signing in on the way when the site asks.</summary>
    public static async Task SignInAsync(IPage page, ReviewApp app, string path)
    {
        await page.GotoAsync(new Uri(app.BaseUri, path).ToString());
        if (!page.Url.Contains("/signin", StringComparison.Ordinal))
        {
            return;
        }

        await page.GetByLabel("Name").FillAsync(ReviewApp.Editor);
        await page.GetByLabel("Password").FillAsync(ReviewApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(path.TrimEnd('/')) + "$|/$"));
    }

    public static async Task ShotAsync(IPage page, string name, string? alsoTo = null)
    {
        Directory.CreateDirectory(Screenshots);
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        if (alsoTo is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(alsoTo)!);
            File.Copy(path, alsoTo, overwrite: true);
        }
    }

    /// <summary>Opens an item's in-place editor the way an editor does: a click on its "Edit".</summary>
    public static async Task<ILocator> OpenEditorAsync(ILocator item)
    {
        var editor = item.Locator("details.editor");
        if (await editor.GetAttributeAsync("open") is null)
        {
            await editor.Locator("summary").ClickAsync();
        }

        await Assertions.Expect(editor.Locator(".panel")).ToBeVisibleAsync();
        return editor;
    }

    public static ILocator Article(IPage page, StoredItem item) => page.Locator($"article[data-key=\"{item.Key}\"]");
}
