using Bulletin.Core;
using Bulletin.Core.Collection;
using Bulletin.Core.Notification;
using Bulletin.Core.Rendering;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// Registers the Quartz scheduler, its tables in Bulletin's own SQLite file, the collect and draft
/// jobs, notifications, and the start-up checks only the long-running service needs.
/// </summary>
public static class ScheduleServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddBulletinSchedule(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddSingleton<IValidateOptions<BulletinOptions>, SourcesFileValidator>();
        services.AddSingleton<IValidateOptions<RenderingOptions>, TemplatesValidator>();
        services.AddBulletinNotifications(configuration);
        services.AddSingleton<Readiness>();
        services.AddSingleton<ScheduledWeeks>();
        services.AddSingleton<Recollections>();

        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var settings = configuration.GetSection(BulletinOptions.Section).Get<BulletinOptions>() ?? new BulletinOptions();
        var database = ContentPaths.Resolve(string.IsNullOrWhiteSpace(settings.DatabasePath) ? new BulletinOptions().DatabasePath : settings.DatabasePath, mustExist: false);
        builder.AddQuartz(q =>
        {
            // One job at a time: a draft never runs beside a collection writing the same items.
            q.UseDefaultThreadPool(1);
            q.UsePersistentStore(s =>
            {
                // The QRTZ_ tables come with Bulletin's own migrations (Store.OpenAsync), which run before
                // the scheduler starts; Quartz only checks them.
                s.UseSqlite(Store.ConnectionStringFor(database));
                s.ConfigureStore(o => o.MisfireThreshold = schedule.MisfireThreshold);
            });
        });

        // Before Quartz's own hosted service, so the tables and triggers are in place when it starts.
        services.AddHostedService<ScheduleSync>();
        // A job under way when the service is asked to stop is let finish.
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
