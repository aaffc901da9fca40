using System.IO.Compression;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Fetching;

/// <summary>
/// Bodies are read into a pooled buffer that grows as they arrive: every byte comes back, in order,
/// whether or not the server declared a length, and the size limit holds on what was actually read.
/// </summary>
public sealed class FetcherBodyTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(16 * 1024, false)]
    [InlineData(16 * 1024 + 1, false)]
    [InlineData(300_000, false)]
    [InlineData(300_000, true)]
    public async Task Every_byte_of_a_body_within_the_limit_comes_back_in_order(int length, bool declareLength)
    {
        var body = Pattern(length);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (declareLength)
            {
                context.Response.ContentLength = body.Length;
            }

            // In pieces, so the reader meets partial reads and grows its buffer more than once.
            for (var at = 0; at < body.Length; at += 7000)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(at, Math.Min(7000, body.Length - at)));
                await context.Response.Body.FlushAsync();
            }
        });
        using var host = FetchHost.Create("MaxResponseBytes=307200");

        var result = await host.FetchAsync(server.Url("/body"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(body, result.Body);
        Assert.Equal(length, result.Bytes);
    }

    [Fact]
    public async Task A_compressed_body_that_unpacks_past_the_limit_is_refused_whatever_its_length_says()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(new byte[64 * 1024]);
        }

        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = packed.Length;
            await context.Response.Body.WriteAsync(packed.ToArray());
        });
        using var host = FetchHost.Create("MaxResponseBytes=20480");

        var result = await host.FetchAsync(server.Url("/bomb"));

        Assert.False(result.IsSuccess);
        Assert.Equal("response larger than 20 KiB", result.Error);
    }

    private static byte[] Pattern(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        return bytes;
    }
}
