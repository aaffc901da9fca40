namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// Who the title says speaks: "Statement by the Delegation of the European Union to Myanmar on …",
/// "KIO Statement on …", "Athan Condemns …", "[APHR] …", "&lt;body&gt; ၏ ထုတ်ပြန်ချက်". A title that only
/// names a body it is about ("Statement on the KNU's …") gives nothing.
/// </summary>
internal static class TitleMentions
{
    public static IEnumerable<IssuerMention> Read(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
        }

        var by = IssuerPhrases.StatementBy().Match(title);
        if (by.Success)
        {
            yield return new IssuerMention(by.Groups["who"].Value.Trim(), MentionSignal.Title, $"title '{by.Value.Trim()}'");
        }

        var named = IssuerPhrases.NamedStatement().Match(title);
        if (named.Success)
        {
            yield return new IssuerMention(named.Groups["who"].Value.Trim(), MentionSignal.Title, $"title '{named.Value.Trim()}'");
        }

        var subject = IssuerPhrases.SubjectVerb().Match(title);
        if (subject.Success)
        {
            var acronym = subject.Groups["acr"].Success ? $" ({subject.Groups["acr"].Value})" : "";
            yield return new IssuerMention(subject.Groups["who"].Value.Trim() + acronym, MentionSignal.Title, $"title '{subject.Value.Trim()}'");
        }

        var burmese = IssuerPhrases.BurmeseStatementOf().Match(title);
        if (burmese.Success)
        {
            yield return new IssuerMention(burmese.Groups["who"].Value.Trim(), MentionSignal.Title, $"title '{burmese.Value.Trim()}'");
        }
    }
}
