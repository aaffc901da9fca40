namespace Bulletin.Core.Classification;

/// <summary>
/// Decides whether an item is a statement, a report, or not for the bulletin, trusting signals in
/// this order: the source's declared kind for news outlets, labels the site gives, the URL's path,
/// telling title phrases, the page's style (journalism vs an organisation's own voice), report
/// markers, statement labels, and finally the source's default.
/// </summary>
public static class KindClassifier
{
    public static Decided<Kind> Classify(Evidence evidence)
    {
        if (string.Equals(evidence.Source.Kind, "news", StringComparison.OrdinalIgnoreCase))
        {
            return new(Kind.Excluded, $"news: source '{evidence.Source.Id}' is a news outlet");
        }

        var labels = evidence.Labels.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        foreach (var (category, pattern) in KindRules.ExcludedLabels)
        {
            if (labels.FirstOrDefault(pattern.IsMatch) is { } label)
            {
                return new(Kind.Excluded, $"{category}: labelled '{label}'");
            }
        }

        var path = evidence.Url.AbsolutePath;
        foreach (var (category, pattern) in KindRules.ExcludedPaths)
        {
            if (pattern.IsMatch(path))
            {
                return new(Kind.Excluded, $"{category}: URL path '{path}'");
            }
        }

        var title = evidence.Title;
        foreach (var (category, pattern) in KindRules.ExcludedTitles)
        {
            if (pattern.Match(title) is { Success: true } match)
            {
                return new(Kind.Excluded, $"{category}: title has '{match.Value.Trim()}'");
            }
        }

        if (Journalism(evidence) is { } why)
        {
            return new(Kind.Excluded, "news: " + why);
        }

        if (labels.FirstOrDefault(KindRules.ReportLabel.IsMatch) is { } reportLabel)
        {
            return new(Kind.Report, $"labelled '{reportLabel}'");
        }

        if (KindRules.ReportTitle.Match(title) is { Success: true } reportWords)
        {
            return new(Kind.Report, $"title has '{reportWords.Value.Trim()}'");
        }

        if (evidence.Page?.SchemaTypes.FirstOrDefault(t => t.Equals("Report", StringComparison.OrdinalIgnoreCase)) is { } schema)
        {
            return new(Kind.Report, $"page is a schema.org {schema}");
        }

        if (labels.FirstOrDefault(KindRules.StatementLabel.IsMatch) is { } statementLabel)
        {
            return new(Kind.Statement, $"labelled '{statementLabel}'");
        }

        if (string.Equals(evidence.Source.Kind, "report", StringComparison.OrdinalIgnoreCase))
        {
            return new(Kind.Report, $"source '{evidence.Source.Id}' lists reports");
        }

        // A PDF is a report unless its title says it is a statement ("Press Statement on …", "ထုတ်ပြန်ချက်").
        if (IsDocument(evidence) && KindRules.StatementTitle.Match(title) is { Success: true } statementWords)
        {
            return new(Kind.Statement, $"a document (PDF) whose title has '{statementWords.Value.Trim()}'");
        }

        if (IsDocument(evidence))
        {
            return new(Kind.Report, "a document (PDF) linked straight from the source");
        }

        return new(Kind.Statement, $"published by source '{evidence.Source.Id}', nothing marks it otherwise");
    }

    /// <summary>
    /// A page from a source without a declared issuer (a news outlet, an aggregator) reads as
    /// journalism when it reports what others said more than it speaks for itself; a news schema
    /// type or a byline alone is not enough, since organisations use both.
    /// </summary>
    private static string? Journalism(Evidence evidence)
    {
        // A source declared with an issuer is that body's own channel: its press releases may quote
        // ("said the expert") without being journalism.
        var body = evidence.Page?.BodyText;
        if (string.IsNullOrEmpty(body) || !string.IsNullOrWhiteSpace(evidence.Source.Issuer))
        {
            return null;
        }

        var reported = KindRules.ReportedSpeech().Count(body);
        var own = KindRules.OwnVoice().Count(body);
        var newsType = evidence.Page!.SchemaTypes.Any(t => t.Equals("NewsArticle", StringComparison.OrdinalIgnoreCase) || t.Equals("ReportageNewsArticle", StringComparison.OrdinalIgnoreCase));
        if (reported >= 4 && reported > 2 * own)
        {
            return $"reads as reporting ({reported} reported-speech phrases, {own} in its own voice)";
        }

        if (newsType && reported >= 1 && (reported >= 2 ? reported > own : own == 0))
        {
            return $"a NewsArticle reporting what others said ({reported} reported-speech phrases, {own} in its own voice)";
        }

        return null;
    }

    private static bool IsDocument(Evidence evidence) =>
        string.Equals(evidence.Lead.MediaType, "application/pdf", StringComparison.OrdinalIgnoreCase)
        || evidence.Url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
