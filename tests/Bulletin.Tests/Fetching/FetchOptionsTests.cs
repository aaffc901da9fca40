using Bulletin.Core.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Fetching;

public sealed class FetchOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_honest()
    {
        var options = new FetchOptions();

        Assert.True(new FetchOptionsValidator().Validate(null, options).Succeeded);
        Assert.StartsWith("Bulletin/1.0 (", options.UserAgent);
        Assert.Equal(TimeSpan.FromSeconds(15), options.AttemptTimeout);
        Assert.Equal(10 * 1024 * 1024, options.MaxResponseBytes);
    }

    [Fact]
    public void Validation_names_the_setting_and_a_good_value()
    {
        var result = new FetchOptionsValidator().Validate(null, new FetchOptions { AttemptTimeout = TimeSpan.Zero, BreakerMinimumThroughput = 1 });

        Assert.True(result.Failed);
        Assert.Contains("Bulletin:Fetch:AttemptTimeout must be between 1 second and 5 minutes; set it to e.g. 00:00:15", result.Failures!);
        Assert.Contains(result.Failures!, f => f.StartsWith("Bulletin:Fetch:BreakerMinimumThroughput", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_configuration_fails_at_startup()
    {
        using var host = FetchHost.Create("AttemptTimeout=00:00:00", "PerHostConcurrency=0");

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Bulletin:Fetch:AttemptTimeout", error.Message);
        Assert.Contains("Bulletin:Fetch:PerHostConcurrency", error.Message);
    }

    [Fact]
    public void Binds_from_the_Bulletin_Fetch_section()
    {
        using var host = FetchHost.Create("MaxRetries=7", "MaxRetryAfter=00:00:05", "UserAgent=Bulletin/2.0");

        var options = host.Services.GetRequiredService<IOptions<FetchOptions>>().Value;

        Assert.Equal(7, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxRetryAfter);
        Assert.Equal("Bulletin/2.0", options.UserAgent);
    }
}
