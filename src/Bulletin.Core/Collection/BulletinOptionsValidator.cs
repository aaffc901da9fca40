using Microsoft.Extensions.Options;

namespace Bulletin.Core.Collection;

/// <summary>Checks what attributes cannot: that the time zone exists on this machine.</summary>
public sealed class BulletinOptionsValidator : IValidateOptions<BulletinOptions>
{
    public ValidateOptionsResult Validate(string? name, BulletinOptions options) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Bulletin:TimeZone '{options.TimeZone}' is not a known IANA time zone; use a name such as Asia/Yangon or Europe/London.");
}
