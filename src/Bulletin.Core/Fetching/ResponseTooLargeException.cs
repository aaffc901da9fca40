namespace Bulletin.Core.Fetching;

/// <summary>Raised inside an attempt when a body exceeds <see cref="FetchOptions.MaxResponseBytes"/>; never retried.</summary>
internal sealed class ResponseTooLargeException(long limit) : Exception($"response larger than {FetchErrors.Bytes(limit)}")
{
    public long Limit { get; } = limit;
}
