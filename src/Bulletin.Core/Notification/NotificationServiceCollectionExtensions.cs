using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Notification;

/// <summary>Registers <see cref="Notifier"/> with the webhook and e-mail channels, bound to <c>Bulletin:Notify</c>.</summary>
public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddBulletinNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotifyOptions>().Bind(configuration.GetSection(NotifyOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotifyOptions>, NotifyOptionsValidator>());
        services.AddHttpClient(WebhookChannel.HttpClientName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INoticeChannel, WebhookChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INoticeChannel, SmtpChannel>());
        services.TryAddSingleton<Notifier>();
        return services;
    }
}
