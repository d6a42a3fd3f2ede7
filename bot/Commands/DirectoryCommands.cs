using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Commands;

/// <summary>`directory import FILE`: loads units, people, their roles and chat accounts (the demo file's shape).</summary>
public static class DirectoryCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Tệp danh bạ *.json (đơn vị, cán bộ, vai trò, tài khoản chat)" };
        var import = new Command("import", "Nạp danh bạ; với mỗi cán bộ có trong tệp, vai trò trong tệp là đầy đủ (vai trò không còn ghi sẽ bị thu hồi)") { file };
        import.SetAction((parse, ct) => ImportAsync(ShellPath.Resolve(parse.GetValue(file)!), Console.Out, null, ct));
        var directory = new Command("directory", "Danh bạ đơn vị và cán bộ (directory)");
        directory.Subcommands.Add(import);
        return directory;
    }

    /// <param name="configure">Settings of the service to import into (tests point it at their own store).</param>
    public static async Task<int> ImportAsync(FileInfo file, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
            return 1;
        }

        var (import, problem) = Parse(file.Name, await File.ReadAllTextAsync(file.FullName, ct));
        if (import is null)
        {
            await output.WriteLineAsync(problem);
            return 1;
        }

        await using var app = await VerbApp.OpenAsync(mayCreateStore: true, output, configure, ct);
        if (app is null)
        {
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().ImportAsync(import, ct);
        }
        catch (InvalidOperationException ex)
        {
            await output.WriteLineAsync($"{file.Name}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"{file.Name}: đã nạp {import.Units.Count} đơn vị, {import.People.Count} cán bộ.");
        return 0;
    }

    /// <summary>A directory file's contents, or the Vietnamese line saying what is wrong with it.</summary>
    public static (DirectoryImport? Import, string? Problem) Parse(string fileName, string json)
    {
        if (!UnicodeJson.IsValid(System.Text.Encoding.UTF8.GetBytes(json)))
        {
            return (null, $"{fileName}: văn bản không phải Unicode hợp lệ (một chuỗi chứa nửa cặp UTF-16 đơn lẻ).");
        }

        try
        {
            if (JsonSerializer.Deserialize<DirectoryImport>(json, Json) is not { } import)
            {
                return (null, $"{fileName}: tệp rỗng (null).");
            }

            return MissingValues.Find(import) is { Count: > 0 } missing
                ? (null, $"{fileName}: thiếu giá trị bắt buộc (null) tại {string.Join(", ", missing.Take(5))}.")
                : (import, null);
        }
        catch (JsonException ex)
        {
            return (null, $"{fileName}: JSON không hợp lệ (dòng {ex.LineNumber + 1}): {ex.Message}");
        }

    }
}
