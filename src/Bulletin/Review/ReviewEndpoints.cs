using System.Security.Claims;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Rendering;
using Bulletin.Core.Review;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Bulletin.Service;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Review;

/// <summary>Maps the review pages: weeks, the working draft, decisions, add-by-URL, re-collection, approval and exports.</summary>
public static class ReviewEndpoints
{
    // A draft is a week; a month leaves room for a longer window without letting a URL ask for years.
    private const int MaxWindowDays = 62;

    // Weeks a bulletin can have; the calendar's own ends overflow when a zone's offset is applied.
    private static readonly DateOnly FirstDay = new(1900, 1, 1);
    private static readonly DateOnly LastDay = new(2999, 12, 31);

    public static WebApplication MapReview(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(SecurityHeaders);
        app.UseAuthentication();
        app.Use(TrustedHeader);
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapGet("/review.css", () => Results.Text(ReviewAssets.Css, "text/css; charset=utf-8"));
        app.MapGet("/review.js", () => Results.Text(ReviewScript.Js, "text/javascript; charset=utf-8"));
        SignInEndpoints.Map(app);

        var pages = app.MapGroup("").RequireAuthorization();
        pages.MapGet("/", WeeksAsync);
        pages.MapGet("/drafts/{from}/{to}", DraftAsync);
        pages.MapGet("/drafts/{from}/{to}/v/{version:int}", VersionAsync);
        pages.MapGet("/drafts/{from}/{to}/recollect", RecollectionAsync);
        pages.MapGet("/drafts/{from}/{to}/approve", ApprovalAsync);
        pages.MapGet("/drafts/{from}/{to}/v/{version:int}.{format:regex(^[a-z0-9]+$)}", ExportAsync);

        var actions = pages.MapGroup("").AddEndpointFilter(AntiforgeryChecked).WithMetadata(new RequireAntiforgeryTokenAttribute());
        actions.MapPost("/drafts/{from}/{to}/decisions", DecideAsync);
        actions.MapPost("/drafts/{from}/{to}/add", AddAsync);
        actions.MapPost("/drafts/{from}/{to}/recollect", RecollectAsync);
        actions.MapPost("/drafts/{from}/{to}/approve", ApproveAsync);
        return app;
    }

    private static async Task<IResult> WeeksAsync(HttpContext context, IAntiforgery antiforgery, ScheduledWeeks scheduled, Store store, CancellationToken ct)
    {
        // The weeks the schedule drafted and will draft next, by its own rule, not weeks ending today.
        var recent = await scheduled.ListAsync(ct);
        var attention = (await store.LatestSourceRunsAsync(ct)).Where(r => SourceRunStatus.NeedsAttention(r.Status)).ToList();
        return WeeksPage.Render(PageShell.For(context, antiforgery), recent, await store.DraftVersionsAsync(ct), attention);
    }

    private static async Task<IResult> DraftAsync(string from, string to, string? recollect, HttpContext context, IAntiforgery antiforgery, DraftReview review, IssuerDirectory issuers, CancellationToken ct) =>
        WindowOf(review, from, to) is { } window
            ? await DraftPageAsync(context, antiforgery, review, issuers, window, recollect switch
            {
                "queued" => new Notice("Re-collection of this week is queued; its progress is shown below.", false),
                "busy" => new Notice("Re-collection of this week is already queued or running; its progress is shown below.", false),
                _ => null,
            }, 200, ct)
            : Results.NotFound();

    private static async Task<IResult> DecideAsync(string from, string to, [FromForm] string? key, [FromForm] string? field, [FromForm] string? value, HttpContext context, IAntiforgery antiforgery, DraftReview review, IssuerDirectory issuers, CancellationToken ct)
    {
        if (WindowOf(review, from, to) is not { } window)
        {
            return Results.NotFound();
        }

        var error = await review.DecideAsync(window, key ?? "", field ?? "", value, Editor(context), ct);
        return error is null
            ? new SeeOther($"{Paths.Draft(window.From, window.To)}#{DraftPage.Anchor(key!)}")
            : await DraftPageAsync(context, antiforgery, review, issuers, window, new Notice(error, true), StatusCodes.Status400BadRequest, ct);
    }

    private static async Task<IResult> AddAsync(string from, string to, [FromForm] string? url, HttpContext context, IAntiforgery antiforgery, DraftReview review, IssuerDirectory issuers, CancellationToken ct)
    {
        if (WindowOf(review, from, to) is not { } window)
        {
            return Results.NotFound();
        }

        var addition = await review.AddAsync(window, url ?? "", Editor(context), ct);
        return await DraftPageAsync(context, antiforgery, review, issuers, window, new Notice(addition.Message, !addition.Added), addition.Added ? 200 : StatusCodes.Status422UnprocessableEntity, ct);
    }

    /// <summary>Queues the week for <see cref="RecollectJob"/> and answers at once; the draft page shows its progress.</summary>
    private static async Task<IResult> RecollectAsync(string from, string to, HttpContext context, DraftReview review, Recollections recollections, ISchedulerFactory schedulers, CancellationToken ct)
    {
        if (WindowOf(review, from, to) is not { } window)
        {
            return Results.NotFound();
        }

        if (!recollections.TryQueue(window, Editor(context)))
        {
            return new SeeOther($"{Paths.Draft(window.From, window.To)}?recollect=busy");
        }

        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(new JobKey(ScheduleSync.RecollectJobName), ct);
        return new SeeOther($"{Paths.Draft(window.From, window.To)}?recollect=queued");
    }

