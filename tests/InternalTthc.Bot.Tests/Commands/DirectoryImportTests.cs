using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace InternalTthc.Bot.Tests.Commands;

/// <summary>`directory import FILE`: an administrator loads people and links their Teams accounts.</summary>
public sealed class DirectoryImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_imported_Teams_account_is_greeted_as_its_person_and_a_broken_file_is_refused()
    {
        var folder = ServiceTestHost.NewFolder();
        var file = Path.Combine(folder, "danh-ba.json");
        await File.WriteAllTextAsync(file, """
            { "units": [ { "code": "lcu-so-tai-chinh", "name": "Sở Tài chính tỉnh Lai Châu", "jurisdictionCode": "lai-chau", "level": "department", "parentCode": "lcu-ubnd" } ],
              "people": [ { "login": "tran.thi.mai@laichau.gov.vn", "fullName": "Trần Thị Mai", "position": "Chánh Văn phòng", "unitCode": "lcu-so-tai-chinh",
                            "roles": [ { "role": "focalPoint" } ], "accounts": [ { "channelId": "msteams", "accountId": "29:mai-aad" } ] } ] }
            """, Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "hong.json"), "{ \"units\": [ ", Ct);
        var output = new StringWriter();
        void Store(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "tthc.db")}", ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret,
            });

        Assert.Equal(0, await DirectoryCommands.ImportAsync(new FileInfo(file), output, Store, Ct));
        Assert.Contains("đã nạp 1 đơn vị, 1 cán bộ", output.ToString());
        Assert.Equal(1, await DirectoryCommands.ImportAsync(new FileInfo(Path.Combine(folder, "hong.json")), output, Store, Ct));
        Assert.Contains("JSON không hợp lệ", output.ToString());

        await using (var host = await ServiceTestHost.StartAsync(folder))
        {
            var teams = new ChatDriver(host.Services, "29:mai-aad", "msteams");
            await teams.SayAsync("xin chào");
            Assert.Contains("Xin chào Trần Thị Mai!", teams.LastText);
        }

        ServiceTestHost.DeleteFolder(folder);
    }
}
