namespace Bulletin.Core.Classification;

/// <summary>What an item is, which decides its section or keeps it out of the bulletin.</summary>
public enum Kind
{
    /// <summary>Statements and press releases.</summary>
    Statement,

    /// <summary>Reports, briefing papers, situation updates, data releases.</summary>
    Report,

    /// <summary>Not for the bulletin: news, commentary, events, vacancies, advisories.</summary>
    Excluded,
}
