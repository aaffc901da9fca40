using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using static Bulletin.Review.Markup;

namespace Bulletin.Review;

/// <summary>What every review page needs: the signed-in editor and the antiforgery field for its forms.</summary>
internal sealed class PageShell
{
    private PageShell(string? editor, string tokenField)
    {
        Editor = editor;
        Token = tokenField;
    }

    public string? Editor { get; }

    /// <summary>The hidden antiforgery input every POST form carries.</summary>
    public string Token { get; }

    public static PageShell For(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var field = $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
        return new PageShell(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null, field);
    }

    /// <summary>A POST form to <paramref name="action"/> with the token and <paramref name="inner"/> markup.</summary>
    public string Form(string action, string inner, string? cssClass = null) =>
        $"<form method=\"post\" action=\"{E(action)}\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{Token}{inner}</form>";

    public IResult Page(string title, string body, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Bulletin review</title>")
            .Append("<link rel=\"stylesheet\" href=\"/review.css\"></head><body>")
            .Append("<nav class=\"top\"><strong>Bulletin review</strong><a href=\"/\">Weeks</a>");
        if (Editor is not null)
        {
            html.Append("<span>Signed in as ").Append(E(Editor)).Append("</span>")
                .Append(Form("/signout", "<button type=\"submit\">Sign out</button>"));
        }

        html.Append("</nav><main>").Append(body).Append("</main><script src=\"/review.js\"></script></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
