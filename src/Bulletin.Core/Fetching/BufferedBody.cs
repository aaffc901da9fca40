namespace Bulletin.Core.Fetching;

/// <summary>
/// A response body already read within the size limit, as content whose bytes can be taken as they
/// are: reading a <see cref="ByteArrayContent"/> back would copy the whole body again.
/// </summary>
internal sealed class BufferedBody(byte[] bytes) : ByteArrayContent(bytes)
{
    public byte[] Bytes { get; } = bytes;
}
