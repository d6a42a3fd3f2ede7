using InternalTthc.Bot.Notifications;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>
/// A person's message is drawn only when a channel is there to take it (issue 14: most people told of a new case have no
/// conversation with the bot yet, and drawing their case cards was most of the outbox's work).
/// </summary>
public sealed class PersonalDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_to_someone_with_no_conversation_waits_undrawn_and_is_drawn_once_when_he_can_be_reached()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await CaseNotificationTests.FileRestoreMailboxAsync(host, "hyn.canbo");
        await host.DispatchAsync();
        var focalId = await CaseNotificationTests.PersonIdAsync(host, "hyn.daumoi");
        OutboxMessage waiting;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            waiting = Assert.Single(await scope.ServiceProvider.GetRequiredService<IOutboxStore>().ListAsync(OutboxStatus.AwaitingContact, 10, Ct));
        }

        var drawn = 0;
        Task<Card?> Draw(CancellationToken _)
        {
            drawn++;
            return Task.FromResult<Card?>(NoticeCard.Create("Thông báo", "Hồ sơ đang chờ bạn xác nhận.", TextRole.Body));
        }

        Assert.Equal(OutboxResultKind.AwaitingContact, (await SendAsync(host, waiting, focalId, Draw)).Result.Kind);
        Assert.Equal(0, drawn);

        // He writes to the bot: now there is a conversation, and the card is drawn for it, once.
        var focal = new ChatDriver(host.Services, "hyn.daumoi");
        await focal.SayAsync("xin chào");
        var sent = await SendAsync(host, waiting, focalId, Draw);
        Assert.Equal(OutboxResultKind.Done, sent.Result.Kind);
        Assert.NotNull(sent.Reference);
        Assert.Equal(1, drawn);

        // Nothing left he may be told (the draw finds none): the message is cancelled, nothing sent.
        var gone = await SendAsync(host, waiting, focalId, _ => Task.FromResult<Card?>(null));
        Assert.Equal(OutboxResultKind.Cancelled, gone.Result.Kind);
        Assert.Null(gone.Reference);
    }

    private static async Task<PersonalDelivery.Outcome> SendAsync(ServiceTestHost host, OutboxMessage message, Guid recipientId, Func<CancellationToken, Task<Card?>> draw)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersonalDelivery>().SendAsync(message, recipientId, draw, waitForContact: true, null, Ct);
    }
}
