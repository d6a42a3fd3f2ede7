using System.Net;
using InternalTthc.Bot.Channels.Zalo;
using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// What an operator does to connect an OA, as the README says: the first token pair stored by `zalo token` or granted
/// through the consent link of `zalo consent` and Zalo's callback; the domain verification file served at the root.
/// </summary>
public sealed class ZaloSetupTests
{
    private const string Ngoc = "7001002003004005006";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pair_stored_with_zalo_token_is_used_by_the_service_and_the_bot_answers_on_Zalo()
    {
        await using var oa = await FakeZaloOa.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var settings = Settings(oa, folder);
            var (access, refresh) = oa.IssuePair();
            var output = new StringWriter();
            Assert.Equal(1, await ZaloCommands.StoreTokenAsync(new StringReader(access + "\n"), output, Configure(settings), Ct));
            Assert.Contains("Cần hai dòng ở đầu vào chuẩn", output.ToString());
            Assert.Equal(0, await ZaloCommands.StoreTokenAsync(new StringReader($"{access}\n{refresh}\n"), output, Configure(settings), Ct));
            Assert.Contains("Đã lưu cặp mã truy cập Zalo", output.ToString());
            Assert.DoesNotContain(access, output.ToString());

            await using var host = await ServiceTestHost.StartAsync(folder, settings: settings);
            await new CaseDesk(host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
            await using var zalo = ZaloService.Over(oa, host);
            await zalo.TurnAsync(() => zalo.User(Ngoc).SayAsync("xin chào"));
            Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", zalo.User(Ngoc).TextSince(0));
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task The_consent_link_of_zalo_consent_and_Zalos_callback_store_the_pair_and_a_forged_callback_stores_nothing()
    {
        await using var oa = await FakeZaloOa.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var settings = Settings(oa, folder);
            var output = new StringWriter();
            Assert.Equal(1, await ZaloCommands.ConsentAsync(new Uri("http://bot.example.gov.vn/api/zalo/oauth/callback"), output, Configure(settings), Ct));
            Assert.Equal(0, await ZaloCommands.ConsentAsync(new Uri("https://bot.example.gov.vn/api/zalo/oauth/callback"), output, Configure(settings), Ct));
            var link = new Uri(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1]);
            var query = QueryHelpers.ParseQuery(link.Query);
            Assert.Equal("/v4/oa/permission", link.AbsolutePath);
            Assert.Equal("https://bot.example.gov.vn/api/zalo/oauth/callback", query["redirect_uri"]);

            await using var host = await ServiceTestHost.StartAsync(folder, settings: settings);
            oa.ExpectConsent("code-from-zalo", query["code_challenge"]!);
            using var forged = await host.Client.GetAsync($"api/zalo/oauth/callback?code=code-from-zalo&state=made-up&oa_id={FakeZaloOa.OaId}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("<p>", await forged.Content.ReadAsStringAsync(Ct));
            using var granted = await host.Client.GetAsync($"api/zalo/oauth/callback?code=code-from-zalo&state={query["state"]}&oa_id={FakeZaloOa.OaId}", Ct);
            Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
            using var again = await host.Client.GetAsync($"api/zalo/oauth/callback?code=code-from-zalo&state={query["state"]}&oa_id={FakeZaloOa.OaId}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // the state is for one use

            await new CaseDesk(host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
            await using var zalo = ZaloService.Over(oa, host);
            await zalo.TurnAsync(() => zalo.User(Ngoc).SayAsync("xin chào"));
            Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", zalo.User(Ngoc).TextSince(0));
            Assert.Equal(0, oa.Refreshes);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task A_Zalo_user_id_listed_in_the_directory_import_is_greeted_as_its_person()
    {
        await using var oa = await FakeZaloOa.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var settings = Settings(oa, folder);
            var file = Path.Combine(folder, "danh-ba.json");
            await File.WriteAllTextAsync(file, """
                { "units": [ { "code": "cto-so-noi-vu", "name": "Sở Nội vụ thành phố Cần Thơ", "jurisdictionCode": "can-tho", "level": "department", "parentCode": "cto-ubnd" } ],
                  "people": [ { "login": "tran.van.an@cantho.gov.vn", "fullName": "Trần Văn An", "unitCode": "cto-so-noi-vu",
                                "roles": [ { "role": "focalPoint" } ], "accounts": [ { "channelId": "zalo", "accountId": "7001002003004005088" } ] } ] }
                """, Ct);
            var output = new StringWriter();
            Assert.Equal(0, await DirectoryCommands.ImportAsync(new FileInfo(file), output, Configure(settings), Ct));
            Assert.Contains("đã nạp 1 đơn vị, 1 cán bộ", output.ToString());

            await using var host = await ServiceTestHost.StartAsync(folder, settings: settings);
            await using var zalo = ZaloService.Over(oa, host);
            await zalo.StoreFirstPairAsync();
            var user = zalo.User("7001002003004005088");
            await zalo.TurnAsync(() => user.SayAsync("xin chào"));
            Assert.Contains("Xin chào Trần Văn An!", user.TextSince(0));
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task The_domain_verification_file_is_served_at_the_root_while_other_pages_stay_behind_the_sign_in()
    {
        await using var zalo = await ZaloService.StartAsync(new Dictionary<string, string?> { ["Zalo:VerificationCode"] = "AbC123xyz" });

        using var file = await zalo.Host.Client.GetAsync("zalo_verifierAbC123xyz.html", Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("<meta name=\"zalo-platform-site-verification\" content=\"AbC123xyz\" />", await file.Content.ReadAsStringAsync(Ct));
        using var other = await zalo.Host.Client.GetAsync("zalo_verifierOTHER.html", Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static Dictionary<string, string?> Settings(FakeZaloOa oa, string folder)
    {
        var settings = ZaloService.Settings(oa);
        settings["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "tthc.db")}";
        settings["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret;
        return settings;
    }

    private static Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> Configure(Dictionary<string, string?> settings) =>
        b => b.Configuration.AddInMemoryCollection(settings);
}
