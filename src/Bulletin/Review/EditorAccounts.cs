using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>Checks editors' passwords against the PBKDF2 hashes in configuration.</summary>
public sealed class EditorAccounts(IOptions<ReviewOptions> options)
{
    private static readonly PasswordHasher<ReviewEditor> Hasher = new();

    // Checked against when the name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new ReviewEditor(), Guid.NewGuid().ToString());

    public bool Any => options.Value.Editors.Count > 0;

    /// <summary>The editor's configured name when the password matches, else null.</summary>
    public string? SignIn(string? name, string? password)
    {
        var editor = options.Value.Editors.FirstOrDefault(e => string.Equals(e.Name.Trim(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
        var result = Hasher.VerifyHashedPassword(editor ?? new ReviewEditor(), editor?.PasswordHash ?? DecoyHash, password ?? "");
        return editor is not null && result != PasswordVerificationResult.Failed ? editor.Name.Trim() : null;
    }

    /// <summary>A hash of <paramref name="password"/> for the configuration.</summary>
    public static string Hash(string password) => Hasher.HashPassword(new ReviewEditor(), password);
}
