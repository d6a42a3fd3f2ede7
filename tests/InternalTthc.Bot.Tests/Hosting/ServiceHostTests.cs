using System.Net;
using System.Text;
using System.Text.Json;
using InternalTthc.Bot.Hosting;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Tests.Hosting;

/// <summary>The real service as a user meets it: start, the Emulator-style local call, authentication when configured.</summary>
public sealed class ServiceHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_broken_catalog_stops_the_start_naming_file_entry_and_fault()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-");
        var good = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "catalog", "can-tho.json"), Ct);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "can-tho.json"), good.Replace("\"type\": \"email\"", "\"type\": \"mail\""), Ct);

        var ex = await Assert.ThrowsAsync<CatalogException>(() => TthcApp.BuildAsync([], b =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Catalog:Folder"] = folder.FullName }), Ct));
        folder.Delete(recursive: true);
        var fault = ex.Faults[0];
        Assert.Equal("can-tho.json", fault.File);
        Assert.StartsWith("cto-", fault.Entry);
        Assert.Contains("'mail'", fault.Message);
    }

    [Theory]
    [InlineData("--urls=http://0.0.0.0:8080")]
    [InlineData("--urls=http://127.0.0.1:8080;http://+:8081")]
    [InlineData("--http_ports=8080")]
    public async Task Outside_Development_a_service_listening_beyond_this_machine_does_not_start_without_its_public_address(string listen)
    {
        // A refused setting: the start prints its message alone (Program), no stack trace.
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TthcApp.BuildAsync([listen, "--environment=Production"], null, Ct));

        Assert.StartsWith("Service:PublicBaseUrl is required outside Development when the service listens beyond this machine", ex.Message);
    }

    [Theory]
    [InlineData("PostgreSql", "Host=127.0.0.1;Bogus=1", "Store:ConnectionString is not a valid PostgreSql connection string: ")]
    [InlineData("PostgreSql", "Host=127.0.0.1;Username=tthc;Multiplexing=true", "Store:ConnectionString must not turn Multiplexing on")]
    [InlineData("Sqlite", "Data Source=x.db;Bogus=1", "Store:ConnectionString is not a valid Sqlite connection string: ")]
    public async Task A_store_connection_string_the_engine_cannot_use_stops_the_start_naming_the_setting(string provider, string connectionString, string message)
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TthcApp.BuildAsync(
            [$"--Store:Provider={provider}", $"--Store:ConnectionString={connectionString}", "--environment=Development"], null, Ct));

        Assert.StartsWith(message, ex.Message);
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("1.00:00:00")]
    public async Task A_checkpoint_interval_out_of_its_range_stops_the_start_naming_the_setting(string interval)
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TthcApp.BuildAsync(
            [$"--Store:SqliteCheckpointInterval={interval}", "--environment=Development"], null, Ct));

        Assert.StartsWith("Store:SqliteCheckpointInterval must be between 00:00:00", ex.Message);
    }

    [Fact]
    public async Task An_unauthenticated_local_call_is_answered_with_a_card_at_the_callers_service_url()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");

        var response = await PostAsync(host, Message(connector.ServiceUrl, "emulator", "emu-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(connector.Requests);
        Assert.Null(reply.Authorization);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body);
        Assert.Contains("Tài khoản chưa được liên kết", reply.Body); // the Emulator's user is not in the directory
    }

    [Fact]
    public async Task A_person_not_linked_yet_reads_procedures_and_asks_about_them_and_is_told_how_to_get_linked()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var guest = new ChatDriver(host.Services, "ai-do-chua-lien-ket", "msteams");

        await guest.SayAsync("xin chào");
        Assert.Contains("Tài khoản chưa được liên kết", guest.LastText);
        Assert.Contains("quản trị viên", guest.LastText);
        await guest.PressAsync("Xem thủ tục của Thành phố Cần Thơ");
        await guest.PressAsync("Cấp lại mật khẩu hộp thư");
        Assert.Contains("Thủ tục Cấp lại mật mã hộp thư điện tử", guest.Sent[^2].Text + ChatDriver.Text(guest.Sent[^2]));
        Assert.DoesNotContain("Bắt đầu thủ tục này", ChatDriver.Text(guest.Sent[^2]));

        // Hưng Yên and Bắc Ninh both restore a locked mailbox: he belongs to no province yet, so he says which.
        await guest.SayAsync("khôi phục hộp thư bị khóa mất bao lâu");
        var choice = ChatDriver.Text(guest.Sent[^2]);
        Assert.Contains("Bạn thuộc tỉnh, thành phố nào?", choice);
        Assert.Contains("Tỉnh Hưng Yên: Khôi phục hộp thư bị khóa", choice);
        Assert.Contains("Tỉnh Bắc Ninh: Khôi phục hộp thư bị tạm dừng", choice);
        Assert.DoesNotContain("ngày làm việc", choice);
        await guest.PressAsync("Tỉnh Hưng Yên: Khôi phục hộp thư bị khóa");
        Assert.Contains("01 ngày làm việc kể từ khi tiếp nhận", string.Join("\n", guest.Sent.TakeLast(2).Select(ChatDriver.Text)));
        await CardSchema.AssertValidAsync(guest.Cards);
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_once()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var activity = Message(connector.ServiceUrl, "emulator", "same-id");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, activity)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, activity)).StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_client_claiming_our_Direct_Line_channel_and_a_login_is_not_taken_for_that_person()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        await new ChatDriver(host.Services, "lcu.daumoi").SayAsync("xin chào"); // the real person, vouched by our Direct Line

        var spoofed = Message(connector.ServiceUrl, "directline", "spoof-2").Replace("\"user-1\"", "\"lcu.daumoi\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, spoofed)).StatusCode);

        var reply = Assert.Single(connector.Requests);
        Assert.Contains("Tài khoản chưa được liên kết", reply.Body);
        Assert.DoesNotContain("Nguyễn Thị Hoa", reply.Body);
    }

    [Fact]
    public async Task Outside_Development_a_bot_without_an_app_id_refuses_unsigned_calls()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync();

        var response = await PostAsync(host, Message(connector.ServiceUrl, "directline", "spoof-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task With_an_app_id_configured_an_unsigned_call_gets_401()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = connector.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = connector.EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = connector.LoginUrl,
        });

        var response = await PostAsync(host, Message(connector.ServiceUrl, "msteams", "t-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_recorded_on_his_channel_account()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        connector.FailNext(new CannedResponse(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));

        await PostAsync(host, Message(connector.ServiceUrl, "emulator", "blocked-1"));

        await using var scope = host.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<TthcDbContext>().ChannelAccounts
            .SingleAsync(a => a.ChannelId == "emulator" && a.AccountId == "user-1", Ct);
        Assert.Equal(host.Clock.GetUtcNow(), account.BlockedAt);
    }

    private static string Message(string serviceUrl, string channel, string id) => JsonSerializer.Serialize(new
    {
        type = "message", id, channelId = channel, serviceUrl, text = "xin chào", locale = "vi-VN",
        from = new { id = "user-1", name = "Người dùng" },
        recipient = new { id = "bot", name = "Bot" },
        conversation = new { id = "conv-1" },
    });

    private static Task<HttpResponseMessage> PostAsync(ServiceTestHost host, string json) =>
        host.Client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
}
