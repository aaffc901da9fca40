using System.CommandLine;

namespace Bulletin.Commands;

/// <summary>Options every command takes, before or after the command's name.</summary>
internal static class GlobalOptions
{
    /// <summary>
    /// The addresses the web host listens on, as ASP.NET Core's own <c>--urls</c>. Recursive, so
    /// <c>--urls X serve</c> and <c>serve --urls X</c> mean the same; only commands that serve use it.
    /// </summary>
    public static Option<string?> Urls { get; } = new("--urls")
    {
        Description = "Addresses to listen on, e.g. http://127.0.0.1:8080 (serve, demo; default http://localhost:5000 or ASPNETCORE_URLS)",
        Recursive = true,
    };

    /// <summary>Arguments for the web host: the global <c>--urls</c> (when given) followed by <paramref name="rest"/>.</summary>
    public static string[] HostArguments(ParseResult parse, IEnumerable<string> rest) =>
        parse.GetValue(Urls) is { Length: > 0 } urls ? ["--urls", urls, .. rest] : [.. rest];
}
