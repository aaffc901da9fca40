using System.Net;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Review;

/// <summary>The review pages over real HTTP against the running service: sign-in, CSRF, escaping, SSRF and approval.</summary>
public sealed class ReviewPagesTests : IAsyncLifetime
{
    private ReviewApp app = null!;

    public async Task InitializeAsync() => app = await ReviewApp.StartAsync(allowPrivateAddresses: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Pages_need_a_signed_in_editor_and_a_wrong_password_is_refused()
    {
        using var client = app.Client();
        var anonymous = await client.GetAsync(ReviewApp.Week);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var wrong = await ReviewApp.SignInAsync(client, "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(ReviewApp.Week)).StatusCode);

        var right = await ReviewApp.SignInAsync(client);
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        Assert.Equal(ReviewApp.Week, right.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync(ReviewApp.Week);
        Assert.Contains("Statement on the airstrike in Sagaing", page, StringComparison.Ordinal);
        Assert.Contains("Signed in as Aye Aye", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusted_proxy_header_signs_the_editor_in()
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, ReviewApp.Week);
        request.Headers.Add("X-Test-Proxy-User", "Proxy Editor");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Signed in as Proxy Editor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected_and_changes_nothing()
    {
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var forged = await client.PostAsync(ReviewApp.Week + "/decisions", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = ReviewApp.Statement.Key,
            ["field"] = DecisionFields.Title,
            ["value"] = "Forged title",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var approve = await client.PostAsync(ReviewApp.Week + "/approve", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, approve.StatusCode);

        var page = await client.GetStringAsync(ReviewApp.Week);
        Assert.DoesNotContain("Forged title", page, StringComparison.Ordinal);
        Assert.Contains("not approved yet", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_with_a_script_tag_shows_as_text()
    {
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var page = await client.GetStringAsync(ReviewApp.Week);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Joint press release", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_loopback_url_is_refused_when_private_addresses_are_not_allowed()
    {
        await using var site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Review", "site"));
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var response = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/add", new Dictionary<string, string> { ["url"] = site.Url("/statements/added.html").ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("127.0.0.1 is a loopback address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Adding_an_address_from_the_special_purpose_registries_is_refused_with_its_kind()
    {
        await using var site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Review", "site"));
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var port = site.BaseUri.Port;
        foreach (var (host, kind) in new[] { ("[::127.0.0.1]", "loopback"), ("[64:ff9b::7f00:1]", "loopback"), ("[2002:7f00:1::1]", "loopback"), ("198.18.0.1", "benchmarking") })
        {
            var response = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/add", new Dictionary<string, string> { ["url"] = $"http://{host}:{port}/statements/added.html" });

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("refused: ", page, StringComparison.Ordinal);
            Assert.Contains($"is a {kind} address", page, StringComparison.Ordinal);
        }

        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Approving_twice_numbers_the_versions_and_tells_what_changed()
    {
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var first = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(ReviewApp.Week + "/v/1", first.Headers.Location!.OriginalString);

        var decided = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/decisions", new Dictionary<string, string>
        {
            ["key"] = ReviewApp.Statement.Key,
            ["field"] = DecisionFields.Title,
            ["value"] = "Statement on the Sagaing airstrike, corrected",
        });
        Assert.Equal(HttpStatusCode.SeeOther, decided.StatusCode);
        await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/decisions", new Dictionary<string, string>
        {
            ["key"] = ReviewApp.Report.Key,
            ["field"] = DecisionFields.Included,
            ["value"] = "false",
        });

        var draft = await client.GetStringAsync(ReviewApp.Week);
        Assert.Contains("What changed since you last looked (version 1)", draft, StringComparison.Ordinal);
        Assert.Contains("Removed: Displacement report for April", draft, StringComparison.Ordinal);

        var second = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/approve", new Dictionary<string, string>());
        Assert.Equal(ReviewApp.Week + "/v/2", second.Headers.Location!.OriginalString);
        var version = await client.GetStringAsync(ReviewApp.Week + "/v/2");
        Assert.Contains("Changes from version 1", version, StringComparison.Ordinal);
        Assert.Contains("Changed: title “Statement on the airstrike in Sagaing” → “Statement on the Sagaing airstrike, corrected”", version, StringComparison.Ordinal);
        Assert.Contains("Removed: Displacement report for April", version, StringComparison.Ordinal);

        var markdown = await client.GetStringAsync(ReviewApp.Week + "/v/2.md");
        Assert.Contains("Statement on the Sagaing airstrike, corrected", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Displacement report", markdown, StringComparison.Ordinal);
        var v1 = await client.GetStringAsync(ReviewApp.Week + "/v/1.txt");
        Assert.Contains("Displacement report for April", v1, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(ReviewApp.Week + "/v/1.wphtml")).StatusCode);

        // Who decided, and when, is kept with the decision.
        await using var store = await Store.OpenAsync(app.DatabasePath);
        var history = await store.DecisionHistoryAsync(ReviewApp.Statement.Key);
        Assert.Equal(ReviewApp.Editor, Assert.Single(history).Editor);
    }

    [Fact]
    public async Task The_version_page_frames_the_approved_html_and_the_frame_may_run_no_script()
    {
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var confirm = await client.GetAsync(ReviewApp.Week + "/approve");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Approve version 1?", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("not approved yet", await client.GetStringAsync(ReviewApp.Week), StringComparison.Ordinal);
        await ReviewApp.PostFormAsync(client, ReviewApp.Week + "/approve", ReviewApp.Week + "/approve", new Dictionary<string, string>());

        var page = await client.GetAsync(ReviewApp.Week + "/v/1");
        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains($"<iframe class=\"bulletin\" src=\"{ReviewApp.Week}/v/1.html\" sandbox=\"\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var framed = await client.GetAsync(ReviewApp.Week + "/v/1.html");
        var framedPolicy = string.Join(" ", framed.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("sandbox;", framedPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", framedPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", framedPolicy, StringComparison.Ordinal);
        await using var store = await Store.OpenAsync(app.DatabasePath);
        var approved = await store.DraftVersionAsync(new DateOnly(2025, 5, 5), new DateOnly(2025, 5, 11), 1);
        Assert.Equal(approved!.Html, await framed.Content.ReadAsStringAsync());
    }
}
