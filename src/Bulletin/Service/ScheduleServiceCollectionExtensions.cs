using Bulletin.Core.Collection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>Registers the Quartz scheduler with the collect and draft jobs on their configured schedules.</summary>
public static class ScheduleServiceCollectionExtensions
{
    public static IServiceCollection AddBulletinSchedule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();

        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var zoneId = configuration.GetSection(BulletinOptions.Section).Get<BulletinOptions>()?.TimeZone ?? new BulletinOptions().TimeZone;
        services.AddQuartz(q =>
        {
            AddCron<CollectJob>(q, "collect", schedule.Collect, zoneId);
            AddCron<DraftJob>(q, "draft", schedule.Draft, zoneId);
        });
        // A job under way when the service is asked to stop is let finish.
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static void AddCron<TJob>(IServiceCollectionQuartzConfigurator q, string name, string cron, string zoneId)
        where TJob : IJob
    {
        var key = new JobKey(name);
        q.AddJob<TJob>(key);
        if (!CronExpression.IsValidExpression(cron) || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return; // the options validators stop start-up with a message naming the setting
        }

        q.AddTrigger(t => t.ForJob(key).WithIdentity(name + "-trigger").WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireHandlingInstructionFireAndProceed()));
    }
}
