using System.CommandLine;
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
        catalog.Subcommands.Add(list);
        catalog.Subcommands.Add(check);
        return catalog;
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
