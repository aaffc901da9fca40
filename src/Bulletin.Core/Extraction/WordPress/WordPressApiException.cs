namespace Bulletin.Core.Extraction.WordPress;

/// <summary>A WordPress REST error answer (<c>{"code": ..., "message": ...}</c>) in place of posts.</summary>
public sealed class WordPressApiException : Exception
{
    public WordPressApiException(string code, string apiMessage, int? status)
        : base($"WordPress API error {code}{(status is { } s ? $" (HTTP {s})" : "")}: {apiMessage}")
    {
        Code = code;
        ApiMessage = apiMessage;
        Status = status;
    }

    /// <summary>The error code, e.g. "rest_post_invalid_page_number" past the last page.</summary>
    public string Code { get; }

    public string ApiMessage { get; }

    /// <summary>The HTTP status WordPress reports in <c>data.status</c>, when given.</summary>
    public int? Status { get; }
}
