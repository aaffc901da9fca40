using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Review;

/// <summary>Editors sign in with a configured name and password, and sign out.</summary>
internal static class SignInEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/signin", (string? returnUrl, HttpContext context, IAntiforgery antiforgery, EditorAccounts accounts) =>
            SignInPage.Render(PageShell.For(context, antiforgery), accounts.Any, returnUrl));

        app.MapPost("/signin", async ([FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, IAntiforgery antiforgery, EditorAccounts accounts, ILogger<EditorAccounts> logger) =>
        {
            if (accounts.SignIn(name, password) is not { } editor)
            {
                logger.LogWarning("Sign-in failed for {editor}", name);
                return SignInPage.Render(PageShell.For(context, antiforgery), accounts.Any, returnUrl, "That name and password do not match an editor account.");
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, editor)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            logger.LogInformation("Editor {editor} signed in", editor);
            return new SeeOther(IsLocal(returnUrl) ? returnUrl! : "/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        app.MapPost("/signout", async ([FromForm] string? unused, HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return new SeeOther("/signin");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    // Only a path on this site: "//host" and "/\host" would send the editor elsewhere after signing in.
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
