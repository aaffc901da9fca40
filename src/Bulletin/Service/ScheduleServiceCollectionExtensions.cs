using Bulletin.Core.Collection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>Registers the Quartz scheduler with the collect and draft jobs on their configured schedules.</summary>
public static class ScheduleServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddBulletinSchedule(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();

        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var zoneId = configuration.GetSection(BulletinOptions.Section).Get<BulletinOptions>()?.TimeZone ?? new BulletinOptions().TimeZone;
        builder.AddQuartz(q =>
        {
            AddCron(q, typeof(CollectJob), "collect", schedule.Collect, zoneId);
            AddCron(q, typeof(DraftJob), "draft", schedule.Draft, zoneId);
        });
        // A job under way when the service is asked to stop is let finish.
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    private static void AddCron(IQuartzBuilder q, Type job, string name, string cron, string zoneId)
    {
        q.AddJob(job, j => j.WithIdentity(name));
        if (!CronExpression.TryParse(cron, out _) || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return; // the options validators stop start-up with a message naming the setting
        }

        // A run missed while the service was down fires once when it is back.
        q.AddTrigger(t => t.ForJob(name).WithIdentity(name + "-trigger").WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
