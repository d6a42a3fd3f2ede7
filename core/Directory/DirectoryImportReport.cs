namespace InternalTthc.Core.Directory;

/// <summary>What an import did: the units and people loaded, or — when anything was wrong — nothing, with every fault.</summary>
public sealed record DirectoryImportReport(string FileName, int Units, int People, IReadOnlyList<DirectoryFault> Faults)
{
    public bool Imported => Faults.Count == 0;

    public override string ToString() => Imported
        ? DirectoryText.Vietnamese("Imported", FileName, Units, People)
        : string.Join(Environment.NewLine, Faults.Select(f => "  - " + f).Prepend(DirectoryText.Vietnamese("Refused", FileName, Faults.Count)));
}
