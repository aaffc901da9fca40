using Polly;

namespace Bulletin.Core.Fetching;

/// <summary>
/// Sends one GET (one redirect hop) through the host's retry and breaker pipeline. Each attempt waits at the
/// host gate, then runs under the attempt timeout; successful bodies are read inside the attempt so slow or
/// broken bodies are retried and oversize ones stop early.
/// </summary>
internal sealed class ResilientSender(IHttpClientFactory clients, HostGate gate, HostPipelines pipelines, FetchOptions options)
{
    /// <summary>The final response of the hop, its body (if 2xx) already buffered. Counts attempts on <paramref name="hop"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(Hop hop, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HostPipelines.UrlKey, hop.Url);
        try
        {
            return await pipelines.For(Origin.Of(hop.Url)).ExecuteAsync(
                static (ctx, state) => state.Self.AttemptAsync(state.Hop, ctx.CancellationToken),
                context,
                (Self: this, Hop: hop));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(Hop hop, CancellationToken cancellationToken)
    {
        hop.Attempts++;
        using var lease = await gate.EnterAsync(hop.Url, hop.CrawlDelay, cancellationToken);
        return await pipelines.AttemptTimeout.ExecuteAsync(
            static (state, token) => state.Self.SendOnceAsync(state.Hop, token),
            (Self: this, Hop: hop),
            cancellationToken);
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(Hop hop, CancellationToken cancellationToken)
    {
        using var request = OutgoingRequest.Get(hop.Url, options, hop.Conditions);
        var client = clients.CreateClient(FetchClients.Name(hop.Reach));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            if (response.IsSuccessStatusCode)
            {
                await BufferAsync(response, cancellationToken);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw new ResponseTooLargeException(limit);
        }

        var (bytes, truncated) = await ResponseBody.ReadAsync(response.Content, limit, cancellationToken);
        if (truncated)
        {
            throw new ResponseTooLargeException(limit);
        }

        var buffered = new BufferedBody(bytes);
        foreach (var header in response.Content.Headers)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content.Dispose();
        response.Content = buffered;
    }
}

/// <summary>One URL in a redirect chain and the attempts spent on it.</summary>
internal sealed class Hop(Uri url, FetchRequest conditions, TimeSpan? crawlDelay, AddressKind reach)
{
    /// <summary>The special kind of address this hop may connect to besides public ones.</summary>
    public AddressKind Reach { get; } = reach;

    public Uri Url { get; } = url;

    public FetchRequest Conditions { get; } = conditions;

    public TimeSpan? CrawlDelay { get; } = crawlDelay;

    public int Attempts { get; set; }
}
