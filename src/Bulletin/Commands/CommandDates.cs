using System.Globalization;

namespace Bulletin.Commands;

/// <summary>Dates given on the command line: YYYY-MM-DD, with a message naming the option when not.</summary>
internal static class CommandDates
{
    /// <summary>Parses <paramref name="text"/>, or gives <paramref name="fallback"/> when it is null.</summary>
    public static bool TryParse(string? text, string command, string option, DateOnly fallback, out DateOnly date)
    {
        if (text is null)
        {
            date = fallback;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        Console.Error.WriteLine($"{command}: {option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-05-17");
        return false;
    }
}
