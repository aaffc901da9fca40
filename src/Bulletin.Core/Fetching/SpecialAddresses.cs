using System.Net;
using System.Net.Sockets;

namespace Bulletin.Core.Fetching;

/// <summary>
/// The IANA special-purpose address registries (IPv4 and IPv6) as a table, plus the IPv6 forms that
/// carry an IPv4 address inside them (mapped, compatible, NAT64, 6to4), which are judged by the
/// address they carry. Blocks the registries mark globally reachable (AS112, AMT, …) are left public.
/// </summary>
public static class SpecialAddresses
{
    private static readonly (IPNetwork Block, AddressKind Kind)[] V4 =
    [
        (Net("0.0.0.0/8"), AddressKind.Unspecified),
        (Net("10.0.0.0/8"), AddressKind.Private),
        (Net("100.64.0.0/10"), AddressKind.Shared),
        (Net("127.0.0.0/8"), AddressKind.Loopback),
        (Net("169.254.0.0/16"), AddressKind.LinkLocal),
        (Net("172.16.0.0/12"), AddressKind.Private),
        (Net("192.0.0.0/24"), AddressKind.Reserved),
        (Net("192.0.2.0/24"), AddressKind.Documentation),
        (Net("192.88.99.0/24"), AddressKind.Reserved),
        (Net("192.168.0.0/16"), AddressKind.Private),
        (Net("198.18.0.0/15"), AddressKind.Benchmarking),
        (Net("198.51.100.0/24"), AddressKind.Documentation),
        (Net("203.0.113.0/24"), AddressKind.Documentation),
        (Net("224.0.0.0/4"), AddressKind.Multicast),
        (Net("240.0.0.0/4"), AddressKind.Reserved),
    ];

    private static readonly (IPNetwork Block, AddressKind Kind)[] V6 =
    [
        (Net("::/128"), AddressKind.Unspecified),
        (Net("::1/128"), AddressKind.Loopback),
        (Net("64:ff9b:1::/48"), AddressKind.Private),
        (Net("100::/64"), AddressKind.Reserved),
        (Net("2001::/23"), AddressKind.Reserved),
        (Net("2001:2::/48"), AddressKind.Benchmarking),
        (Net("2001:db8::/32"), AddressKind.Documentation),
        (Net("3fff::/20"), AddressKind.Documentation),
        (Net("5f00::/16"), AddressKind.Reserved),
        (Net("fc00::/7"), AddressKind.Private),
        (Net("fe80::/10"), AddressKind.LinkLocal),
        (Net("fec0::/10"), AddressKind.Private),
        (Net("ff00::/8"), AddressKind.Multicast),
    ];

    // Inside 2001::/23, blocks the IPv6 registry marks globally reachable.
    private static readonly IPNetwork[] V6Reachable =
    [
        Net("2001:1::1/128"), Net("2001:1::2/128"), Net("2001:1::3/128"), Net("2001:3::/32"), Net("2001:4:112::/48"), Net("2001:20::/28"), Net("2001:30::/28"),
    ];

    private static readonly IPNetwork Compatible = Net("::/96");
    private static readonly IPNetwork UnspecifiedOrLoopback = Net("::/127");
    private static readonly IPNetwork Nat64 = Net("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = Net("2002::/16");

    /// <summary>The kind of <paramref name="address"/>; an IPv6 form that carries an IPv4 address is the kind of what it carries.</summary>
    public static AddressKind KindOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(V4, address);
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return KindOf(address.MapToIPv4());
        }

        if (Embedded(address) is { } carried)
        {
            return KindOf(carried);
        }

        var kind = Find(V6, address);
        return kind == AddressKind.Reserved && V6Reachable.Any(n => n.Contains(address)) ? AddressKind.Public : kind;
    }

    /// <summary>The kind in words, for messages: "a loopback address".</summary>
    public static string Words(AddressKind kind) => kind switch
    {
        AddressKind.Unspecified => "an unspecified",
        AddressKind.Loopback => "a loopback",
        AddressKind.Private => "a private",
        AddressKind.Shared => "a shared (carrier-grade NAT)",
        AddressKind.LinkLocal => "a link-local",
        AddressKind.Benchmarking => "a benchmarking",
        AddressKind.Documentation => "a documentation",
        AddressKind.Multicast => "a multicast",
        AddressKind.Reserved => "a reserved",
        _ => "a public",
    } + " address";

    /// <summary>The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 or 6to4), or null.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (Compatible.Contains(address) && !UnspecifiedOrLoopback.Contains(address)))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return SixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }

    private static AddressKind Find((IPNetwork Block, AddressKind Kind)[] table, IPAddress address)
    {
        // The most specific block wins (2001:2::/48 inside 2001::/23).
        return table.Where(e => e.Block.Contains(address)).OrderByDescending(e => e.Block.PrefixLength).Select(e => (AddressKind?)e.Kind).FirstOrDefault() ?? AddressKind.Public;
    }

    private static IPNetwork Net(string cidr) => IPNetwork.Parse(cidr);
}
