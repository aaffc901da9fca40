using Bulletin.Core.Extraction;

namespace Bulletin.Core.Classification.Attribution;

/// <summary>
/// How much each kind of signal says about who issued an item. What the statement says of itself (a
/// "Source:" or "Published by" field, its signatories, its letterhead, its first sentence, its title,
/// its signature) outweighs what says who posted it (bylines, site names, the source's default on a
/// site that posts for others). Names are summed over signals, so agreement adds up.
/// </summary>
public static class SignalWeights
{
    public const double Signatories = 7;
    public const double LearnedHabit = 4;
    public const double OwnChannelDefault = 3;
    public const double PostsForOthersDefault = 1;
    public const double OriginalSite = 3.5;
    public const double SiteOwner = 1;

    /// <summary>
    /// Weights of the page's own mentions; a site that posts for others lowers what only says who posted.
    /// Co-issuers named in a byline or author field are the statement's issuers (a web team is one name).
    /// </summary>
    public static double Of(MentionSignal signal, bool postsForOthers, bool coIssuers = false) => signal switch
    {
        MentionSignal.Byline or MentionSignal.Author or MentionSignal.FeedAuthor when coIssuers => 4.5,
        MentionSignal.SourceField => 6,
        MentionSignal.Letterhead => 5,
        MentionSignal.Opening => 5,
        MentionSignal.Title => 5,
        MentionSignal.Signature => 4.5,
        MentionSignal.OpeningWords => 2.5,
        MentionSignal.Badge => 3.5,
        MentionSignal.Label => 3,
        MentionSignal.Section => postsForOthers ? 1.5 : 2.5,
        MentionSignal.Author => postsForOthers ? 1 : 2,
        MentionSignal.FeedAuthor => postsForOthers ? 1.5 : 2,
        MentionSignal.Byline => postsForOthers ? 0.75 : 1.5,
        MentionSignal.Publisher => postsForOthers ? 0.5 : 1,
        MentionSignal.SiteName => postsForOthers ? 0.5 : 1,
        _ => 1,
    };

    /// <summary>Signals that tell who issued the item rather than who posted it.</summary>
    public static bool SaysWhoIssued(MentionSignal signal) =>
        signal is MentionSignal.SourceField or MentionSignal.Letterhead or MentionSignal.Opening or MentionSignal.Title or MentionSignal.Signature;
}
