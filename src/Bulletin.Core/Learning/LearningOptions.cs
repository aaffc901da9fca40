using System.ComponentModel.DataAnnotations;

namespace Bulletin.Core.Learning;

/// <summary>How much editors' history it takes to learn from it (configuration section <c>Bulletin:Learning</c>).</summary>
public sealed class LearningOptions
{
    public const string Section = "Bulletin:Learning";

    /// <summary>
    /// A source's new items are credited to the issuer editors chose for this many of its latest corrected
    /// items in a row, when nothing on the page names another. Default 2.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Bulletin:Learning:SourceCorrections must be between 1 and 100; it is how many agreeing corrections make a habit.")]
    public int SourceCorrections { get; set; } = 2;
}
