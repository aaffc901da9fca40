using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Bulletin.Core.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>
/// What makes a sign-in cookie good: the editor is still configured, their password hash is the one
/// they signed in under, and their stamp in the store is the one the cookie carries. Checked on every
/// request, so signing out, a password change or removing the editor ends every saved copy of a cookie.
/// </summary>
public sealed class EditorSessions(IOptionsMonitor<ReviewOptions> options, Store store)
{
    private const string StampClaim = "bulletin:stamp";

    /// <summary>The principal to sign <paramref name="editor"/> in with.</summary>
    public async Task<ClaimsPrincipal> PrincipalForAsync(string editor, CancellationToken ct)
    {
        var stamp = await StampAsync(editor, ct) ?? throw new InvalidOperationException($"{editor} is not a configured editor");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, editor), new Claim(StampClaim, stamp)], CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>True while the cookie's principal is a configured editor with the current password and stamp.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = principal.Identity?.Name;
        var carried = principal.FindFirst(StampClaim)?.Value;
        return name is not null && carried is not null && await StampAsync(name, ct) is { } current
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(carried));
    }

    /// <summary>Ends every session of <paramref name="editor"/>.</summary>
    public Task EndAsync(string editor, CancellationToken ct) => store.RotateEditorStampAsync(editor, ct);

    /// <summary>The stamp a good cookie of <paramref name="editor"/> carries now, or null when they are not configured.</summary>
    private async Task<string?> StampAsync(string editor, CancellationToken ct)
    {
        var account = options.CurrentValue.Editors.FirstOrDefault(e => string.Equals(e.Name.Trim(), editor.Trim(), StringComparison.OrdinalIgnoreCase));
        if (account is null)
        {
            return null;
        }

        // The password hash is part of the stamp: a new hash in configuration signs the old sessions out.
        var password = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash)))[..16];
        return $"{await store.EditorStampAsync(account.Name.Trim(), ct)}.{password}";
    }
}
