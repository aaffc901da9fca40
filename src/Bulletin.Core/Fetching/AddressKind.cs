namespace Bulletin.Core.Fetching;

/// <summary>
/// What an IP address is for, after the IANA IPv4 and IPv6 special-purpose address registries: only
/// <see cref="Public"/> addresses are the open web; every other kind is somebody's own network.
/// </summary>
public enum AddressKind
{
    Public,
    Unspecified,
    Loopback,
    Private,
    Shared,
    LinkLocal,
    Benchmarking,
    Documentation,
    Multicast,
    Reserved,
}
