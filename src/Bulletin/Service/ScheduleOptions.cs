using System.ComponentModel.DataAnnotations;

namespace Bulletin.Service;

/// <summary>When the service collects and drafts (configuration section <c>Bulletin:Schedule</c>), as Quartz cron expressions in the bulletin's time zone.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Bulletin:Schedule";

    /// <summary>Collection from every source. Default "0 0 0/3 * * ?" (every 3 hours).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Collect { get; set; } = "0 0 0/3 * * ?";

    /// <summary>The weekly draft for the week ending that day. Default "0 0 9 ? * FRI" (Fridays 09:00).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Draft { get; set; } = "0 0 9 ? * FRI";

    /// <summary>
    /// A fire later than this (the service was down, or another job ran long) is a misfire, and runs
    /// once at once rather than once per missed time. Default one minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Bulletin:Schedule:MisfireThreshold must be between 00:00:01 and 1.00:00:00, e.g. 00:01:00.")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
