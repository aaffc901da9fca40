using Bulletin.Core.Collection;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;

namespace Bulletin.Service;

/// <summary>
/// The service reads the sources file hours after start-up, at the first scheduled run; reading it at
/// start instead means a missing or broken file stops the service at once, naming the setting.
/// </summary>
public sealed class SourcesFileValidator : IValidateOptions<BulletinOptions>
{
    public ValidateOptionsResult Validate(string? name, BulletinOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SourcesPath))
        {
            return ValidateOptionsResult.Skip; // the data annotations already say what is wrong
        }

        try
        {
            _ = options.LoadSources();
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is SourcesFileException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"Bulletin:SourcesPath '{options.SourcesPath}' cannot be used: {e.Message}. Fix the file, or point Bulletin:SourcesPath "
                + "(environment variable Bulletin__SourcesPath) at a readable sources file such as seeds/sources.json.");
        }
    }
}
