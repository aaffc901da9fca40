using System.ComponentModel.DataAnnotations;

namespace Bulletin.Core.Collection;

/// <summary>Where Bulletin keeps its data and which week it serves (configuration section <c>Bulletin</c>).</summary>
public sealed class BulletinOptions
{
    public const string Section = "Bulletin";

    /// <summary>IANA time zone of the bulletin; the week's dates are read in it. Default "Asia/Yangon".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:TimeZone must name an IANA time zone, e.g. Asia/Yangon.")]
    public string TimeZone { get; set; } = "Asia/Yangon";

    /// <summary>SQLite database file. Default "data/bulletin.db".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:DatabasePath must name the SQLite file, e.g. data/bulletin.db.")]
    public string DatabasePath { get; set; } = "data/bulletin.db";

    /// <summary>The sources file. Default "seeds/sources.json".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:SourcesPath must name the sources file, e.g. seeds/sources.json.")]
    public string SourcesPath { get; set; } = "seeds/sources.json";

    /// <summary>The sources file <see cref="SourcesPath"/> names; throws <see cref="Sources.SourcesFileException"/> when it is missing or invalid.</summary>
    public IReadOnlyList<Sources.SourceDefinition> LoadSources() => Sources.SourcesFile.Load(ContentPaths.Resolve(SourcesPath));

    /// <summary>Folder the scheduled draft job writes drafts into, one subfolder per week. Default "data/drafts".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:DraftsPath must name a folder, e.g. data/drafts.")]
    public string DraftsPath { get; set; } = "data/drafts";

    /// <summary>How many sources are read at once (each host is still limited by Bulletin:Fetch). Default 4.</summary>
    [Range(1, 64, ErrorMessage = "Bulletin:SourceConcurrency must be between 1 and 64.")]
    public int SourceConcurrency { get; set; } = 4;

    /// <summary>How many days the scheduled collection looks back. Default 8 (a week and a day).</summary>
    [Range(1, 366, ErrorMessage = "Bulletin:CollectDays must be between 1 and 366.")]
    public int CollectDays { get; set; } = 8;

    /// <summary>
    /// The zone <see cref="TimeZone"/> names. Options validation reads every property, so an unknown name
    /// must not throw here: it gives UTC, and <see cref="BulletinOptionsValidator"/> refuses the options.
    /// </summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Today's date in the bulletin's time zone.</summary>
    public DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The days the scheduled collection covers: the last <see cref="CollectDays"/>, today included.</summary>
    public Selection.Window RecentDays(TimeProvider clock)
    {
        var today = Today(clock);
        return new(today.AddDays(1 - CollectDays), today, Zone);
    }
}
