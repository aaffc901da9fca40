using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// A full date in the page's address: "/2024/03/05/", "/2024-03-05-title", "/20250522_arms.html".
/// A year and month alone ("/2024/03/") say too little to date an item.
/// </summary>
internal static partial class UrlDates
{
    public static Signal<PublishedDate>? Read(PageDocument page, Uri? canonical, DateBounds bounds)
    {
        foreach (var url in new[] { page.Url, canonical })
        {
            if (url is null)
            {
                continue;
            }

            var path = Uri.UnescapeDataString(url.AbsolutePath);
            foreach (var pattern in new[] { Separated(), Compact() })
            {
                foreach (var m in RegexScan.All(pattern, path, 4))
                {
                    if (DateText.TryDate(DateText.Number(m.Groups["y"]), DateText.Number(m.Groups["m"]), DateText.Number(m.Groups["d"]), out var day)
                        && PublishedDate.DateOnly(day) is var date && bounds.Allows(date))
                    {
                        return new Signal<PublishedDate>(date, "URL");
                    }
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<sep>[/_.-])(?<m>0?[1-9]|1[0-2])\k<sep>(?<d>0?[1-9]|[12]\d|3[01])(?!\d)", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Separated();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\d])", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Compact();
}
