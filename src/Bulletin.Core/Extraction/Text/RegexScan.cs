using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Text;

/// <summary>
/// Runs a pattern over text that came from the web: at most a few matches, and a pattern that runs
/// past its time-out counts as no match, so one hostile page cannot stall a collection.
/// </summary>
public static class RegexScan
{
    /// <summary>The first match, or null when there is none or the pattern timed out.</summary>
    public static Match? First(Regex regex, string input)
    {
        ArgumentNullException.ThrowIfNull(regex);
        try
        {
            var m = regex.Match(input);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Up to <paramref name="limit"/> matches in order, stopping quietly at a time-out.</summary>
    public static IEnumerable<Match> All(Regex regex, string input, int limit = 8)
    {
        var m = First(regex, input);
        for (var i = 0; i < limit && m is not null; i++)
        {
            yield return m;
            m = Next(m);
        }
    }

    /// <summary>True when the pattern matches within its time-out.</summary>
    public static bool IsMatch(Regex regex, string input) => First(regex, input) is not null;

    private static Match? Next(Match m)
    {
        try
        {
            var next = m.NextMatch();
            return next.Success ? next : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
