using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>Checks <see cref="ReviewOptions"/> at start, with messages naming the setting to fix.</summary>
public sealed partial class ReviewOptionsValidator : IValidateOptions<ReviewOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Editors.Count; i++)
        {
            var editor = options.Editors[i];
            var at = $"{ReviewOptions.Section}:Editors:{i}";
            if (string.IsNullOrWhiteSpace(editor.Name))
            {
                failures.Add($"{at}:Name must name the editor.");
            }

            if (!LooksHashed(editor.PasswordHash))
            {
                failures.Add($"{at}:PasswordHash must be a hash made by `Bulletin hash-password`, not a password.");
            }
        }

        foreach (var duplicate in options.Editors.GroupBy(e => e.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"{ReviewOptions.Section}:Editors names '{duplicate.Key}' more than once.");
        }

        if (options.TrustedHeader is { Length: > 0 } header && !HeaderName().IsMatch(header))
        {
            failures.Add($"{ReviewOptions.Section}:TrustedHeader '{header}' is not a header name, e.g. X-Forwarded-User.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }

    // PasswordHasher's v3 format: base64 of a 0x01 marker, PRF, iterations, salt and subkey (at least 61 bytes).
    private static bool LooksHashed(string? hash)
    {
        if (string.IsNullOrWhiteSpace(hash))
        {
            return false;
        }

        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length >= 61 && bytes[0] == 0x01;
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex HeaderName();
}
