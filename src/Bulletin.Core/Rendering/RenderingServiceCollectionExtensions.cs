using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Core.Rendering;

/// <summary>Registers the draft writer and its options for the service, the CLI and tests alike.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>Binds <see cref="RenderingOptions"/> from <c>Bulletin:Rendering</c>, checks them at start, adds <see cref="DraftWriter"/>.</summary>
    public static IServiceCollection AddBulletinRendering(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RenderingOptions.SectionName);
        services.AddOptions<RenderingOptions>()
            .Configure(o =>
            {
                // The binder appends to a list that already has items; configured formats replace the defaults.
                if (section.GetSection(nameof(RenderingOptions.Formats)).GetChildren().Any())
                {
                    o.Formats = [];
                }

                section.Bind(o);
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.TemplatesPath), $"{RenderingOptions.SectionName}:TemplatesPath must name the templates folder.")
            .Validate(o => o.Formats.Count > 0, $"{RenderingOptions.SectionName}:Formats must list at least one format, e.g. [\"html\",\"md\",\"txt\"].")
            .ValidateOnStart();
        services.AddSingleton<DraftWriter>();
        return services;
    }
}
