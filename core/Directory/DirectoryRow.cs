namespace InternalTthc.Core.Directory;

/// <summary>One data row: its number as the file shows it and its values by column key.</summary>
public sealed record DirectoryRow(int Number, IReadOnlyDictionary<string, string> Values)
{
    public string this[string key] => Values.TryGetValue(key, out var value) ? value : "";
}
