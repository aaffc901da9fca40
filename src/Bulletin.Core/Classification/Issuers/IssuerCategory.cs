namespace Bulletin.Core.Classification.Issuers;

/// <summary>The family an issuing body belongs to, as the seeds file codes it.</summary>
public enum IssuerCategory
{
    /// <summary>"un": the UN, its agencies and mechanisms, and other intergovernmental bodies (ASEAN, AICHR).</summary>
    Un,

    /// <summary>"government": governments, ministries, embassies, groups of countries.</summary>
    Government,

    /// <summary>"nug-crph": the National Unity Government and its ministries, CRPH, NUCC.</summary>
    NugCrph,

    /// <summary>"ethnic": ethnic armed and political organisations, and ethnic civil society.</summary>
    Ethnic,

    /// <summary>"myanmar-cso": Myanmar civil society organisations.</summary>
    MyanmarCso,

    /// <summary>"international-ngo": international non-governmental organisations.</summary>
    InternationalNgo,

    /// <summary>"coalition": coalitions, networks, councils of experts and campaigns.</summary>
    Coalition,

    /// <summary>
    /// "media": news outlets. They report on and repost statements but never issue them, so a page that
    /// names an outlet as its "Author" or source says who posted it, not who issued it.
    /// </summary>
    Media,
}

/// <summary>The codes the seeds file uses for <see cref="IssuerCategory"/>.</summary>
public static class IssuerCategoryCodes
{
    private static readonly (string Code, IssuerCategory Category)[] Codes =
    [
        ("un", IssuerCategory.Un),
        ("government", IssuerCategory.Government),
        ("nug-crph", IssuerCategory.NugCrph),
        ("ethnic", IssuerCategory.Ethnic),
        ("myanmar-cso", IssuerCategory.MyanmarCso),
        ("international-ngo", IssuerCategory.InternationalNgo),
        ("coalition", IssuerCategory.Coalition),
        ("media", IssuerCategory.Media),
    ];

    /// <summary>Every code, in the order the file documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Codes.Select(c => c.Code)];

    public static bool TryParse(string? code, out IssuerCategory category)
    {
        foreach (var (c, cat) in Codes)
        {
            if (string.Equals(c, code, StringComparison.Ordinal))
            {
                category = cat;
                return true;
            }
        }

        category = default;
        return false;
    }

    public static string ToCode(this IssuerCategory category) =>
        Codes.First(c => c.Category == category).Code;
}
