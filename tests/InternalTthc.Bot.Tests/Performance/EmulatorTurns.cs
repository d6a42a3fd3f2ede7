using System.Net;
using System.Text;
using System.Text.Json;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>One Emulator user ("user-1" in "conv-1") talking to the service on /api/messages, as the store-cost tests count it.</summary>
public static class EmulatorTurns
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Links the Emulator user (seen once already) to the directory's person <paramref name="login"/>.</summary>
    public static async Task LinkAsync(ServiceTestHost host, string login)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var person = await directory.FindPersonByLoginAsync(login, Ct) ?? throw new InvalidOperationException(login);
        var account = await directory.FindChannelAccountAsync("emulator", "user-1", Ct) ?? throw new InvalidOperationException("user-1");
        await directory.LinkChannelAccountAsync(account.Id, person.Id, Ct);
    }

    /// <summary>A message with activity id <paramref name="id"/>: typed <paramref name="text"/>, or a card's submitted <paramref name="value"/>.</summary>
    public static async Task<HttpStatusCode> SendAsync(ServiceTestHost host, FakeBotConnector connector, string id, string? text, object? value = null)
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            serviceUrl = connector.ServiceUrl,
            channelId = "emulator",
            from = new { id = "user-1", name = "Lan", role = "user" },
            recipient = new { id = "bot", role = "bot" },
            conversation = new { id = "conv-1" },
            text,
            value,
            locale = "vi-VN",
        });
        using var response = await host.Client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        return response.StatusCode;
    }
}
