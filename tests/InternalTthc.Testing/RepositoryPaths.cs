namespace InternalTthc.Testing;

/// <summary>Finds the repository root (the folder of InternalTthc.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/seeds beside the clone, as CI and developers have it; null when absent.</summary>
    public static string? Seeds =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds")) is var p && System.IO.Directory.Exists(p) ? p : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InternalTthc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InternalTthc.sln not found above " + AppContext.BaseDirectory);
    }
}
