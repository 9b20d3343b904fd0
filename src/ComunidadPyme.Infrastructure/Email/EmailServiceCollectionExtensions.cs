using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="IEmailSender"/> chosen by <c>Email:Delivery</c>.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.Configure<EmailOptions>(section);
        services.AddSingleton<EmailMessageFactory>();
        var delivery = section[nameof(EmailOptions.Delivery)] ?? EmailOptions.Smtp;
        if (string.Equals(delivery, EmailOptions.FileDrop, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<FileDropEmailSender>();
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<FileDropEmailSender>());
            services.AddSingleton<IMailDelivery>(sp => sp.GetRequiredService<FileDropEmailSender>());
        }
        else
        {
            services.AddSingleton<SmtpEmailSender>();
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<SmtpEmailSender>());
            services.AddSingleton<IMailDelivery>(sp => sp.GetRequiredService<SmtpEmailSender>());
        }

        return services;
    }
}
