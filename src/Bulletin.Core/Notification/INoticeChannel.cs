namespace Bulletin.Core.Notification;

/// <summary>One way of delivering a notice (webhook, e-mail); a channel that is not configured is skipped.</summary>
public interface INoticeChannel
{
    /// <summary>A short name for logs: "webhook", "smtp".</summary>
    string Name { get; }

    bool Enabled { get; }

    Task SendAsync(Notice notice, CancellationToken ct);
}
