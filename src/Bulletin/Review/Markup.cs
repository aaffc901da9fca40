using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Bulletin.Review;

/// <summary>
/// Encoding for the review pages. Every value that came from the web, the store or a request goes
/// through <see cref="E"/>; Burmese stays readable because all Unicode ranges are allowed through,
/// while &lt; &gt; &amp; and quotes are always encoded.
/// </summary>
internal static class Markup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text or attribute value, encoded.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A link target: only web links are clickable, anything else (javascript:, data:) becomes "#".</summary>
    public static string Href(string? url) =>
        E(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : "#");

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
