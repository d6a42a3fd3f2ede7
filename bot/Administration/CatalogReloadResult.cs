namespace InternalTthc.Bot.Administration;

/// <summary>What a catalog reload did: the new catalog's size, or every fault that kept the old one.</summary>
public sealed record CatalogReloadResult(bool Reloaded, int Procedures, int Jurisdictions, IReadOnlyList<string> Faults)
{
    public string Summary => Reloaded
        ? AdminText.Vietnamese("CatalogReloaded", Procedures, Jurisdictions)
        : AdminText.Vietnamese("CatalogRefused", Faults.Count);
}
