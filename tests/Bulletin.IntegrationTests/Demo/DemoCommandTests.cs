using System.Net;
using System.Text.Json;
using Bulletin.Tests.Review;

namespace Bulletin.Tests.Demo;

/// <summary>The <c>demo</c> command end to end: sample web, collection, draft, review pages, Ctrl+C.</summary>
public sealed class DemoCommandTests
{
    // The sample web's items (Demo/web in the app): five statements, two reports, and a news round-up left out.
    private static readonly (string Section, string Title, string Issuer)[] Expected =
    [
        ("Statements and Press Releases", "Statement on the shelling of schools in the hill townships", "Lantern Human Rights Group"),
        ("Statements and Press Releases", "Joint statement calling for the release of detained aid workers", "Riverbank Women's Network, Teak Coast Youth Union, Hill Country Teachers' Association and Open Road Legal Clinic"),
        ("Statements and Press Releases", "Statement on forced recruitment in the river villages", "Riverbank Women's Network"),
        ("Statements and Press Releases", "Statement on the raid on our legal aid office", "Delta Legal Aid Centre"),
        ("Statements and Press Releases", "ရွာများ မီးရှို့ခံရမှုအပေါ် ထုတ်ပြန်ချက်", "Golden Valley Youth Network"),
        ("Reports", "Report: Arbitrary detention in the delta, January to April", "Delta Legal Aid Centre"),
        ("Reports", "Health services under attack: a monitoring report", "Border Health Monitor"),
    ];

    private const string LeftOut = "Weekly round-up: news from the hill townships";

    [Fact]
    public async Task Demo_drafts_its_sample_week_serves_it_to_the_printed_editor_and_Ctrl_C_removes_its_data()
    {
        await using var demo = await DemoRun.StartAsync();

        // The draft it wrote: every sample item in its section with its issuer, the news item left out.
        using (var draft = JsonDocument.Parse(await File.ReadAllTextAsync(demo.DraftJson)))
        {
            var items = draft.RootElement.GetProperty("sections").EnumerateArray()
                .SelectMany(s => s.GetProperty("items").EnumerateArray().Select(i => (
                    Section: s.GetProperty("title").GetString()!,
                    Title: i.GetProperty("title").GetString()!,
                    Issuer: i.GetProperty("issuer").GetString()!)))
                .ToList();
            Assert.Equal(Expected.OrderBy(e => e.Title, StringComparer.Ordinal), items.OrderBy(e => e.Title, StringComparer.Ordinal));
            Assert.DoesNotContain(items, i => i.Title == LeftOut);
            Assert.All(draft.RootElement.GetProperty("sources").EnumerateArray(), s => Assert.Equal("Ok", s.GetProperty("status").GetString(), ignoreCase: true));
        }

        // The review page, signed in with the printed user and password.
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = demo.BaseUri };
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri(demo.DraftPath, UriKind.Relative))).StatusCode);
        var token = ReviewApp.Token(await client.GetStringAsync(new Uri("/signin", UriKind.Relative)));
        var signIn = await client.PostAsync(new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = demo.User,
            ["password"] = demo.Password,
            ["returnUrl"] = demo.DraftPath,
        }));
        Assert.True(signIn.StatusCode == HttpStatusCode.SeeOther, $"sign-in answered {signIn.StatusCode}:\n{demo.Output}");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(demo.DraftPath, UriKind.Relative)));
        Assert.Contains("Signed in as " + demo.User, page, StringComparison.Ordinal);
        foreach (var (_, title, issuer) in Expected)
        {
            Assert.Contains(title, page, StringComparison.Ordinal);
            Assert.Contains(issuer, page, StringComparison.Ordinal);
        }

        // Ctrl+C: a clean stop, the throwaway data gone, nothing written where it was started.
        Assert.True(Directory.Exists(demo.DataFolder), demo.DataFolder);
        await demo.InterruptAsync();
        Assert.True(demo.Process.ExitCode == 0, $"exit code {demo.Process.ExitCode}:\n{demo.Output}");
        Assert.False(Directory.Exists(demo.DataFolder), $"{demo.DataFolder} is still there:\n{demo.Output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(demo.WorkingDirectory));
    }
}
