using System.Diagnostics;
using Bulletin.Commands;
using Bulletin.Tests.Service;

namespace Bulletin.Tests.Commands;

/// <summary><c>--urls</c> is a global option: before or after the command's name, for serve and demo.</summary>
public sealed class GlobalUrlsTests
{
    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5081", "serve")]
    [InlineData("serve", "--urls", "http://127.0.0.1:5081")]
    [InlineData("--urls", "http://127.0.0.1:5081", "demo")]
    [InlineData("demo", "--urls", "http://127.0.0.1:5081")]
    public void Urls_is_read_before_or_after_the_command_name(string first, string second, string third)
    {
        var parse = BulletinCommandLine.Parse([first, second, third]);
        Assert.Empty(parse.Errors);
        Assert.Equal("http://127.0.0.1:5081", parse.GetValue(GlobalOptions.Urls));
        Assert.Equal(["--urls", "http://127.0.0.1:5081"], GlobalOptions.HostArguments(parse, parse.UnmatchedTokens));
    }

    [Fact]
    public void Without_urls_the_host_gets_only_the_remaining_arguments()
    {
        var parse = BulletinCommandLine.Parse(["serve", "--Bulletin:TimeZone=Etc/UTC"]);
        Assert.Null(parse.GetValue(GlobalOptions.Urls));
        Assert.Equal(["--Bulletin:TimeZone=Etc/UTC"], GlobalOptions.HostArguments(parse, parse.UnmatchedTokens));
    }

    [Fact]
    public async Task Serve_listens_on_urls_given_before_the_command_name()
    {
        await using var site = await ServiceSite.StartAsync();
        var port = ServiceSite.FreePort();
        var (process, output) = ServiceSite.Start(["--urls", $"http://127.0.0.1:{port}", "serve"], site.Environment());
        using (process)
        using (var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) })
        {
            try
            {
                Assert.True(await AnswersAsync(client, process), $"serve did not answer on port {port}:\n{output()}");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient client, Process process)
    {
        for (var i = 0; i < 600 && !process.HasExited; i++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }
}
