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
    private static readonly string[] BurmeseClauseWords = ["တွင်", "၌", "ကို", "မှ", "အား", "၏", "သို့", "နှင့်အတူ", "ရာ", "ပြီး", "၎င်း", "ရက်နေ့", "ခုနှစ်"];

    public static IEnumerable<IssuerMention> Read(string? opening)
    {
        if (string.IsNullOrWhiteSpace(opening))
        {
            yield break;
        }

        // The first paragraph usually names the body; a reposting site may put its own note first
        // ("This statement was issued by our member organization, …") and the body's sentence after.
        var paragraphs = opening.Split('\n');
        foreach (var mention in paragraphs.SelectMany(IssuedBy))
        {
            yield return mention;
        }

        foreach (var paragraph in paragraphs)
        {
            foreach (var mention in FromSentence(paragraph))
            {
                yield return mention;
            }
        }
    }

    // "This statement was issued by X", "The following statement is published by X".
    private static IEnumerable<IssuerMention> IssuedBy(string paragraph)
    {
        var m = IssuerPhrases.IssuedBy().Match(paragraph);
        if (m.Success)
        {
            yield return new IssuerMention(m.Groups["who"].Value.Trim(), MentionSignal.SourceField, $"'{Excerpt(m.Value)}'");
        }
    }

    private static IEnumerable<IssuerMention> FromSentence(string paragraph)
    {
        var sentence = IssuerPhrases.Dateline().Replace(paragraph, string.Empty, 1);
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
            yield break;
        }

        // A sentence that opens on a name with a verb this reader does not list ("Myanmar Airwatch
        // Collective counted …"): the capitalised words it starts with, offered as a weaker signal.
        var words = IssuerPhrases.OpeningWords().Match(sentence);
        if (words.Success)
        {
            yield return new IssuerMention(words.Groups["who"].Value.Trim(), MentionSignal.OpeningWords, $"opening words '{Excerpt(words.Value)}'");
        }
    }

    private static string Excerpt(string text) => text.Length <= 90 ? text.Trim() : text[..90].Trim() + "…";
}
