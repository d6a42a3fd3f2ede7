namespace InternalTthc.Bot.Operations.Logging;

/// <summary>
/// The service's logs: Logging:Format picks the console's form — Simple (default), Json (one JSON object a line, for a
/// log collector) or Systemd (journald's priority prefixes) — and every provider registered is wrapped so that no
/// line, in any form, shows a citizen ID, a phone number or an e-mail address.
/// </summary>
public static class LoggingSetup
{
    public const string FormatKey = "Logging:Format";

    public static void UseMaskedLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var format = builder.Configuration[FormatKey]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "simple" => "simple",
            "json" => "json",
            "systemd" => "systemd",
            var other => throw new InvalidOperationException($"{FormatKey} '{other}' must be Simple, Json or Systemd."),
        };
        builder.Logging.AddConsole(o => o.FormatterName = format);

        var services = builder.Services;
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList())
        {
            services.Remove(descriptor);
            services.Add(ServiceDescriptor.Singleton<ILoggerProvider>(sp => new MaskingLoggerProvider(Create(descriptor, sp), owned: descriptor.ImplementationInstance is null)));
        }
    }

    private static ILoggerProvider Create(ServiceDescriptor descriptor, IServiceProvider services) => (ILoggerProvider)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
