using System.Net;
using Bulletin.Review;

namespace Bulletin.Tests.Review;

/// <summary>Sessions, sign-in throttling and where sign-in sends an editor, over real HTTP against the running service.</summary>
public sealed class ReviewSessionTests : IAsyncLifetime
{
    private ReviewApp app = null!;

    public async Task InitializeAsync() => app = await ReviewApp.StartAsync(allowPrivateAddresses: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_saved_cookie()
    {
        var jar = new CookieContainer();
        using var client = app.Client(jar);
        await ReviewApp.SignInAsync(client);
        var saved = jar.GetCookieHeader(app.BaseUri);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ReviewApp.Week)).StatusCode);

        var signedOut = await ReviewApp.PostFormAsync(client, ReviewApp.Week, "/signout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);

        using var replay = WithCookie(saved);
        var response = await replay.GetAsync(ReviewApp.Week);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_change_or_a_removed_editor_ends_their_sessions()
    {
        var jar = new CookieContainer();
        using var client = app.Client(jar);
        await ReviewApp.SignInAsync(client);
        var saved = jar.GetCookieHeader(app.BaseUri);

        app = await app.RestartAsync(new Dictionary<string, string?> { ["Bulletin__Review__Editors__0__PasswordHash"] = EditorAccounts.Hash("a new password") });
        using (var replay = WithCookie(saved))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync(ReviewApp.Week)).StatusCode);
        }

        var secondJar = new CookieContainer();
        using var again = app.Client(secondJar);
        Assert.Equal(HttpStatusCode.SeeOther, (await ReviewApp.SignInAsync(again, "a new password")).StatusCode);
        var second = secondJar.GetCookieHeader(app.BaseUri);
        app = await app.RestartAsync(new Dictionary<string, string?> { ["Bulletin__Review__Editors__0__Name"] = "Someone Else" });
        using var removed = WithCookie(second);
        Assert.Equal(HttpStatusCode.Redirect, (await removed.GetAsync(ReviewApp.Week)).StatusCode);
    }

    [Fact]
    public async Task Many_wrong_passwords_lock_the_account_and_the_client_with_a_clear_message()
    {
        using var client = app.Client();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 30; i++)
        {
            var wrong = await ReviewApp.SignInAsync(client, $"guess {i}");
            if (wrong.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = wrong;
                break;
            }

            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        Assert.NotNull(refused);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);

        var right = await ReviewApp.SignInAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(ReviewApp.Week)).StatusCode);
    }

    [Theory]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\r\nSet-Cookie: stolen=1")]
    [InlineData("/drafts/\u00e9t\u00e9")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task A_return_url_that_could_leave_the_site_sends_the_editor_to_the_start_page(string returnUrl)
    {
        using var client = app.Client();
        var token = ReviewApp.Token(await client.GetStringAsync("/signin"));

        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = ReviewApp.Editor,
            ["password"] = ReviewApp.Password,
            ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_with_a_query_is_kept()
    {
        using var client = app.Client();
        var token = ReviewApp.Token(await client.GetStringAsync("/signin"));
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = ReviewApp.Editor,
            ["password"] = ReviewApp.Password,
            ["returnUrl"] = ReviewApp.Week + "/v/1?x=%20y#top",
        }));

        Assert.Equal(ReviewApp.Week + "/v/1?x=%20y#top", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_status_page_is_for_editors_and_the_health_endpoints_for_anyone()
    {
        using var anonymous = app.Client();
        var status = await anonymous.GetAsync("/status");
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        Assert.StartsWith("/signin", status.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await anonymous.GetAsync("/health/ready")).StatusCode);

        using var editor = app.Client();
        await ReviewApp.SignInAsync(editor);
        var page = await editor.GetStringAsync("/status");
        Assert.Contains("broken-site", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/drafts/0001-01-01/0001-01-07")]
    [InlineData("/drafts/9999-12-25/9999-12-31")]
    [InlineData("/drafts/0001-01-01/0001-01-07/v/1.md")]
    public async Task A_week_at_the_ends_of_the_calendar_is_not_found(string path)
    {
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    private HttpClient WithCookie(string cookie)
    {
        var replay = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseUri };
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        return replay;
    }
}