    /// <summary>The week's re-collection as JSON, for the draft page's script to show its progress without a reload.</summary>
    private static IResult RecollectionAsync(string from, string to, DraftReview review, Recollections recollections) =>
        WindowOf(review, from, to) is { } window
            ? Results.Json(recollections.Of(window) is { } state
                ? new { state = state.State.ToString().ToLowerInvariant(), active = state.IsActive, text = state.Describe() }
                : new { state = "none", active = false, text = "" })
            : Results.NotFound();

    private static async Task<IResult> ApproveAsync(string from, string to, HttpContext context, IAntiforgery antiforgery, DraftReview review, IssuerDirectory issuers, CancellationToken ct)
    {
        if (WindowOf(review, from, to) is not { } window)
        {
            return Results.NotFound();
        }

        try
        {
            var version = await review.ApproveAsync(window, Editor(context), ct);
            return new SeeOther(Paths.Version(window.From, window.To, version.Version));
        }
        catch (TemplateException e)
        {
            return await DraftPageAsync(context, antiforgery, review, issuers, window, new Notice($"Not approved: {e.Message}", true), 500, ct);
        }
    }

    /// <summary>The confirmation before approving, as its own page for a browser without script.</summary>
    private static async Task<IResult> ApprovalAsync(string from, string to, HttpContext context, IAntiforgery antiforgery, DraftReview review, CancellationToken ct)
    {
        if (WindowOf(review, from, to) is not { } window)
        {
            return Results.NotFound();
        }

        var draft = await review.LoadAsync(window, ct);
        var (_, changes) = await review.ChangesSinceLatestAsync(draft, ct);
        return ApprovalPage.Render(PageShell.For(context, antiforgery), draft, changes);
    }

    private static async Task<IResult> VersionAsync(string from, string to, int version, HttpContext context, IAntiforgery antiforgery, DraftReview review, CancellationToken ct) =>
        WindowOf(review, from, to) is { } window && await review.VersionAsync(window, version, ct) is { } found
            ? VersionPage.Render(PageShell.For(context, antiforgery), found.Version, found.Changes)
            : Results.NotFound();

    // "?download=1" as the version page writes it: a string, since a bool binding answers 400 to "1".
    private static async Task<IResult> ExportAsync(string from, string to, int version, string format, string? download, HttpContext context, DraftReview review, Store store, CancellationToken ct)
    {
        if (WindowOf(review, from, to) is not { } window
            || await store.DraftVersionAsync(window.From, window.To, version, ct) is not { } found
            || found.TextOf(format) is not { } text)
        {
            return Results.NotFound();
        }

        var type = format switch
        {
            "html" => "text/html; charset=utf-8",
            "md" => "text/markdown; charset=utf-8",
            _ => "text/plain; charset=utf-8",
        };
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        if (format == "html" && download is not ("1" or "true"))
        {
            // The version page frames the export: only this site may, and nothing in it may run script.
            context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
        }

        return download is "1" or "true"
            ? Results.File(bytes, type, $"bulletin-{Markup.Day(window.From)}-{Markup.Day(window.To)}-v{version}.{format}")
            : Results.Bytes(bytes, type);
    }

    private static async Task<IResult> DraftPageAsync(HttpContext context, IAntiforgery antiforgery, DraftReview review, IssuerDirectory issuers, Window window, Notice? notice, int status, CancellationToken ct)
    {
        var draft = await review.LoadAsync(window, ct);
        var changes = await review.ChangesSinceLastLookAsync(draft, Editor(context), ct);
        // Editors print DisplayName after "By", so that is what the issuer field offers.
        var names = issuers.Suggest(null, 2000).Select(i => i.DisplayName).Distinct(StringComparer.Ordinal);
        var recollection = context.RequestServices.GetRequiredService<Recollections>().Of(window);
        var (_, approving) = await review.ChangesSinceLatestAsync(draft, ct);
        return DraftPage.Render(PageShell.For(context, antiforgery), draft, changes, names, recollection, notice, status, approving);
    }

    private static Window? WindowOf(DraftReview review, string from, string to) =>
        DateOnly.TryParseExact(from, "yyyy-MM-dd", out var f) && DateOnly.TryParseExact(to, "yyyy-MM-dd", out var t) && f <= t && t.DayNumber - f.DayNumber < MaxWindowDays
        && f >= FirstDay && t <= LastDay
            ? review.WindowOf(f, t)
            : null;

    private static string Editor(HttpContext context) => context.User.Identity?.Name ?? throw new InvalidOperationException("no signed-in editor");

    private static async ValueTask<object?> AntiforgeryChecked(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? Results.BadRequest("The form's antiforgery token is missing or invalid; reload the page and try again.")
            : await next(context);

    /// <summary>Signs in the editor a trusted reverse proxy names, when configured.</summary>
    private static async Task TrustedHeader(HttpContext context, RequestDelegate next)
    {
        var header = context.RequestServices.GetRequiredService<IOptions<ReviewOptions>>().Value.TrustedHeader;
        if (header is { Length: > 0 } && context.Request.Headers[header].ToString().Trim() is { Length: > 0 } name && context.User.Identity?.IsAuthenticated != true)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "TrustedHeader"));
        }

        await next(context);
    }

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
