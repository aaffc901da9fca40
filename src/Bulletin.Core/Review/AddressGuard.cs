using System.Net;
using System.Net.Sockets;

namespace Bulletin.Core.Review;

/// <summary>
/// Keeps editor-supplied URLs off the service's own network: loopback, private, shared (CGNAT),
/// link-local, unique-local, multicast and unspecified addresses are refused unless allowed.
/// </summary>
public sealed class AddressGuard(bool allowPrivate)
{
    /// <summary>Why <paramref name="address"/> may not be reached, or null when it may.</summary>
    public string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return allowPrivate ? null : Describe(address) is { } kind ? $"{address} is a {kind} address" : null;
    }

    /// <summary>Resolves the host and refuses it when any address it resolves to is refused.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(url.IdnHost, ct);
        }
        catch (SocketException e)
        {
            return $"{url.Host} does not resolve ({e.SocketErrorCode})";
        }

        return addresses.Select(Refusal).FirstOrDefault(r => r is not null) is { } refusal ? $"{url.Host}: {refusal}" : null;
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that checks the addresses it is about to
    /// connect to, so a name that resolves differently at connect time (DNS rebinding) or a redirect
    /// to a private host is refused too.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endpoint.Host, ct);
        if (addresses.Select(Refusal).FirstOrDefault(r => r is not null) is { } refusal)
        {
            throw new HttpRequestException($"refused to connect to {endpoint.Host}: {refusal} (set Bulletin:Review:AllowPrivateAddresses to allow)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The kind of non-public address, or null for a public one.</summary>
    public static string? Describe(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => "unspecified",
                127 => "loopback",
                10 => "private",
                172 when b[1] is >= 16 and <= 31 => "private",
                192 when b[1] == 168 => "private",
                100 when b[1] is >= 64 and <= 127 => "shared (carrier-grade NAT)",
                169 when b[1] == 254 => "link-local",
                >= 224 => "multicast or reserved",
                _ => null,
            };
        }

        var bytes = address.GetAddressBytes();
        return address switch
        {
            _ when address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any) => "unspecified",
            _ when IPAddress.IsLoopback(address) => "loopback",
            _ when (bytes[0] & 0xFE) == 0xFC => "unique-local (private)",
            _ when address.IsIPv6LinkLocal => "link-local",
            _ when address.IsIPv6SiteLocal => "site-local (private)",
            _ when address.IsIPv6Multicast => "multicast",
            _ => null,
        };
    }

    // A literal address needs no lookup; Dns would resolve it to itself anyway, but not for every platform's spelling.
    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
}
