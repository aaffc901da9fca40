using Microsoft.Extensions.Logging;

namespace Bulletin.Core.Notification;

/// <summary>
/// Sends a notice through every configured channel. A channel that fails is logged and skipped: a
/// notice is a courtesy, and the draft it announces is already written.
/// </summary>
public sealed class Notifier(IEnumerable<INoticeChannel> channels, ILogger<Notifier> logger)
{
    /// <summary>Returns how many channels delivered the notice.</summary>
    public async Task<int> SendAsync(Notice notice, CancellationToken ct)
    {
        var delivered = 0;
        foreach (var channel in channels.Where(c => c.Enabled))
        {
            try
            {
                await channel.SendAsync(notice, ct);
                delivered++;
                logger.LogInformation("Notice {event} sent by {channel}", notice.Event, channel.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Notice {event} could not be sent by {channel}: {message}", notice.Event, channel.Name, e.Message);
            }
        }

        return delivered;
    }
}
