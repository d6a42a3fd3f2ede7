namespace InternalTthc.Core.Operations;

/// <summary>One value every instance reads from the store (e.g. when the catalog was last reloaded).</summary>
public sealed class ServiceSetting
{
    public required string Key { get; init; }
    public required string Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
