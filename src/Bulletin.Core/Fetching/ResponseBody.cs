namespace Bulletin.Core.Fetching;

/// <summary>Reads a response body without ever holding more than a set number of bytes.</summary>
internal static class ResponseBody
{
    /// <summary>Reads up to <paramref name="limit"/> bytes; <c>Truncated</c> says the body had more.</summary>
    public static async Task<(byte[] Bytes, bool Truncated)> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        // Content-Length cannot be trusted for compressed bodies, so the limit is enforced on the bytes actually read.
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return (buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (buffer.GetBuffer().AsSpan(0, (int)limit).ToArray(), true);
            }
        }
    }
}
