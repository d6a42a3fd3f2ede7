using System.Text.Json;
using InternalTthc.Bot.Operations.Logging;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace InternalTthc.Bot.Tests.Operations;

/// <summary>Every log line, whatever provider writes it and in whatever form, shows no citizen ID, phone number or e-mail.</summary>
public sealed class MaskedLogTests
{
    private const string CitizenId = "001203004567";
    private const string Phone = "0912 345 678";

    [Fact]
    public async Task A_message_its_values_and_an_exception_reach_every_provider_masked()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var logger = host.Services.GetRequiredService<ILogger<MaskedLogTests>>();

        logger.LogWarning(new InvalidOperationException($"CCCD {CitizenId} đã có"), "Người gọi {Phone}, thư {Mail}, mã {Code}", Phone, "ab@cd.vn", 84912345678L);

        var line = host.Logs.Entries.Last(e => e.Message.Contains("Người gọi", StringComparison.Ordinal)).Message;
        Assert.DoesNotContain(CitizenId, line);
        Assert.DoesNotContain(Phone, line);
        Assert.DoesNotContain("ab@cd.vn", line);
        Assert.DoesNotContain("84912345678", line);
        Assert.Contains("Người gọi ***, thư ***", line);
        Assert.Contains("InvalidOperationException: CCCD *** đã có", line);
    }

    [Fact]
    public void The_JSON_console_writes_masked_values_and_stays_JSON()
    {
        var state = new MaskedLogState(new List<KeyValuePair<string, object?>>
        {
            new("Phone", "0912345678"), new("Count", 3), new("{OriginalFormat}", "Gọi {Phone} lần {Count}"),
        }, "Gọi 0912345678 lần 3");
        using var writer = new StringWriter();
        var formatter = JsonFormatter();
        formatter.Write(new Microsoft.Extensions.Logging.Abstractions.LogEntry<MaskedLogState>(
            LogLevel.Information, "test", new EventId(1), state, new MaskedException(new FormatException("số 0912345678")), (s, _) => s.ToString()), null, writer);

        var json = JsonDocument.Parse(writer.ToString()).RootElement;
        Assert.Equal("Gọi *** lần 3", json.GetProperty("Message").GetString());
        Assert.Equal("***", json.GetProperty("State").GetProperty("Phone").GetString());
        Assert.Equal(3, json.GetProperty("State").GetProperty("Count").GetInt32());
        Assert.DoesNotContain("0912345678", writer.ToString());
    }

    private static ConsoleFormatter JsonFormatter()
    {
        var services = new ServiceCollection().AddLogging(b => b.AddJsonConsole()).BuildServiceProvider();
        return services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
    }
}
