using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>Rejects cron expressions Quartz cannot read, naming the setting and the form it expects.</summary>
public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        foreach (var (setting, value) in new[] { ("Collect", options.Collect), ("Draft", options.Draft) })
        {
            if (!CronExpression.TryParse(value, out _))
            {
                failures.Add($"Bulletin:Schedule:{setting} '{value}' is not a Quartz cron expression; it has seconds first, e.g. \"0 0 9 ? * FRI\" for Fridays 09:00.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
