using System.Runtime.CompilerServices;
using Bulletin.Core.Classification;
using Bulletin.Core.Fetching;

namespace Bulletin.Core.Inspection;

/// <summary>
/// Reads inputs of <c>inspect</c> (local files or http(s) URLs, fetched through the pipeline's
/// fetcher) and says what Bulletin extracts from each, one answer per input, never throwing for one.
/// </summary>
public sealed class Inspector(Fetcher fetcher, ItemClassifier classifier, TimeProvider clock)
{
    // Feeds, pages and the preferred fallbacks; the fetcher's per-host gate keeps parallel fetches polite.
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.8";

    private const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly DocumentInspector documents = new(classifier, clock);

    /// <summary>
    /// The answers in input order, while up to <see cref="InspectionOptions.Concurrency"/> inputs are
    /// read at once; an answer is handed out as soon as it and every earlier one are done.
    /// </summary>
    public async IAsyncEnumerable<Inspected> InspectAllAsync(IEnumerable<string> inputs, InspectionOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        var inFlight = new Queue<Task<Inspected>>();
        foreach (var input in inputs)
        {
            if (inFlight.Count == options.Concurrency)
            {
                yield return await inFlight.Dequeue();
            }

            inFlight.Enqueue(Task.Run(() => InspectAsync(input, options, ct), ct));
        }

        while (inFlight.Count > 0)
        {
            yield return await inFlight.Dequeue();
        }
    }

    public async Task<Inspected> InspectAsync(string input, InspectionOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return InspectionInputs.AsUrl(input) is { } url ? await FetchAsync(input, url, ct) : await ReadFileAsync(input, options, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return DocumentInspector.Error(input, null, null, InspectionFailure.Unexpected, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<Inspected> FetchAsync(string input, Uri url, CancellationToken ct)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return DocumentInspector.Error(input, url, null, InspectionFailure.Input, $"unsupported URL scheme '{url.Scheme}'; give an http(s) URL or a file path");
        }

        var result = await fetcher.FetchAsync(new FetchRequest(url) { Accept = Accept }, ct);
        return result.IsSuccess
            ? documents.Inspect(input, result.Body, result.ContentType, result.FinalUrl, result.BaseUrl)
            : DocumentInspector.Error(input, result.FinalUrl, result.ContentType, InspectionFailure.Fetch, result.Error!);
    }

    private async Task<Inspected> ReadFileAsync(string input, InspectionOptions options, CancellationToken ct)
    {
        if (Directory.Exists(input))
        {
            return DocumentInspector.Error(input, null, null, InspectionFailure.Input, "a directory with no files in it");
        }

        if (!File.Exists(input))
        {
            return DocumentInspector.Error(input, null, null, InspectionFailure.Input, "no such file (and not an http(s) URL)");
        }

        var path = Path.GetFullPath(input);
        if (new FileInfo(path).Length > MaxFileBytes)
        {
            return DocumentInspector.Error(input, null, null, InspectionFailure.Input, $"larger than {MaxFileBytes / (1024 * 1024)} MiB; no feed or page is that big");
        }

        byte[] body;
        try
        {
            body = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DocumentInspector.Error(input, null, null, InspectionFailure.Input, $"cannot read the file: {e.Message}");
        }

        // A local file has no HTTP header: its charset comes from the document itself.
        return documents.Inspect(input, body, contentType: null, options.UrlFor(path));
    }
}
