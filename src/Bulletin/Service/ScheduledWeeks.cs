using System.Globalization;
using System.Text.Json;
using Bulletin.Core;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// The weeks editors work on, by the schedule's own rule (<see cref="DraftWeek"/>): every week a draft was
/// written for (the folders under Bulletin:DraftsPath), the week of the draft trigger's last fire, and the
/// week it will draft next.
/// </summary>
public sealed class ScheduledWeeks(ISchedulerFactory schedulers, IOptions<ScheduleOptions> schedule, IOptions<BulletinOptions> options, TimeProvider clock, ILogger<ScheduledWeeks> logger)
{
    public async Task<IReadOnlyList<Window>> ListAsync(CancellationToken ct)
    {
        var zone = options.Value.Zone;
        var weeks = Drafted(ContentPaths.Resolve(options.Value.DraftsPath, mustExist: false), zone);
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = await scheduler.GetTrigger(ScheduleSync.TriggerFor(ScheduleSync.DraftJobName), ct);
        if (trigger?.PreviousFireTimeUtc is { } previous)
        {
            weeks.Add(DraftWeek.For(previous, zone));
        }

        if ((trigger?.NextFireTimeUtc ?? NextByCron(zone)) is { } next)
        {
            weeks.Add(DraftWeek.For(next, zone));
        }

        return weeks.DistinctBy(w => (w.From, w.To)).ToList();
    }

    // Before the scheduler has stored its trigger (or when it was removed), the configured cron says the same.
    private DateTimeOffset? NextByCron(TimeZoneInfo zone) =>
        CronExpression.TryParse(schedule.Value.Draft, out _)
            ? new CronExpression(schedule.Value.Draft, zone).GetNextValidTimeAfter(clock.GetUtcNow())
            : null;

    /// <summary>The window of every draft.json one level under <paramref name="folder"/>.</summary>
    private List<Window> Drafted(string folder, TimeZoneInfo zone)
    {
        var weeks = new List<Window>();
        if (!Directory.Exists(folder))
        {
            return weeks;
        }

        foreach (var file in Directory.EnumerateDirectories(folder).Select(d => Path.Combine(d, "draft.json")).Where(File.Exists))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var window = json.RootElement.GetProperty("window");
                weeks.Add(new Window(Day(window, "from"), Day(window, "to"), zone));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or IOException)
            {
                logger.LogWarning("Draft {file} has no readable window; left off the start page: {error}", file, e.Message);
            }
        }

        return weeks;
    }

    private static DateOnly Day(JsonElement window, string name) =>
        DateOnly.ParseExact(window.GetProperty(name).GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
