using Bulletin.Core;
using Bulletin.Core.Rendering;
using Microsoft.Extensions.Options;

namespace Bulletin.Service;

/// <summary>Parses the draft templates at start-up and renders them once against a sample week, so a missing or broken one stops the service rather than the Friday draft.</summary>
public sealed class TemplatesValidator : IValidateOptions<RenderingOptions>
{
    public ValidateOptionsResult Validate(string? name, RenderingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TemplatesPath) || options.Formats.Count == 0)
        {
            return ValidateOptionsResult.Skip; // the registration's own checks name these
        }

        try
        {
            TemplateSet.Load(ContentPaths.Resolve(options.TemplatesPath), options.Formats).Check();
            return ValidateOptionsResult.Success;
        }
        catch (TemplateException e)
        {
            return ValidateOptionsResult.Fail(
                $"{RenderingOptions.SectionName}:TemplatesPath '{options.TemplatesPath}' cannot be used: {e.Message}. Fix the template, "
                + $"or point {RenderingOptions.SectionName}:TemplatesPath (Bulletin__Rendering__TemplatesPath) at a folder with draft.<format>.scriban "
                + $"for each of {RenderingOptions.SectionName}:Formats ({string.Join(", ", options.Formats)}).");
        }
    }
}
