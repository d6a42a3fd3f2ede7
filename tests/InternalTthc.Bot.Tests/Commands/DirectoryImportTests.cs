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
        Assert.Contains("đơn vị “lcu-ttcntt” đã có trong danh bạ, thuộc địa phương “lai-chau”; không đổi được địa phương", output.ToString());

        // The same in a spreadsheet's table: the kind in words, blank for a state body, an unknown one named.
        var csv = Path.Combine(folder, "don-vi.csv");
        await File.WriteAllTextAsync(csv, """
            Mã đơn vị;Tên đơn vị;Mã địa phương;Cấp;Mã đơn vị cấp trên;Loại đơn vị
            bn-bv-da-khoa;Bệnh viện Đa khoa tỉnh;bac-ninh;trực thuộc;bn-ubnd;cơ sở y tế
            bn-so-tai-chinh;Sở Tài chính;bac-ninh;sở;bn-ubnd;
            bn-cty;Công ty thử;bac-ninh;trực thuộc;bn-ubnd;hợp tác xã
            """, Ct);
        Assert.Equal(1, await DirectoryCommands.ImportAsync(new FileInfo(csv), output, Store, Ct));
        Assert.Contains("Đơn vị, dòng 4, cột “Loại đơn vị”: không hiểu loại đơn vị “hợp tác xã”", output.ToString());
        await File.WriteAllLinesAsync(csv, (await File.ReadAllLinesAsync(csv, Ct))[..^1], Ct);
        Assert.Equal(0, await DirectoryCommands.ImportAsync(new FileInfo(csv), output, Store, Ct));

        await using (var host = await ServiceTestHost.StartAsync(folder))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<Core.Directory.IDirectoryStore>();
            Assert.Equal(Core.Directory.UnitKind.Education, (await directory.FindUnitByCodeAsync("bn-thpt-han-thuyen", Ct))!.Kind);
            Assert.Equal(Core.Directory.UnitKind.Health, (await directory.FindUnitByCodeAsync("bn-bv-da-khoa", Ct))!.Kind);
            Assert.Equal(Core.Directory.UnitKind.Government, (await directory.FindUnitByCodeAsync("bn-so-tai-chinh", Ct))!.Kind);
        }

        ServiceTestHost.DeleteFolder(folder);
    }
}
