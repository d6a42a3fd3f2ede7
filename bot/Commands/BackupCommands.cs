using System.CommandLine;
using InternalTthc.Bot.Operations.Backup;

namespace InternalTthc.Bot.Commands;

/// <summary>`backup create FILE` and `backup restore FILE [--force]`: the database and the case files in one file.</summary>
public static class BackupCommands
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Tệp sao lưu (.zip)" };
        var create = new Command("create", "Sao lưu cơ sở dữ liệu và thư mục tệp hồ sơ vào một tệp, an toàn khi dịch vụ đang chạy") { file };
        create.SetAction((parse, ct) => CreateAsync(ShellPath.Resolve(parse.GetValue(file)!).FullName, Console.Out, null, ct));
        var force = new Option<bool>("--force") { Description = "Khôi phục dù dịch vụ đang chạy trên kho dữ liệu này" };
        var restore = new Command("restore", "Khôi phục cơ sở dữ liệu và thư mục tệp hồ sơ từ một tệp sao lưu") { file, force };
        restore.SetAction((parse, ct) => RestoreAsync(ShellPath.Resolve(parse.GetValue(file)!).FullName, parse.GetValue(force), Console.Out, null, ct));
        return new Command("backup", "Sao lưu và khôi phục dữ liệu của dịch vụ") { create, restore };
    }

    public static Task<int> CreateAsync(string file, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync((services, token) => Guarded(() => services.GetRequiredService<StoreBackup>().CreateAsync(file, token)), output, configure, ct);

    public static Task<int> RestoreAsync(string file, bool force, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync((services, token) => Guarded(() => services.GetRequiredService<StoreBackup>().RestoreAsync(file, force, token)), output, configure, ct, mayCreateStore: true);

    private static async Task<(bool, string)> Guarded(Func<Task<string>> run)
    {
        try
        {
            return (true, await run());
        }
        catch (BackupException e)
        {
            return (false, e.Message);
        }
    }
}
