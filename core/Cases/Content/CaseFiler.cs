namespace InternalTthc.Core.Cases.Content;

/// <summary>Who filed a case: his name, position and unit from the directory, and how to reach him (masked for some readers).</summary>
public sealed record CaseFiler(string Name, string? Position, string Unit, string? Phone, string? Email);
