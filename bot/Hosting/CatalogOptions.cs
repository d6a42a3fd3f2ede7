namespace InternalTthc.Bot.Hosting;

/// <summary>Where the catalog files are. Bound from the "Catalog" section.</summary>
public sealed record CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Folder of *.json catalog files; relative paths are taken from the application folder.</summary>
    public string Folder { get; init; } = "catalog";

    public string FullPath => Path.IsPathRooted(Folder) ? Folder : Path.Combine(AppContext.BaseDirectory, Folder);
}
