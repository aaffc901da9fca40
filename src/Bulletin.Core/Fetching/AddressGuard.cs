using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Bulletin.Core.Fetching;

/// <summary>
/// Keeps fetches on the open web. A fetch may reach public addresses and, when the document it
/// started from (a source's own URL) is itself on a special-purpose address, addresses of that same
/// kind: an intranet source may read its intranet, a loopback fixture its loopback, but nothing a
/// public feed points to reaches the service's own network. Checked as each connection is made
/// (<see cref="ConnectFor"/>), so a redirect, a second DNS answer (rebinding) or robots.txt cannot
/// get round it. <c>Bulletin:Fetch:AllowPrivateAddresses</c> opens everything.
/// </summary>
public sealed class AddressGuard(bool allowAll, TimeProvider time)
{
    /// <summary>The setting that lifts the guard, named in every refusal.</summary>
    public const string Setting = FetchOptions.SectionName + ":AllowPrivateAddresses";

    // An origin's kind is looked up once a minute, not at every fetch of its pages.
    private static readonly TimeSpan ReachLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (AddressKind Kind, long At)> reaches = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when every address may be reached.</summary>
    public bool AllowsAll => allowAll;

    /// <summary>Why <paramref name="address"/> may not be reached by a fetch that may reach <paramref name="reach"/>, or null when it may.</summary>
    public string? Refusal(IPAddress address, AddressKind reach)
    {
        ArgumentNullException.ThrowIfNull(address);
        var kind = SpecialAddresses.KindOf(address);
        return allowAll || kind == AddressKind.Public || kind == reach ? null : $"{address} is {SpecialAddresses.Words(kind)}";
    }

    /// <summary>
    /// The special kind a fetch that started at <paramref name="origin"/> may reach: the kind of the
    /// origin's own address, or <see cref="AddressKind.Public"/> (nothing special) when it is public or does not resolve.
    /// </summary>
    public async Task<AddressKind> ReachOfAsync(Uri origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (allowAll)
        {
            return AddressKind.Public;
        }

        if (reaches.TryGetValue(origin.IdnHost, out var known) && time.GetElapsedTime(known.At) < ReachLifetime)
        {
            return known.Kind;
        }

        AddressKind kind;
        try
        {
            kind = (await ResolveAsync(origin.IdnHost, ct)).Select(SpecialAddresses.KindOf).FirstOrDefault(k => k != AddressKind.Public);
        }
        catch (SocketException)
        {
            kind = AddressKind.Public;
        }

        reaches[origin.IdnHost] = (kind, time.GetTimestamp());
        return kind;
    }

    /// <summary>Resolves the host and refuses it when any address it resolves to is refused for <paramref name="reach"/>.</summary>
    public async Task<string?> RefusalAsync(Uri url, AddressKind reach, CancellationToken ct)
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

        return addresses.Select(a => Refusal(a, reach)).FirstOrDefault(r => r is not null) is { } refusal ? $"{url.Host}: {refusal}" : null;
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> for fetches that may reach <paramref name="reach"/>:
    /// it checks the addresses it is about to connect to and refuses the connection before anything is sent.
    /// </summary>
    public Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectFor(AddressKind reach) =>
        (context, ct) => ConnectAsync(context, reach, ct);

    /// <summary>True when <paramref name="exception"/> (or what it wraps) is this guard's refusal.</summary>
    public static bool IsRefusal(Exception exception, out string? message)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AddressRefusedException refused)
            {
                message = refused.Message;
                return true;
            }
        }

        message = null;
        return false;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, AddressKind reach, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endpoint.Host, ct);
        if (addresses.Select(a => Refusal(a, reach)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            throw new AddressRefusedException($"refused to connect to {endpoint.Host}: {refusal} (set {Setting} to allow)");
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

    // A literal address needs no lookup; Dns would resolve it to itself anyway, but not for every platform's spelling.
    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
}

/// <summary>A connection the <see cref="AddressGuard"/> refused; no retry changes the answer.</summary>
public sealed class AddressRefusedException(string message) : Exception(message);
