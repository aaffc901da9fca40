namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// The subject of a statement's first sentence, which in an organisation's own statement is the
/// organisation: "We, the Karen Women's Organization, …", "The Chin Human Rights Organization (CHRO)
/// strongly condemns …", "YANGON, 10 October 2023 – UNICEF is deeply shocked …", and in Burmese the
/// phrase before the subject marker ("… သပိတ်ကော်မတီ (YTSC) သည် …").
/// </summary>
internal static class OpeningMentions
{
    private const int MaxSentence = 700;

    // Burmese words that, inside a would-be subject, show it is a clause ("in Yangon", "to the people"), not a name.
    private static readonly string[] BurmeseClauseWords = ["တွင်", "၌", "ကို", "မှ", "အား", "၏", "သို့", "နှင့်အတူ", "ရာ", "ပြီး"];

    public static IEnumerable<IssuerMention> Read(string? opening)
    {
        if (string.IsNullOrWhiteSpace(opening))
        {
            yield break;
        }

        var first = opening.Split('\n')[0];
        var sentence = IssuerPhrases.Dateline().Replace(first, string.Empty, 1);
        if (sentence.Length > MaxSentence)
        {
            sentence = sentence[..MaxSentence];
        }

        var we = IssuerPhrases.WeThe().Match(sentence);
        if (we.Success)
        {
            yield return new IssuerMention(we.Groups["who"].Value.Trim(), MentionSignal.Opening, $"opening '{Excerpt(we.Value)}'");
            yield break;
        }

        var subject = IssuerPhrases.SubjectVerb().Match(sentence);
        if (subject.Success)
        {
            var who = subject.Groups["who"].Value.Trim();
            var acronym = subject.Groups["acr"].Success ? $" ({subject.Groups["acr"].Value})" : "";
            yield return new IssuerMention(who + acronym, MentionSignal.Opening, $"opening '{Excerpt(subject.Value)}'");
            yield break;
        }

        var burmese = IssuerPhrases.BurmeseSubject().Match(sentence);
        if (burmese.Success && !BurmeseClauseWords.Any(w => burmese.Groups["who"].Value.Contains(w, StringComparison.Ordinal)))
        {
            var acronym = burmese.Groups["acr"].Success ? $" ({burmese.Groups["acr"].Value})" : "";
            yield return new IssuerMention(burmese.Groups["who"].Value.Trim() + acronym, MentionSignal.Opening, $"opening '{Excerpt(burmese.Value)}'");
        }
    }

    private static string Excerpt(string text) => text.Length <= 90 ? text.Trim() : text[..90].Trim() + "…";
}
