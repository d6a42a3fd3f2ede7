namespace InternalTthc.Core.Catalog;

/// <summary>A name as it stands on a day, with the published one it replaced (null when unchanged).</summary>
public sealed record CurrentName(string Name, string? Former);
