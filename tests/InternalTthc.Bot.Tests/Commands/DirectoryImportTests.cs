using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task A_unit_keeps_its_kind_and_a_code_of_another_jurisdiction_is_refused_in_one_line()
    {
        var folder = ServiceTestHost.NewFolder();
        var school = Path.Combine(folder, "truong.json");
        await File.WriteAllTextAsync(school, """
            { "units": [ { "code": "bn-thpt-han-thuyen", "name": "Trường THPT Hàn Thuyên", "jurisdictionCode": "bac-ninh", "level": "division", "parentCode": "bn-ubnd", "kind": "education" } ] }
            """, Ct);
        var stolen = Path.Combine(folder, "trung-ma.json");
        await File.WriteAllTextAsync(stolen, """
            { "units": [ { "code": "lcu-ttcntt", "name": "Trung tâm của tỉnh khác", "jurisdictionCode": "bac-ninh", "level": "division", "parentCode": "bn-ubnd" } ] }
            """, Ct);
        var output = new StringWriter();
        void Store(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "tthc.db")}", ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret,
            });

        Assert.Equal(0, await DirectoryCommands.ImportAsync(new FileInfo(school), output, Store, Ct));
        Assert.Equal(1, await DirectoryCommands.ImportAsync(new FileInfo(stolen), output, Store, Ct));
        Assert.Contains("trung-ma.json: Mã đơn vị 'lcu-ttcntt' đã thuộc địa phương 'lai-chau', không dùng lại cho 'bac-ninh'.", output.ToString());

        await using (var host = await ServiceTestHost.StartAsync(folder))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var unit = await scope.ServiceProvider.GetRequiredService<Core.Directory.IDirectoryStore>().FindUnitByCodeAsync("bn-thpt-han-thuyen", Ct);
            Assert.Equal(Core.Directory.UnitKind.Education, unit!.Kind);
        }

        ServiceTestHost.DeleteFolder(folder);
    }
}
