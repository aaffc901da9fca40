using System.Buffers;

namespace Bulletin.Core.Fetching;

/// <summary>Reads a response body without ever holding more than a set number of bytes.</summary>
internal static class ResponseBody
{
    private const int FirstBuffer = 16 * 1024;

    /// <summary>Reads up to <paramref name="limit"/> bytes; <c>Truncated</c> says the body had more.</summary>
    public static async Task<(byte[] Bytes, bool Truncated)> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        // Content-Length cannot be trusted for compressed bodies, so the limit is enforced on the bytes actually
        // read; the length only sizes the first buffer (one byte over, so the read that finds the end has room).
        // The buffer is pooled and grows by doubling: the only array the body costs is the one handed back.
        var most = (int)Math.Min(limit + 1, Array.MaxLength);
        var first = content.Headers.ContentLength is > 0 and var length && length < most ? (int)length + 1 : FirstBuffer;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(first, most));
        var filled = 0;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            while (true)
            {
                if (filled == buffer.Length && filled >= most)
                {
                    // A limit past the largest array: what fits is all that is kept.
                    return (buffer.AsSpan(0, filled).ToArray(), true);
                }

                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, most));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var wanted = Math.Min(buffer.Length, most) - filled;
                var read = await stream.ReadAsync(buffer.AsMemory(filled, wanted), cancellationToken);
                if (read == 0)
                {
                    return (buffer.AsSpan(0, filled).ToArray(), false);
                }

                filled += read;
                if (filled > limit)
                {
                    return (buffer.AsSpan(0, (int)limit).ToArray(), true);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
