namespace Bulletin.Core.Classification.Attribution;

/// <summary>
/// Who an item is "By", why, and how sure: the winning name with its reason, a confidence between 0
/// and 1, and every candidate the signals named, so an editor can pick another in one click.
/// </summary>
public sealed record Attribution(string Value, string Reason, double Confidence, IReadOnlyList<IssuerCandidate> Candidates)
{
    /// <summary>At or above this, the issuer needs no second look.</summary>
    public const double Sure = 0.6;

    /// <summary>Below this, the editor is asked to check the issuer.</summary>
    public const double Unsure = 0.35;

    /// <summary>True when what the page says of itself (a field, its letterhead, opening, title, signature or signatories) names the winner.</summary>
    public bool NamedByThePage { get; init; }

    /// <summary>The words the strongest signal for the winner wrote (<see cref="Decided{T}.Quote"/>), for learning names.</summary>
    public string? Quote { get; init; }

    /// <summary>True when the winning name is not in the issuer directory (named from the page itself).</summary>
    public bool NewToDirectory => Candidates.Count > 0 && Candidates[0].Name == Value && !Candidates[0].Known;

    public Certainty Certainty => Confidence >= Sure ? Certainty.High : Confidence >= Unsure ? Certainty.Medium : Certainty.Low;

    /// <summary>The decision as the rest of the pipeline records it.</summary>
    public Decided<string> Decided => new(Value, Reason) { Confidence = Confidence, Quote = Quote };
}

/// <summary>One name the signals put forward, its weight, what named it, and whether the directory knows it.</summary>
public sealed record IssuerCandidate(string Name, double Score, IReadOnlyList<string> Signals, bool Known);

/// <summary>How sure Bulletin is of a decision, as the review page shows it.</summary>
public enum Certainty
{
    Low,
    Medium,
    High,
}
