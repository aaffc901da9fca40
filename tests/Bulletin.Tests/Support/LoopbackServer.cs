using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulletin.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 with an ephemeral port, for tests whose behaviour depends on HTTP.
/// Every request is recorded (method, path and query, selected headers) before the handler runs,
/// and its response (status, declared length) after.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    /// <summary>http://127.0.0.1:PORT/ (with a trailing slash).</summary>
    public Uri BaseUri { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers in the order they finished; Bytes is the Content-Length the handler declared (0 when none).</summary>
    public ConcurrentQueue<RecordedResponse> Responses { get; } = new();

    /// <summary>An absolute URL on this server.</summary>
    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Use(async (context, next) =>
        {
            server!.Requests.Enqueue(RecordedRequest.From(context.Request));
            await next(context);
            server.Responses.Enqueue(new RecordedResponse(context.Request.Path + context.Request.QueryString, context.Response.StatusCode, context.Response.ContentLength ?? 0));
        });
        app.Run(handler);
        await app.StartAsync();
        var address = app.Urls.First();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>
    /// Serves files under <paramref name="root"/>: "/a/b/" maps to a/b/index.html (or index.xml),
    /// "/a/b.xml" to a/b.xml. "{{BASE}}" in text files becomes this server's base URL without the
    /// trailing slash, so fixtures can carry absolute links; other placeholders come from <paramref name="replacements"/>; pages (paths ending in "/") wait <paramref name="pageDelay"/> first.
    /// Every answer carries an ETag and a matching If-None-Match gets a 304, as most real servers do.
    /// </summary>
    public static Task<LoopbackServer> ServeDirectoryAsync(string root, IReadOnlyDictionary<string, string>? replacements = null, TimeSpan? pageDelay = null)
    {
        LoopbackServer? self = null;
        var task = StartAsync(async context =>
        {
            if (pageDelay is { } delay && context.Request.Path.Value?.EndsWith('/') == true)
            {
                await Task.Delay(delay, context.RequestAborted);
            }

            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            var file = FixtureFile(root, path);
            if (file is null)
            {
                context.Response.StatusCode = 404;
                return;
            }

            var body = await File.ReadAllBytesAsync(file);
            if (!file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF').Replace("{{BASE}}", self!.BaseUri.ToString().TrimEnd('/'), StringComparison.Ordinal);
                foreach (var (placeholder, value) in replacements ?? new Dictionary<string, string>())
                {
                    text = text.Replace(placeholder, value, StringComparison.Ordinal);
                }

                body = Encoding.UTF8.GetBytes(text);
            }

            var etag = $"\"{Convert.ToHexString(SHA256.HashData(body), 0, 8)}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.ContentType = ContentType(file);
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        return task.ContinueWith(t => self = t.Result, TaskScheduler.Default);
    }

    private static string? FixtureFile(string root, string path)
    {
        var candidates = path.Length == 0 || path.EndsWith('/')
            ? new[] { Path.Combine(root, path, "index.html"), Path.Combine(root, path, "index.xml"), Path.Combine(root, path, "index.json") }
            : new[] { Path.Combine(root, path) };
        return candidates.FirstOrDefault(File.Exists);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".xml" => "application/xml; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One request as the loopback server saw it.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince)
{
    public static RecordedRequest From(HttpRequest request) => new(
        request.Method,
        request.Path + request.QueryString,
        request.Headers.UserAgent.ToString(),
        request.Headers.IfNoneMatch.Count > 0 ? request.Headers.IfNoneMatch.ToString() : null,
        request.Headers.IfModifiedSince.Count > 0 ? request.Headers.IfModifiedSince.ToString() : null);
}

/// <summary>One answer as the loopback server sent it.</summary>
public sealed record RecordedResponse(string PathAndQuery, int Status, long Bytes);
