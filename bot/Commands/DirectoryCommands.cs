using System.CommandLine;
using InternalTthc.Bot.Administration;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Commands;

/// <summary>`directory import FILE` (.json, .xlsx, .csv), `directory accounts`, `directory link|unlink`: the directory and its chat accounts.</summary>
public static class DirectoryCommands
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Tệp danh bạ .xlsx, .csv hoặc .json (đơn vị, cán bộ, vai trò, tài khoản chat)" };
        var import = new Command("import", "Nạp danh bạ; có lỗi thì không nạp gì và in từng lỗi theo dòng, cột. Với mỗi cán bộ có trong tệp, vai trò trong tệp là đầy đủ (vai trò không còn ghi sẽ bị thu hồi)") { file };
        import.SetAction((parse, ct) => ImportAsync(ShellPath.Resolve(parse.GetValue(file)!), Console.Out, null, ct));

        var accounts = new Command("accounts", "Liệt kê tài khoản chat đã nhắn tin cho trợ lý, mới nhất trước, và cán bộ được liên kết");
        accounts.SetAction((_, ct) => AccountsAsync(Console.Out, null, ct));

        var channel = new Argument<string>("channel") { Description = "Kênh: msteams, zalo, directline..." };
        var account = new Argument<string>("account") { Description = "Mã tài khoản trên kênh, ví dụ 29:1a2b3c" };
        var login = new Argument<string>("login") { Description = "Tên đăng nhập của cán bộ" };
        var link = new Command("link", "Liên kết một tài khoản chat với một cán bộ trong danh bạ") { channel, account, login };
        link.SetAction((parse, ct) => VerbRun.RunAsync((s, t) => s.GetRequiredService<ChannelAccountLinks>()
            .LinkAsync(parse.GetValue(channel)!, parse.GetValue(account)!, parse.GetValue(login)!, null, t), Console.Out, null, ct));
        var unlink = new Command("unlink", "Bỏ liên kết một tài khoản chat") { channel, account };
        unlink.SetAction((parse, ct) => VerbRun.RunAsync((s, t) => s.GetRequiredService<ChannelAccountLinks>()
            .UnlinkAsync(parse.GetValue(channel)!, parse.GetValue(account)!, null, t), Console.Out, null, ct));
        return new Command("directory", "Danh bạ đơn vị và cán bộ (directory)") { import, accounts, link, unlink };
    }

    /// <param name="configure">Settings of the service to import into (tests point it at their own store).</param>
    public static async Task<int> ImportAsync(FileInfo file, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
            return 1;
        }

        return await VerbRun.RunAsync(async (s, t) =>
        {
            await using var content = file.OpenRead();
            var report = await s.GetRequiredService<DirectoryFileImport>().ImportAsync(file.Name, content, null, t);
            return (report.Imported, report.ToString());
        }, output, configure, ct, mayCreateStore: true);
    }

    public static Task<int> AccountsAsync(TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync(async (s, t) =>
        {
            var directory = s.GetRequiredService<IDirectoryStore>();
            var lines = new List<string>();
            foreach (var a in await s.GetRequiredService<ChannelAccountLinks>().ListAsync(t))
            {
                var person = a.PersonId is { } id ? await directory.FindPersonAsync(id, t) : null;
                var seen = a.LastSeenAt is { } at ? VietnamTime.Format(at) : AdminText.Vietnamese("NeverSeen");
                lines.Add(AdminText.Vietnamese("AccountLine", a.ChannelId, a.AccountId, person?.Login ?? AdminText.Vietnamese("AccountNotLinked"), seen));
            }

            return (true, lines.Count == 0 ? AdminText.Vietnamese("AccountsNone") : string.Join(Environment.NewLine, lines));
        }, output, configure, ct);
}
