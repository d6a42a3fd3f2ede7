namespace InternalTthc.Bot.Commands;

/// <summary>
/// `dotnet run --project bot` runs the host in the project folder, so a relative path typed in
/// the shell is taken from the shell's folder (PWD) when it does not exist from the host's.
/// </summary>
public static class ShellPath
{
    public static FileInfo Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return new FileInfo(path);
        }

        var shell = Environment.GetEnvironmentVariable("PWD");
        return new FileInfo(shell is null ? path : Path.Combine(shell, path));
    }
}
