using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bulletin.Review;

/// <summary>
/// Limits sign-in attempts with ASP.NET Core's rate limiter: per client address (the middleware policy
/// <see cref="Policy"/> on POST /signin) and per account name (checked in the endpoint, which has read the
/// form). Right or wrong, every attempt counts, so a guessed password is refused like a wrong one.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>The rate limiter policy name on the sign-in endpoint.</summary>
    public const string Policy = "signin";

    /// <summary>Attempts one client address may make per <see cref="Window"/>.</summary>
    public const int PerClient = 20;

    /// <summary>Attempts on one account name per <see cref="Window"/>, from anywhere.</summary>
    public const int PerAccount = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> accounts = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => Options(PerAccount)));

    /// <summary>Takes one attempt for <paramref name="account"/>; false, with how long to wait, when it has had its share.</summary>
    public bool TryAttempt(string? account, out TimeSpan retryAfter)
    {
        using var lease = accounts.AttemptAcquire((account ?? "").Trim().ToUpperInvariant());
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
        return lease.IsAcquired;
    }

    /// <summary>Adds the per-client policy; its refusal is the sign-in page with the reason.</summary>
    public static void AddPolicy(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => Options(PerClient)));
        options.OnRejected = async (rejected, ct) =>
        {
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
            await Refusal(rejected.HttpContext, wait, "from this address").ExecuteAsync(rejected.HttpContext);
        };
    }

    /// <summary>The sign-in page with a 429 and the wait, in words and in Retry-After.</summary>
    public static IResult Refusal(HttpContext context, TimeSpan wait, string scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var antiforgery = context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        var accounts = context.RequestServices.GetRequiredService<EditorAccounts>();
        return SignInPage.Render(
            PageShell.For(context, antiforgery),
            accounts.Any,
            null,
            $"Too many sign-in attempts {scope}; wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again.",
            StatusCodes.Status429TooManyRequests);
    }

    private static FixedWindowRateLimiterOptions Options(int permits) => new() { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true };

    public void Dispose() => accounts.Dispose();
}
