namespace InternalTthc.Core.Cases.Content;

/// <summary>The names of the units (by code) and people (by id) a case's answers name, read from the directory once per case.</summary>
internal sealed record DirectoryNames(IReadOnlyDictionary<string, string> Units, IReadOnlyDictionary<Guid, string> People);
