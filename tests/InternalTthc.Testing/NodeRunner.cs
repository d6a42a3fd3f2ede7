using System.Diagnostics;

namespace InternalTthc.Testing;

/// <summary>Runs a script of tests/web with the machine's Node.js and returns what it printed.</summary>
public static class NodeRunner
{
    public static string WebFolder => Path.Combine(RepositoryPaths.Root, "tests", "web");

    /// <summary>Runs <c>node script args…</c> in tests/web; <paramref name="environment"/> adds variables for the script.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string script, IEnumerable<string> args, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!Directory.Exists(Path.Combine(WebFolder, "node_modules")))
        {
            throw new InvalidOperationException("tests/web/node_modules is missing: run ./test.sh (it runs `npm ci` there) or `npm ci --prefix tests/web`.");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = WebFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
