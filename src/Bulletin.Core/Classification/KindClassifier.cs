using Bulletin.Core.Sources;

namespace Bulletin.Core.Classification;

/// <summary>
/// Decides whether an item is a statement, a report, or not for the bulletin, trusting signals in
/// this order: the source's declared kind for news outlets, labels the site gives, the URL's path,
/// telling title phrases, what the text asks for (money, applications, signatures), the page's style
/// (journalism vs an organisation's own voice), report markers, statement labels, and finally the
/// source's default. Each decision says how sure it is: a label or a title phrase is a clear mark,
/// the fallback on a site that posts for others is a guess.
/// </summary>
public static class KindClassifier
{
    private const double Marked = 0.9;
    private const double Styled = 0.7;
    private const double Declared = 0.8;
    private const double Document = 0.7;
    private const double OwnChannel = 0.55;
    private const double Guess = 0.35;

    public static Decided<Kind> Classify(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Source.Kind == SourceKind.News)
        {
            return new(Kind.Excluded, $"news: source '{evidence.Source.Id}' is a news outlet") { Confidence = 1 };
        }

        var labels = evidence.Labels.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        foreach (var (category, pattern) in KindRules.ExcludedLabels)
        {
            if (labels.FirstOrDefault(pattern.IsMatch) is { } label)
            {
                return Excluded($"{category}: labelled '{label}'", Marked);
            }
        }

        var path = evidence.Url.AbsolutePath;
        foreach (var (category, pattern) in KindRules.ExcludedPaths)
        {
            if (pattern.IsMatch(path))
            {
                return Excluded($"{category}: URL path '{path}'", Marked);
            }
        }

        var title = evidence.Title;
        foreach (var (category, pattern) in KindRules.ExcludedTitles)
        {
            if (pattern.Match(title) is { Success: true } match)
            {
                return Excluded($"{category}: title has '{match.Value.Trim()}'", Marked);
            }
        }

        if (AsksFor(evidence.Page?.BodyText) is { } asks)
        {
            return Excluded(asks, Styled);
        }

        if (Journalism(evidence) is { } why)
        {
            return Excluded("news: " + why, Styled);
        }

        if (labels.FirstOrDefault(KindRules.ReportLabel.IsMatch) is { } reportLabel)
        {
            return new(Kind.Report, $"labelled '{reportLabel}'") { Confidence = Marked };
        }

        if (KindRules.ReportTitle.Match(title) is { Success: true } reportWords)
        {
            return new(Kind.Report, $"title has '{reportWords.Value.Trim()}'") { Confidence = Marked };
        }

        if (evidence.Page?.SchemaTypes.FirstOrDefault(t => t.Equals("Report", StringComparison.OrdinalIgnoreCase)) is { } schema)
        {
            return new(Kind.Report, $"page is a schema.org {schema}") { Confidence = Marked };
        }

        if (labels.FirstOrDefault(KindRules.StatementLabel.IsMatch) is { } statementLabel)
        {
            return new(Kind.Statement, $"labelled '{statementLabel}'") { Confidence = Marked };
        }

        if (evidence.Source.Kind == SourceKind.Report)
        {
            return new(Kind.Report, $"source '{evidence.Source.Id}' lists reports") { Confidence = Declared };
        }

        if (KindRules.StatementTitle.Match(title) is { Success: true } statementWords)
        {
            return new(Kind.Statement, $"title has '{statementWords.Value.Trim()}'") { Confidence = Marked };
        }

        if (IsDocument(evidence))
        {
            return new(Kind.Report, "a document (PDF) linked straight from the source") { Confidence = Document };
        }

        // On a body's own channel an item is most likely its statement; on a site that posts for
        // others it may as well be news, so the editor is asked to check.
        var own = !evidence.Source.PublishesForOthers && !string.IsNullOrWhiteSpace(evidence.Source.Issuer);
        return new(Kind.Statement, $"published by source '{evidence.Source.Id}', nothing marks it otherwise") { Confidence = own ? OwnChannel : Guess };
    }

    private static Decided<Kind> Excluded(string reason, double confidence) => new(Kind.Excluded, reason) { Confidence = confidence };

    /// <summary>A page whose text asks for money, applications or signatures, in two different phrases.</summary>
    private static string? AsksFor(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        foreach (var (category, pattern) in KindRules.ExcludedBodies)
        {
            var phrases = pattern.Matches(body).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
            if (phrases.Count >= 2)
            {
                return $"{category}: the text asks for it ('{phrases[0]}', '{phrases[1]}')";
            }
        }

        return null;
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
