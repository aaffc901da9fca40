namespace Bulletin.Core.Inspection;

/// <summary>What Bulletin made of one input of <c>inspect</c>: a feed, a page, or why it could not read it.</summary>
public abstract record Inspected
{
    /// <summary>The input exactly as given (a path or a URL), so output lines can be matched to inputs.</summary>
    public required string Input { get; init; }

    /// <summary>The URL the document was read as: the final URL after redirects, or the file's file:// URI.</summary>
    public Uri? Url { get; init; }

    /// <summary>The HTTP Content-Type of a fetched input; null for local files.</summary>
    public string? ContentType { get; init; }
}

/// <summary>An input that could not be read as a feed or a page, with the reason in words.</summary>
public sealed record InspectionError : Inspected
{
    public required InspectionFailure Failure { get; init; }

    public required string Message { get; init; }
}

/// <summary>Which step an input failed at; <see cref="Unexpected"/> means a bug in Bulletin, not a bad input.</summary>
public enum InspectionFailure
{
    /// <summary>The input names no readable file (missing, a directory with no files, unreadable, an unsupported URL).</summary>
    Input,

    /// <summary>The URL could not be fetched (HTTP error, network error, robots.txt).</summary>
    Fetch,

    /// <summary>The document is neither a feed nor an HTML page (empty, binary, other XML or JSON).</summary>
    Format,

    /// <summary>Reading the document threw where it should not have.</summary>
    Unexpected,
}
