using System.ComponentModel.DataAnnotations;

namespace Bulletin.Core.Collection.Health;

/// <summary>When a source that still answers needs an editor's eye (configuration section <c>Bulletin:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Bulletin:Health";

    /// <summary>A source that failed in this many runs in a row is flagged as failing repeatedly. Default 3.</summary>
    [Range(2, 100, ErrorMessage = "Bulletin:Health:FailingRuns must be between 2 and 100 (runs in a row).")]
    public int FailingRuns { get; set; } = 3;

    /// <summary>A feed is silent when its newest item is older than this many of its usual gaps between items. Default 3.</summary>
    [Range(1.5, 50, ErrorMessage = "Bulletin:Health:SilenceFactor must be between 1.5 and 50 (times the usual gap between items).")]
    public double SilenceFactor { get; set; } = 3;

    /// <summary>Never call a source silent sooner than this many days after its newest item. Default 14.</summary>
    [Range(1, 365, ErrorMessage = "Bulletin:Health:MinimumSilenceDays must be between 1 and 365.")]
    public int MinimumSilenceDays { get; set; } = 14;

    /// <summary>
    /// The service is not ready when its last successful collection is older than this. Default 12 hours
    /// (four of the default three-hourly collections missed). A database with no collection yet is ready.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "31.00:00:00", ErrorMessage = "Bulletin:Health:MaxCollectionAge must be between 00:01:00 and 31.00:00:00 (d.hh:mm:ss), e.g. 12:00:00.")]
    public TimeSpan MaxCollectionAge { get; set; } = TimeSpan.FromHours(12);
}
