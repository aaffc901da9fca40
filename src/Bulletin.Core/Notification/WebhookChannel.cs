using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Notification;

/// <summary>POSTs the notice as JSON (camelCase) to <c>Bulletin:Notify:Webhook:Url</c>; a non-2xx answer is a failure.</summary>
public sealed class WebhookChannel(IHttpClientFactory clients, IOptions<NotifyOptions> options) : INoticeChannel
{
    public const string HttpClientName = "notify";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "webhook";

    public bool Enabled => options.Value.Webhook.Enabled;

    public async Task SendAsync(Notice notice, CancellationToken ct)
    {
        var webhook = options.Value.Webhook;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(webhook.Timeout);
        var client = clients.CreateClient(HttpClientName);
        using var response = await client.PostAsJsonAsync(new Uri(webhook.Url!), notice, Json, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
