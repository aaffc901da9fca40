using System.Text.Json;
using Bulletin.Core;
using Bulletin.Core.Notification;
using Bulletin.Service;
using Bulletin.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulletin.Tests.Service;

/// <summary>The weekly draft drafts the week its fire was scheduled for, however late it runs.</summary>
public sealed class DraftJobTests : IDisposable
{
    private static readonly TimeSpan Yangon = TimeSpan.FromHours(6.5);
    private readonly string folder = Directory.CreateTempSubdirectory("bulletin-draftjob-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("2025-05-23T09:00:00", "2025-05-23T09:00:30", "2025-05-17", "2025-05-23")]
    [InlineData("2025-05-23T09:00:00", "2025-05-24T10:15:00", "2025-05-17", "2025-05-23")]
    [InlineData("2025-05-23T09:00:00", "2025-05-30T08:00:00", "2025-05-17", "2025-05-23")]
    public async Task A_missed_fire_drafts_the_week_it_was_scheduled_for(string scheduled, string now, string from, string to)
    {
        var fire = new DateTimeOffset(DateTime.Parse(scheduled, System.Globalization.CultureInfo.InvariantCulture), Yangon);
        await using var services = Services(new DateTimeOffset(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Yangon));
        var job = ActivatorUtilities.CreateInstance<DraftJob>(services);

        var written = await job.DraftAsync(fire.ToUniversalTime(), recovering: true, CancellationToken.None);

        Assert.Equal(to, Path.GetFileName(written));
        var window = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(written, "draft.json"))).RootElement.GetProperty("window");
        Assert.Equal(from, window.GetProperty("from").GetString());
        Assert.Equal(to, window.GetProperty("to").GetString());
    }

    private ServiceProvider Services(DateTimeOffset now)
    {
        var sources = Path.Combine(folder, "sources.json");
        File.WriteAllText(sources, """{"sources": []}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bulletin:DatabasePath"] = Path.Combine(folder, "bulletin.db"),
            ["Bulletin:SourcesPath"] = sources,
            ["Bulletin:DraftsPath"] = Path.Combine(folder, "drafts"),
            ["Bulletin:Attribution:IssuersPath"] = Path.Combine(RepositoryRoot.Path, "seeds", "issuers.json"),
            ["Bulletin:Rendering:TemplatesPath"] = Path.Combine(RepositoryRoot.Path, "templates"),
        }).Build();
        return new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(new FixedClock(now))
            .AddBulletin(configuration)
            .AddBulletinNotifications(configuration)
            .BuildServiceProvider();
    }

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
