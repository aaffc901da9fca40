using System.Net;
using Bulletin.Core.Fetching;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Fetching;

/// <summary>The special-purpose address registries, and the rule of what a fetch may reach from where it started.</summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.0.0.2", AddressKind.Loopback)]
    [InlineData("10.1.2.3", AddressKind.Private)]
    [InlineData("172.20.0.1", AddressKind.Private)]
    [InlineData("192.168.1.1", AddressKind.Private)]
    [InlineData("100.64.0.1", AddressKind.Shared)]
    [InlineData("169.254.169.254", AddressKind.LinkLocal)]
    [InlineData("0.0.0.0", AddressKind.Unspecified)]
    [InlineData("198.18.0.1", AddressKind.Benchmarking)]
    [InlineData("198.19.255.254", AddressKind.Benchmarking)]
    [InlineData("192.0.2.10", AddressKind.Documentation)]
    [InlineData("203.0.113.7", AddressKind.Documentation)]
    [InlineData("224.0.0.1", AddressKind.Multicast)]
    [InlineData("255.255.255.255", AddressKind.Reserved)]
    [InlineData("192.0.0.8", AddressKind.Reserved)]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("::", AddressKind.Unspecified)]
    [InlineData("fd00::1", AddressKind.Private)]
    [InlineData("fe80::1", AddressKind.LinkLocal)]
    [InlineData("ff02::1", AddressKind.Multicast)]
    [InlineData("2001:db8::1", AddressKind.Documentation)]
    [InlineData("2001:2::1", AddressKind.Benchmarking)]
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("::127.0.0.1", AddressKind.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressKind.Private)]
    [InlineData("64:ff9b::7f00:1", AddressKind.Loopback)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressKind.LinkLocal)]
    [InlineData("64:ff9b:1::1", AddressKind.Private)]
    [InlineData("2002:7f00:1::1", AddressKind.Loopback)]
    [InlineData("2002:c0a8:101::1", AddressKind.Private)]
    public void Special_purpose_addresses_are_named(string address, AddressKind kind) =>
        Assert.Equal(kind, SpecialAddresses.KindOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("198.20.0.1")]
    [InlineData("192.31.196.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Public_addresses_pass(string address) => Assert.Equal(AddressKind.Public, SpecialAddresses.KindOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.2", AddressKind.Public, false)]
    [InlineData("127.0.0.2", AddressKind.Loopback, true)]
    [InlineData("10.0.0.1", AddressKind.Loopback, false)]
    [InlineData("10.0.0.1", AddressKind.Private, true)]
    [InlineData("8.8.8.8", AddressKind.Loopback, true)]
    public void A_fetch_reaches_public_addresses_and_those_of_its_origins_kind(string address, AddressKind reach, bool allowed) =>
        Assert.Equal(allowed, new AddressGuard(allowAll: false, TimeProvider.System).Refusal(IPAddress.Parse(address), reach) is null);

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_unless_everything_is_allowed()
    {
        var url = new Uri("http://localhost:8080/page");
        Assert.Contains("is a loopback address", await new AddressGuard(allowAll: false, TimeProvider.System).RefusalAsync(url, AddressKind.Public, CancellationToken.None), StringComparison.Ordinal);
        Assert.Null(await new AddressGuard(allowAll: true, TimeProvider.System).RefusalAsync(url, AddressKind.Public, CancellationToken.None));
        Assert.Equal(AddressKind.Loopback, await new AddressGuard(allowAll: false, TimeProvider.System).ReachOfAsync(url, CancellationToken.None));
    }

    [Fact]
    public async Task The_connect_callback_refuses_a_loopback_connection_before_any_request()
    {
        await using var site = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("hello"));
        var guard = new AddressGuard(allowAll: false, TimeProvider.System);
        using var client = new HttpClient(new SocketsHttpHandler { ConnectCallback = guard.ConnectFor(AddressKind.Public), UseProxy = false });
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(site.Url("/")));
        Assert.Contains("Bulletin:Fetch:AllowPrivateAddresses", refused.Message, StringComparison.Ordinal);
        Assert.Empty(site.Requests);

        using var loopback = new HttpClient(new SocketsHttpHandler { ConnectCallback = guard.ConnectFor(AddressKind.Loopback), UseProxy = false });
        Assert.Equal("hello", await loopback.GetStringAsync(site.Url("/")));
    }
}
