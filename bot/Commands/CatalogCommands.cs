using System.CommandLine;
using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Commands;

/// <summary>`catalog list` and `catalog check FILE`, for administrators.</summary>
public static class CatalogCommands
{
    public static Command Create(IConfiguration configuration)
    {
        var catalog = new Command("catalog", "Danh mục thủ tục (procedure catalog)");
        var list = new Command("list", "Liệt kê mọi thủ tục với địa phương, mã, quy tắc thời hạn, tên công bố và tên hiện nay");
        list.SetAction((_, ct) => ListAsync(FolderOf(configuration), Console.Out, VietnamTime.Today(TimeProvider.System), ct));
        var file = new Argument<string>("file") { Description = "Tệp danh mục *.json (hoặc tệp thay đổi *.changes.json) cần kiểm tra" };
        var check = new Command("check", "Kiểm tra một tệp, cùng các tệp của thư mục danh mục (trùng mã giữa các tệp); mã thoát 1 nếu có lỗi") { file };
        check.SetAction((parse, ct) => CheckAsync(ShellPath.Resolve(parse.GetValue(file)!), FolderOf(configuration), Console.Out, ct));
        var reload = new Command("reload", "Kiểm tra thư mục danh mục và yêu cầu dịch vụ đang chạy nạp lại, không cần khởi động lại; có lỗi thì giữ danh mục đang dùng");
        reload.SetAction((_, ct) => ReloadAsync(Console.Out, null, ct));
        catalog.Subcommands.Add(list);
        catalog.Subcommands.Add(check);
        catalog.Subcommands.Add(reload);
        return catalog;
    }

    /// <summary>Checks the folder as a reload does and stamps the store, so every running instance loads it.</summary>
    public static async Task<int> ReloadAsync(TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        try
        {
            return await VerbRun.RunAsync(async (s, t) =>
            {
                var result = await s.GetRequiredService<CatalogReload>().ReloadAsync(t);
                var interval = (int)s.GetRequiredService<ServiceOptions>().HeartbeatInterval.TotalSeconds;
                var lines = result.Faults.Select(f => "  - " + f).Prepend(result.Summary);
                return (result.Reloaded, string.Join(Environment.NewLine, result.Reloaded ? lines.Append(AdminText.Vietnamese("CatalogAnnounced", interval)) : lines));
            }, output, configure, ct);
        }
        catch (CatalogException e)
        {
            // The verb's own start loads the folder first: a broken file stops it here, and the running service is not told.
            await output.WriteLineAsync(new CatalogReloadResult(false, 0, 0, [.. e.Faults.Select(f => f.ToString())]).Summary);
            await output.WriteLineAsync(string.Join(Environment.NewLine, e.Faults.Select(f => "  - " + f)));
            return 1;
        }
    }

    public static async Task<int> ListAsync(string folder, TextWriter output, DateOnly day, CancellationToken ct)
    {
        var catalog = await new CatalogLoader().LoadFolderAsync(folder, ct);
        await new CatalogListing(catalog, day, output).WriteAsync();
        return 0;
    }

    /// <summary>Checks <paramref name="file"/> with the folder's other files, so a clash with another jurisdiction is named with both files.</summary>
    public static async Task<int> CheckAsync(FileInfo file, string folder, TextWriter output, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
            return 1;
        }

        string[] others = System.IO.Directory.Exists(folder)
            ? [.. System.IO.Directory.GetFiles(folder, "*.json").Where(p => !SameFile(p, file)).Order(StringComparer.Ordinal)]
            : [];
        var result = await new CatalogLoader().LoadFilesAsync([file.FullName, .. others], ct);
        foreach (var fault in result.Faults)
        {
            await output.WriteLineAsync(fault.ToString());
        }

        await output.WriteLineAsync(result.Faults.Count == 0
            ? $"{file.Name}: hợp lệ ({result.Catalog!.Procedures.Count()} thủ tục trong {result.Catalog.Jurisdictions.Count()} địa phương, cùng thư mục {folder})."
            : $"{file.Name}: {result.Faults.Count} lỗi.");
        return result.Faults.Count == 0 ? 0 : 1;
    }

    /// <summary>The same file, or the file the checked one would replace (same name).</summary>
    private static bool SameFile(string path, FileInfo file) =>
        string.Equals(Path.GetFullPath(path), file.FullName, StringComparison.Ordinal) || string.Equals(Path.GetFileName(path), file.Name, StringComparison.OrdinalIgnoreCase);

    private static string FolderOf(IConfiguration configuration) =>
        (configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new()).FullPath;
}
