namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Month names and their usual abbreviations in the languages of the pages Bulletin reads:
/// English, French, German, Spanish, Italian, Portuguese, Dutch, Burmese and Thai (full names and
/// the dotted abbreviations "มี.ค."). No two languages give one spelling different months.
/// </summary>
internal static class MonthNames
{
    // Burmese month names are written with the suffix "လ" ("month") as often as without it.
    private const char BurmeseMonthSuffix = 'လ';

    private static readonly Dictionary<string, int> Names = Build();

    // Burmese and Thai run words together, so a full month name can end a longer run of letters
    // ("ထုတ်ပြန်သည့်နေ့နိုဝင်ဘာ"). Abbreviations are too short to be recognised that way.
    private static readonly (string Name, int Month)[] Unspaced = Numbered(BurmeseFull).Concat(Numbered(ThaiFull))
        .OrderByDescending(n => n.Name.Length)
        .ToArray();

    /// <summary>The month (1–12) a word names, or null. Case, a final dot and Burmese "လ" do not matter.</summary>
    public static int? Month(string word)
    {
        var key = word.Trim().TrimEnd('.').ToLowerInvariant();
        if (!key.IsNormalized())
        {
            key = key.Normalize();
        }

        if (key.Length == 0)
        {
            return null;
        }

        if (Names.TryGetValue(key, out var month) || (key[^1] == BurmeseMonthSuffix && Names.TryGetValue(key[..^1], out month)))
        {
            return month;
        }

        if (key[^1] == BurmeseMonthSuffix)
        {
            key = key[..^1];
        }

        foreach (var (name, number) in Unspaced)
        {
            if (key.EndsWith(name, StringComparison.Ordinal))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>True when the word is a Thai month, whose years are often given in two digits of the Buddhist era.</summary>
    public static bool IsThai(string word) => word.Length > 0 && word[0] is >= '\u0E00' and <= '\u0E7F';

    // Burmese, with the older spellings still in use.
    private static string[][] BurmeseFull =>
    [
        ["ဇန်နဝါရီ"], ["ဖေဖော်ဝါရီ", "ဖေဖေါ်ဝါရီ"], ["မတ်"], ["ဧပြီ"], ["မေ"], ["ဇွန်"],
        ["ဇူလိုင်"], ["ဩဂုတ်", "ဪဂုတ်", "သြဂုတ်"], ["စက်တင်ဘာ"], ["အောက်တိုဘာ"], ["နိုဝင်ဘာ", "နိုဗင်ဘာ"], ["ဒီဇင်ဘာ"],
    ];

    private static string[][] ThaiFull =>
    [
        ["มกราคม"], ["กุมภาพันธ์"], ["มีนาคม"], ["เมษายน"], ["พฤษภาคม"], ["มิถุนายน"],
        ["กรกฎาคม"], ["สิงหาคม"], ["กันยายน"], ["ตุลาคม"], ["พฤศจิกายน"], ["ธันวาคม"],
    ];

    private static IEnumerable<(string Name, int Month)> Numbered(string[][] months) =>
        months.SelectMany((names, i) => names.Select(n => (n.Normalize(), i + 1)));

    private static Dictionary<string, int> Build()
    {
        string[][] months =
        [
            // English
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(table, months);
        Add(table, [
            // French
            ["janvier", "janv"], ["février", "fevrier", "févr", "fevr", "fév", "fev"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
            ["juillet", "juil"], ["août", "aout", "aoû"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"],
        ]);
        Add(table, [
            // German (with the Austrian "Jänner")
            ["januar", "jänner", "jaenner"], ["februar", "feber"], ["märz", "maerz", "mär", "mrz"], ["april"], ["mai"], ["juni"],
            ["juli"], ["august"], ["september"], ["oktober", "okt"], ["november"], ["dezember", "dez"],
        ]);
        Add(table, [
            // Spanish
            ["enero", "ene"], ["febrero"], ["marzo"], ["abril", "abr"], ["mayo"], ["junio"],
            ["julio"], ["agosto", "ago"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre", "dic"],
        ]);
        Add(table, [
            // Italian
            ["gennaio", "gen"], ["febbraio"], ["marzo"], ["aprile"], ["maggio", "mag"], ["giugno", "giu"],
            ["luglio", "lug"], ["agosto"], ["settembre"], ["ottobre", "ott"], ["novembre"], ["dicembre"],
        ]);
        Add(table, [
            // Portuguese
            ["janeiro"], ["fevereiro"], ["março", "marco"], ["abril"], ["maio"], ["junho"],
            ["julho"], ["agosto"], ["setembro"], ["outubro"], ["novembro"], ["dezembro", "dez"],
        ]);
        Add(table, [
            // Dutch
            ["januari"], ["februari"], ["maart", "mrt"], ["april"], ["mei"], ["juni"],
            ["juli"], ["augustus"], ["september"], ["oktober"], ["november"], ["december"],
        ]);
        Add(table, BurmeseFull);
        Add(table, [["ဇန်"], ["ဖေ"], [], [], [], [], [], ["ဩ"], ["စက်"], ["အောက်"], ["နို"], ["ဒီ"]]);
        Add(table, ThaiFull);
        Add(table, [["ม.ค"], ["ก.พ"], ["มี.ค"], ["เม.ย"], ["พ.ค"], ["มิ.ย"], ["ก.ค"], ["ส.ค"], ["ก.ย"], ["ต.ค"], ["พ.ย"], ["ธ.ค"]]);
        return table;
    }

    private static void Add(Dictionary<string, int> table, string[][] months)
    {
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var name in months[i])
            {
                table.TryAdd(name.Normalize(), i + 1);
            }
        }
    }
}
