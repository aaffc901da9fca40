namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Thrown when a document is not a feed at all (an HTML page, an error body, an empty response).</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException()
    {
    }

    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
