using System.Text.Json;
using Bulletin.Core.Notification;
using Bulletin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Notification;

/// <summary>The webhook channel against a real HTTP receiver on 127.0.0.1.</summary>
public sealed class WebhookChannelTests
{
    [Fact]
    public async Task A_draft_ready_notice_is_posted_as_json_naming_the_window_counts_and_sources()
    {
        string? body = null;
        string? contentType = null;
        await using var receiver = await LoopbackServer.StartAsync(async context =>
        {
            contentType = context.Request.ContentType;
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync();
            context.Response.StatusCode = 204;
        });

        var delivered = await NotifierFor(receiver.Url("hook").AbsoluteUri).SendAsync(NoticeSamples.DraftReady(), CancellationToken.None);

        Assert.Equal(1, delivered);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body!).RootElement;
        Assert.Equal("draft-ready", json.GetProperty("event").GetString());
        Assert.Equal("2022-01-08", json.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2022-01-14", json.GetProperty("window").GetProperty("to").GetString());
        Assert.Equal(1, json.GetProperty("counts").GetProperty("Statements").GetInt32());
        Assert.Equal(1, json.GetProperty("items").GetInt32());
        Assert.Equal("nug", Assert.Single(json.GetProperty("sourcesNeedingAttention").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("/data/drafts/2022-01-14", json.GetProperty("draftPath").GetString());
    }

    [Fact]
    public async Task A_receiver_that_fails_is_logged_and_does_not_throw()
    {
        await using var receiver = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        var delivered = await NotifierFor(receiver.Url("hook").AbsoluteUri).SendAsync(NoticeSamples.DraftReady(), CancellationToken.None);

        Assert.Equal(0, delivered);
        Assert.Single(receiver.Requests);
    }

    private static Notifier NotifierFor(string url)
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = Options.Create(new NotifyOptions { Webhook = new WebhookOptions { Url = url } });
        var channels = new INoticeChannel[] { new WebhookChannel(services.GetRequiredService<IHttpClientFactory>(), options), new SmtpChannel(options) };
        return new Notifier(channels, NullLogger<Notifier>.Instance);
    }
}
