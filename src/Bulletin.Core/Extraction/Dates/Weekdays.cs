namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Weekday names, to settle a numeric date that reads both ways: "Tue, 03/05/2024" is 5 March
/// (a Tuesday), not 3 May (a Friday).
/// </summary>
internal static class Weekdays
{
    private static readonly Dictionary<string, DayOfWeek> Names = Build();

    /// <summary>The weekday named by the last word of <paramref name="before"/>, if it names one.</summary>
    public static DayOfWeek? Before(string before)
    {
        var text = before.TrimEnd(' ', ',', '.', '-', '–', '|');
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..].ToLowerInvariant();
        return word.Length >= 2 && Names.TryGetValue(word, out var day) ? day : null;
    }

    private static Dictionary<string, DayOfWeek> Build()
    {
        string[][] days =
        [
            ["sunday", "sun", "sonntag", "so", "dimanche", "dim", "domingo", "dom", "domenica", "zondag", "zo"],
            ["monday", "mon", "montag", "mo", "lundi", "lun", "lunes", "lunedì", "segunda", "maandag", "ma"],
            ["tuesday", "tue", "tues", "dienstag", "di", "mardi", "mar", "martes", "martedì", "terça", "dinsdag"],
            ["wednesday", "wed", "mittwoch", "mi", "mercredi", "mer", "miércoles", "mié", "mercoledì", "quarta", "woensdag", "wo"],
            ["thursday", "thu", "thur", "thurs", "donnerstag", "do", "jeudi", "jeu", "jueves", "jue", "giovedì", "quinta", "donderdag"],
            ["friday", "fri", "freitag", "fr", "vendredi", "ven", "viernes", "vie", "venerdì", "sexta", "vrijdag", "vr"],
            ["saturday", "sat", "samstag", "sa", "samedi", "sam", "sábado", "sáb", "sabato", "zaterdag", "za"],
        ];
        var table = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        for (var i = 0; i < days.Length; i++)
        {
            foreach (var name in days[i])
            {
                table.TryAdd(name, (DayOfWeek)i);
            }
        }

        return table;
    }
}
