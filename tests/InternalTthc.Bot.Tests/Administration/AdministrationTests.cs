using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Administration;

/// <summary>
/// The administrators' verbs against a running service: a catalog reload (a broken file keeps the old catalog), stored
/// days off counted by the running deadline calculator without a restart, directory files with row faults, chat accounts.
/// </summary>
public sealed class AdministrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_catalog_reload_swaps_a_sound_folder_and_keeps_the_old_catalog_on_a_broken_file()
    {
        var folder = ServiceTestHost.NewFolder();
        var catalog = ShippedCatalogIn(folder);

        var settings = new Dictionary<string, string?> { ["Catalog:Folder"] = catalog };
        await using (var host = await ServiceTestHost.StartAsync(folder, settings: settings))
        {
            var holder = host.Services.GetRequiredService<CatalogHolder>();
            var before = holder.Current;
            var jurisdictions = before.Jurisdictions.Count();

            // A broken file: refused with its fault named, the catalog in use kept.
            await File.WriteAllTextAsync(Path.Combine(catalog, "hong.json"), "{ \"jurisdiction\": ", Ct);
            var refused = await ReloadAsync(host);
            Assert.False(refused.Reloaded);
            Assert.Contains(refused.Faults, f => f.StartsWith("hong.json", StringComparison.Ordinal));
            Assert.Same(before, holder.Current);

            // A sound folder without one province: taken at once, new requests see it.
            File.Delete(Path.Combine(catalog, "hong.json"));
            DeleteProvince(catalog, "hung-yen");
            var reloaded = await ReloadAsync(host);
            Assert.True(reloaded.Reloaded, string.Join("; ", reloaded.Faults));
            Assert.Equal(jurisdictions - 1, reloaded.Jurisdictions);
            await using var scope = host.Services.CreateAsyncScope();
            Assert.Null(scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().FindJurisdiction("hung-yen"));

            // A case filed under a procedure makes the catalog without it a fault.
            await new CaseDesk(host.Services).FileAsync("lcu.daumoi", "lcu-mailbox-grant");
            DeleteProvince(catalog, "lai-chau");
            var dropped = await ReloadAsync(host);
            Assert.False(dropped.Reloaded);
            Assert.Contains(dropped.Faults, f => f.Contains("lcu-mailbox-grant", StringComparison.Ordinal));
            Assert.NotNull(holder.Current.Find("lcu-mailbox-grant"));
        }

        ServiceTestHost.DeleteFolder(folder);
    }

    [Fact]
    public async Task A_catalog_reload_takes_the_office_hours_a_province_file_now_states()
    {
        var folder = ServiceTestHost.NewFolder();
        var catalog = ShippedCatalogIn(folder);

        var monday = new DateOnly(2026, 12, 7);
        await using (var host = await ServiceTestHost.StartAsync(folder, settings: new Dictionary<string, string?> { ["Catalog:Folder"] = catalog }))
        {
            var hours = host.Services.GetRequiredService<OfficeHours>();
            Assert.Equal(OfficeHours.Standard, hours.SessionsOn("bac-ninh", monday));

            // The administrator records the province's own hours in its file: the running service counts in them.
            var path = Path.Combine(catalog, "bac-ninh.json");
            var text = await File.ReadAllTextAsync(path, Ct);
            var inherit = text[text.IndexOf("\"officeHours\": {", StringComparison.Ordinal)..];
            inherit = inherit[..(inherit.IndexOf('}') + 1)];
            await File.WriteAllTextAsync(path, text.Replace(inherit, """
                "officeHours": { "variants": [ { "sessions": [ { "start": "07:00", "end": "11:00" }, { "start": "13:30", "end": "17:00" } ],
                  "source": "Quyết định giờ làm việc (thử)" } ] }
                """, StringComparison.Ordinal), Ct);
            var reloaded = await ReloadAsync(host);
            Assert.True(reloaded.Reloaded, string.Join("; ", reloaded.Faults));
            Assert.Equal([OfficeSession.Of(7, 0, 11, 0), OfficeSession.Of(13, 30, 17, 0)], hours.SessionsOn("bac-ninh", monday));
            Assert.Equal(OfficeHours.Standard, hours.SessionsOn("lai-chau", monday));
        }

        ServiceTestHost.DeleteFolder(folder);
    }

    /// <summary>A copy of the shipped catalog folder in <paramref name="folder"/>, for a test to change and reload.</summary>
    private static string ShippedCatalogIn(string folder)
    {
        var catalog = Path.Combine(folder, "catalog");
        Directory.CreateDirectory(catalog);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "core", "Catalog", "Data"), "*.json"))
        {
            File.Copy(file, Path.Combine(catalog, Path.GetFileName(file)));
        }

        return catalog;
    }

    /// <summary>A province's catalog file and its change file: a change file alone is a fault of its own.</summary>
    private static void DeleteProvince(string catalog, string code)
    {
        File.Delete(Path.Combine(catalog, code + ".json"));
        File.Delete(Path.Combine(catalog, code + CatalogChanges.FileSuffix));
    }

    [Fact]
    public async Task A_day_off_added_with_the_verb_moves_the_running_services_deadlines_without_a_restart()
    {
        var folder = ServiceTestHost.NewFolder();
        await using (var host = await ServiceTestHost.StartAsync(folder))
        {
            var calendar = host.Services.GetRequiredService<IDeadlineCalculator>();
            var start = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero); // Friday 20/11/2026, 09:00 in Vietnam
            var rule = DeadlineRule.WorkingDays(2);
            var before = calendar.ComputeDue("lai-chau", rule, start);

            var output = new StringWriter();
            Assert.Equal(0, await CalendarDayCommands.AddAsync("24/11/2026", CalendarAdjustmentKind.DayOff, "Ngày Văn hóa Việt Nam", output, Store(folder), Ct));
            Assert.Contains("Đã thêm ngày nghỉ 24/11/2026", output.ToString());
            Assert.Equal(1, await CalendarDayCommands.AddAsync("31/02/2026", CalendarAdjustmentKind.DayOff, "x", output, Store(folder), Ct));
            Assert.Contains("không đọc được", output.ToString());

            // The running instance takes it on its next refresh (another instance or the verb changed the store).
            await host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<AdministrationRefresher>().Single().RefreshAsync(Ct);
            var after = calendar.ComputeDue("lai-chau", rule, start);
            Assert.Equal(VietnamTime.ToLocal(before!.Value).Date.AddDays(1), VietnamTime.ToLocal(after!.Value).Date);
        }

        ServiceTestHost.DeleteFolder(folder);
    }

    [Fact]
    public async Task A_CSV_file_with_faults_is_refused_row_by_row_and_a_workbook_imports_people_and_links_their_accounts()
    {
        var folder = ServiceTestHost.NewFolder();
        var csv = Path.Combine(folder, "can-bo.csv");
        await File.WriteAllTextAsync(csv, """
            Tên đăng nhập;Họ và tên;Chức vụ;Mã đơn vị;Thư điện tử;Số điện thoại;Vai trò;Tài khoản chat
            mai@laichau.gov.vn;Trần Thị Mai;Chánh Văn phòng;lcu-demo-so-noi-vu;mai@laichau.gov.vn;0912345678;đầu mối;msteams:29:mai
            hung@laichau.gov.vn;;Chuyên viên;lcu-khong-co;hung@;12;thủ quỹ;teams
            mai@laichau.gov.vn;Trần Thị Mai;;lcu-demo-so-noi-vu;;;;
            """, Ct);
        var output = new StringWriter();
        Assert.Equal(1, await DirectoryCommands.ImportAsync(new FileInfo(csv), output, Store(folder), Ct));
        var report = output.ToString();
        Assert.Contains("không nạp gì vì có 7 lỗi", report);
        Assert.Contains("Cán bộ, dòng 3, cột “Họ và tên”: bắt buộc nhập", report);
        Assert.Contains("Cán bộ, dòng 3, cột “Mã đơn vị”: không có đơn vị mã “lcu-khong-co”", report);
        Assert.Contains("Cán bộ, dòng 3, cột “Vai trò”: không hiểu vai trò “thủ quỹ”", report);
        Assert.Contains("Cán bộ, dòng 3, cột “Tài khoản chat”: tài khoản “teams” phải có dạng kênh:mã", report);
        Assert.Contains("Cán bộ, dòng 3, cột “Thư điện tử”", report);
        Assert.Contains("Cán bộ, dòng 3, cột “Số điện thoại”", report);
        Assert.Contains("Cán bộ, dòng 4, cột “Tên đăng nhập”: tên đăng nhập “mai@laichau.gov.vn” đã có ở dòng 2", report);

        var xlsx = Path.Combine(folder, "danh-ba.xlsx");
        await File.WriteAllBytesAsync(xlsx, TestWorkbook.Create(
            ["DANH SÁCH CÁN BỘ"],
            ["Tên đăng nhập", "Họ và tên", "Chức vụ", "Mã đơn vị", "Thư điện tử", "Số điện thoại", "Vai trò", "Tài khoản chat"],
            ["mai@laichau.gov.vn", "Trần Thị Mai", "Chánh Văn phòng", "lcu-demo-so-noi-vu", "mai@laichau.gov.vn", new TestWorkbook.RawNumber("912345678"), "đầu mối; quản trị@lcu-ttcntt", "msteams:29:mai"]), Ct);
        output = new StringWriter();
        Assert.Equal(0, await DirectoryCommands.ImportAsync(new FileInfo(xlsx), output, Store(folder), Ct));
        Assert.Contains("đã nạp 0 đơn vị, 1 cán bộ", output.ToString());

        await using (var host = await ServiceTestHost.StartAsync(folder))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
            var mai = (await directory.FindPersonByLoginAsync("mai@laichau.gov.vn", Ct))!;
            Assert.Equal("0912345678", mai.Phone);
            Assert.Equal(2, (await directory.GetPersonRolesAsync(mai.Id, Ct))!.Roles.Count);
            Assert.Equal(mai.Id, (await directory.FindChannelAccountAsync("msteams", "29:mai", Ct))!.PersonId);

            var links = scope.ServiceProvider.GetRequiredService<ChannelAccountLinks>();
            Assert.True((await links.UnlinkAsync("msteams", "29:mai", null, Ct)).Done);
            Assert.Null((await directory.FindChannelAccountAsync("msteams", "29:mai", Ct))!.PersonId);
            var outside = await links.LinkAsync("msteams", "29:mai", "cto.daumoi", new HashSet<string> { "lai-chau" }, Ct);
            Assert.False(outside.Done);
            Assert.Contains("không thuộc địa phương bạn quản trị", outside.Message);
            Assert.True((await links.LinkAsync("msteams", "29:mai", "mai@laichau.gov.vn", new HashSet<string> { "lai-chau" }, Ct)).Done);
        }

        ServiceTestHost.DeleteFolder(folder);
    }

    private static async Task<CatalogReloadResult> ReloadAsync(ServiceTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogReload>().ReloadAsync(Ct);
    }

    private static Action<WebApplicationBuilder> Store(string folder) => b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "tthc.db")}",
        ["Files:Folder"] = Path.Combine(folder, "files"),
        ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret,
        ["Demo:Enabled"] = "true",
    });
}
