using Bulletin.Core;
using Bulletin.Core.Collection;
using Bulletin.Core.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>Registers the review pages: options, editor sign-in, antiforgery and the review stage.</summary>
public static class ReviewServiceCollectionExtensions
{
    public static IServiceCollection AddReview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidator>();
        services.AddSingleton<EditorAccounts>();
        services.AddSingleton<EditorSessions>();
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(SignInThrottle.AddPolicy);
        services.AddBulletinReview(sp => sp.GetRequiredService<IOptions<ReviewOptions>>().Value.AllowPrivateAddresses);

        // Keys beside the database, so a restart does not sign every editor out or void open forms.
        var database = configuration[$"{BulletinOptions.Section}:{nameof(BulletinOptions.DatabasePath)}"] ?? new BulletinOptions().DatabasePath;
        var keys = Path.Combine(Path.GetDirectoryName(ContentPaths.Resolve(database, mustExist: false)) ?? ".", "review-keys");
        services.AddDataProtection().SetApplicationName("Bulletin").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.Cookie.Name = "bulletin.review";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<EditorSessions>();
                if (context.Principal is null || !await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            };
        });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bulletin.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
