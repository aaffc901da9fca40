using Bulletin.Core.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Rendering;

public sealed class RenderingOptionsTests
{
    [Fact]
    public void Defaults_apply_without_configuration()
    {
        var options = Resolve([]);

        Assert.Equal("templates", options.TemplatesPath);
        Assert.Equal(["html", "md", "txt"], options.Formats);
    }

    [Fact]
    public void Configured_formats_replace_the_defaults_rather_than_adding_to_them()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["Bulletin:Rendering:TemplatesPath"] = "/srv/bulletin/templates",
            ["Bulletin:Rendering:Formats:0"] = "html",
        });

        Assert.Equal("/srv/bulletin/templates", options.TemplatesPath);
        Assert.Equal(["html"], options.Formats);
    }

    private static RenderingOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddBulletinRendering(configuration)
            .BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<DraftWriter>());
        return provider.GetRequiredService<IOptions<RenderingOptions>>().Value;
    }
}
