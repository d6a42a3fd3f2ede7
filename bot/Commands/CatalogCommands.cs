using System.CommandLine;
using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Commands;

/// <summary>`catalog list` and `catalog check FILE`, for administrators.</summary>
public static class CatalogCommands
{
    public static Command Create(IConfiguration configuration)
    {
        var catalog = new Command("catalog", "Danh mục thủ tục (procedure catalog)");
        var list = new Command("list", "Liệt kê mọi thủ tục với địa phương, mã, tên và quy tắc thời hạn");
        list.SetAction((_, ct) => ListAsync(configuration, Console.Out, ct));
        var file = new Argument<string>("file") { Description = "Tệp danh mục *.json cần kiểm tra" };
        var check = new Command("check", "Kiểm tra một tệp danh mục; mã thoát 1 nếu có lỗi") { file };
        check.SetAction((parse, ct) => CheckAsync(ShellPath.Resolve(parse.GetValue(file)!), Console.Out, ct));
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

    public static async Task<int> ListAsync(IConfiguration configuration, TextWriter output, CancellationToken ct)
    {
        var options = configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new();
        var catalog = await new CatalogLoader().LoadFolderAsync(options.FullPath, ct);
        foreach (var file in catalog.Files)
        {
            await output.WriteLineAsync($"{file.Jurisdiction.Name} ({file.Jurisdiction.Code})");
            foreach (var p in file.Procedures)
            {
                await output.WriteLineAsync($"  {p.Code,-24} {p.Deadline,-26} {p.Name}");
            }
        }

        await output.WriteLineAsync($"{catalog.Procedures.Count()} thủ tục, {catalog.Jurisdictions.Count()} địa phương.");
        return 0;
    }

    public static async Task<int> CheckAsync(FileInfo file, TextWriter output, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
            return 1;
        }

        var result = await new CatalogLoader().LoadFilesAsync([file.FullName], ct);
        foreach (var fault in result.Faults)
        {
            await output.WriteLineAsync(fault.ToString());
        }

        await output.WriteLineAsync(result.Faults.Count == 0
            ? $"{file.Name}: hợp lệ, {result.Catalog!.Procedures.Count()} thủ tục."
            : $"{file.Name}: {result.Faults.Count} lỗi.");
        return result.Faults.Count == 0 ? 0 : 1;
    }
}
