using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Review;

/// <summary>Editors sign in with a configured name and password (throttled per client and per account), and sign out.</summary>
internal static class SignInEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/signin", (string? returnUrl, HttpContext context, IAntiforgery antiforgery, EditorAccounts accounts) =>
            SignInPage.Render(PageShell.For(context, antiforgery), accounts.Any, LocalOrNull(returnUrl)));

        app.MapPost("/signin", async ([FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, IAntiforgery antiforgery, EditorAccounts accounts, EditorSessions sessions, SignInThrottle throttle, ILogger<EditorAccounts> logger) =>
        {
            if (!throttle.TryAttempt(name, out var wait))
            {
                logger.LogWarning("Sign-in refused for {editor}: too many attempts on the account", name);
                return SignInThrottle.Refusal(context, wait, "for this account");
            }

            if (accounts.SignIn(name, password) is not { } editor)
            {
                logger.LogWarning("Sign-in failed for {editor}", name);
                return SignInPage.Render(PageShell.For(context, antiforgery), accounts.Any, LocalOrNull(returnUrl), "That name and password do not match an editor account.");
            }

            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, await sessions.PrincipalForAsync(editor, context.RequestAborted));
            logger.LogInformation("Editor {editor} signed in", editor);
            return new SeeOther(LocalOrNull(returnUrl) ?? "/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireRateLimiting(SignInThrottle.Policy);

        app.MapPost("/signout", async ([FromForm] string? unused, HttpContext context, EditorSessions sessions) =>
        {
            // Ending the editor's stamp, not only deleting this browser's cookie, so a copied cookie dies too.
            if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme, Name: { } editor })
            {
                await sessions.EndAsync(editor, context.RequestAborted);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return new SeeOther("/signin");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    /// <summary>
    /// <paramref name="url"/> when it is a path on this site, else null. Only printable ASCII is accepted:
    /// browsers drop tabs and line breaks ("/\t/host" becomes "//host") and a raw line break or non-ASCII
    /// character cannot go into a Location header; "//host" and "/\host" would leave the site.
    /// </summary>
    internal static string? LocalOrNull(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is > ' ' and < '\x7f' && c != '\\')
            ? url
            : null;
}
