namespace Bulletin.Core.Extraction;

/// <summary>
/// A place where a page, feed or listing names a body that may have issued the item, as written there.
/// Mentions are gathered without judging them; classification resolves each against the issuer
/// directory (or accepts it as a body new to the directory) and weighs them against each other.
/// </summary>
/// <param name="Text">The name as written ("Ta'ang Women's Organization (TWO)", "ကလေးမြို့နယ် သပိတ်ကော်မတီ (KTSC)").</param>
/// <param name="Signal">Where it was found, which says how much it tells about who issued the item.</param>
/// <param name="Detail">What exactly was read, for the reason an editor sees ("'Published by:' line").</param>
public sealed record IssuerMention(string Text, MentionSignal Signal, string Detail);

/// <summary>The kinds of place a page names a body in.</summary>
public enum MentionSignal
{
    /// <summary>A labelled field: "Source: X", "Published by: X", "Issued by: X", "ရင်းမြစ် - X", "ထုတ်ပြန်သူ - X".</summary>
    SourceField,

    /// <summary>A line of the letterhead above the text (a government, then its ministry).</summary>
    Letterhead,

    /// <summary>The subject of the first sentence: "We, the X, …", "The X condemns …".</summary>
    Opening,

    /// <summary>The capitalised words a first sentence opens on, when no verb confirms they are its subject.</summary>
    OpeningWords,

    /// <summary>A signature line at the end of the text.</summary>
    Signature,

    /// <summary>The title: "Statement by X on …", "X condemns …", "X Statement on …".</summary>
    Title,

    /// <summary>A badge or tag naming a body, often only by its acronym.</summary>
    Badge,

    /// <summary>The section, team or delegation that posted the item (breadcrumb, posting-team line).</summary>
    Section,

    /// <summary>A byline ("By X", "Written by: X"): often the web team or the site that posted it.</summary>
    Byline,

    /// <summary>An author in structured data (JSON-LD author, meta author, dc:creator).</summary>
    Author,

    /// <summary>A publisher in structured data (JSON-LD publisher).</summary>
    Publisher,

    /// <summary>The site's own name (og:site_name).</summary>
    SiteName,

    /// <summary>The feed entry's author.</summary>
    FeedAuthor,

    /// <summary>A feed category or listing label that names a body ("Statement | Karenni State Interim Executive Council").</summary>
    Label,
}
