using System.Runtime.Versioning;

namespace InternalTthc.Bot.Tests.Deployment;

/// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (PackageDownload in this project).</summary>
[UnsupportedOSPlatform("windows")]
public static class BicepCompiler
{
    public const string Version = "0.49.2";

    public static string Path
    {
        get
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var path = System.IO.Path.Combine(packages, "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");
            // NuGet does not keep the execute bit of a package's file.
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
            return path;
        }
    }
}
