using System.Net;
using Microsoft.AspNetCore.Http;
using Bulletin.Core.Review;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Review;

/// <summary>Editors' URLs may not reach the service's own network unless configured.</summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "shared (carrier-grade NAT)")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("fd00::1", "unique-local (private)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    public void Non_public_addresses_are_named(string address, string kind) =>
        Assert.Equal(kind, AddressGuard.Describe(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void Public_addresses_pass(string address) => Assert.Null(AddressGuard.Describe(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_unless_allowed()
    {
        var url = new Uri("http://localhost:8080/page");
        Assert.Contains("loopback", await new AddressGuard(allowPrivate: false).RefusalAsync(url, CancellationToken.None), StringComparison.Ordinal);
        Assert.Null(await new AddressGuard(allowPrivate: true).RefusalAsync(url, CancellationToken.None));
    }

    [Fact]
    public async Task The_connect_callback_refuses_a_loopback_connection_before_any_request()
    {
        await using var site = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("hello"));
        var guard = new AddressGuard(allowPrivate: false);
        using var client = new HttpClient(new SocketsHttpHandler { ConnectCallback = guard.ConnectAsync, UseProxy = false });
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(site.Url("/")));
        Assert.Contains("Bulletin:Review:AllowPrivateAddresses", refused.Message, StringComparison.Ordinal);
        Assert.Empty(site.Requests);

        using var allowed = new HttpClient(new SocketsHttpHandler { ConnectCallback = new AddressGuard(allowPrivate: true).ConnectAsync, UseProxy = false });
        Assert.Equal("hello", await allowed.GetStringAsync(site.Url("/")));
    }
}
