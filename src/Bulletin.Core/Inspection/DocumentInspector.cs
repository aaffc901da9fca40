using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Extraction.Text;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Inspection;

/// <summary>
/// Reads one document's bytes as the pipeline would: as a feed when the feed reader accepts it,
/// else as an HTML page, classified and attributed as if it came from a source for its host with
/// nothing declared. Never throws for a bad document; the answer says what went wrong. A page is
/// read as fetched now: dates after that are not its publication date.
/// </summary>
public sealed class DocumentInspector(ItemClassifier classifier, TimeProvider clock)
{
    /// <summary>
    /// Reads one document fetched from or saved as <c>url</c>. A feed's relative links resolve
    /// against <c>feedBase</c> when given (the response's Content-Location, which feed readers
    /// honour); pages ignore it, as browsers do.
    /// </summary>
    public Inspected Inspect(string input, byte[] body, string? contentType, Uri url, Uri? feedBase = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            var text = TextDecoder.Decode(body, contentType);
            FeedDocument document;
            try
            {
                document = FeedReader.ReadDocument(text, feedBase ?? url);
            }
            catch (FeedFormatException notFeed)
            {
                return Markup.LooksLikeHtml(text)
                    ? Page(input, text, contentType, url)
                    : Error(input, url, contentType, InspectionFailure.Format, Markup.NeitherFeedNorPage(text, contentType, notFeed.Message));
            }

            return FeedProjection.From(document, input, url, contentType);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Error(input, url, contentType, InspectionFailure.Unexpected, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The source a document is judged against when there is no sources file: its host, nothing declared.</summary>
    public static SourceDefinition SourceFor(Uri url, SourceType type)
    {
        ArgumentNullException.ThrowIfNull(url);
        var name = url.IsFile || url.Host.Length == 0 ? "local file" : url.Host;
        return new SourceDefinition { Id = name, Name = name, Type = type, Url = url };
    }

    internal static InspectionError Error(string input, Uri? url, string? contentType, InspectionFailure failure, string message) =>
        new() { Input = input, Url = url, ContentType = contentType, Failure = failure, Message = message };

    private InspectedPage Page(string input, string html, string? contentType, Uri url)
    {
        var facts = PageReader.Read(html, url, clock.GetUtcNow());
        var evidence = new Evidence(SourceFor(url, SourceType.Html), new Lead { Url = url }, facts);
        return new InspectedPage
        {
            Input = input,
            Url = url,
            ContentType = contentType,
            Facts = facts,
            Classification = classifier.Classify(evidence),
        };
    }
}
