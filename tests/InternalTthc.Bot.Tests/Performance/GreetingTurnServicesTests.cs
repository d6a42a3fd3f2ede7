using System.Diagnostics.Tracing;
using System.Net;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// What a linked focal point's "xin chào" on /api/messages costs the container (issue 14): the scoped services its request
/// makes are counted (the container's own event at the scope's end), so a change that builds more for every turn shows here.
/// The turn pipeline makes a step only for a turn that concerns it: no invoke, button, guest or language step for a greeting.
/// </summary>
public sealed class GreetingTurnServicesTests
{
    [Fact]
    public async Task A_greeting_turn_makes_a_fixed_number_of_scoped_services_and_none_of_the_steps_it_does_not_concern()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, "Development", new Dictionary<string, string?>());
            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "first", "xin chào"));
            await EmulatorTurns.LinkAsync(host, "lcu.daumoi");
            using var scopes = new ScopeListener(host.Services.GetHashCode());

            for (var i = 0; i < 2; i++)
            {
                scopes.Clear();
                Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, $"greeting-{i}", "xin chào"));
                // The response can reach the client before Kestrel disposes the request's scope: wait for that event.
                var request = await scopes.RequestScopeAsync();
                Assert.True(request == ExpectedScopedServices, $"{request} scoped services in the greeting's request");
            }
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    // Main before the gated steps made 105: every turn built all fourteen steps and their collaborators. 87 with the gates,
    // and one more since the turn's deferred writes (TurnWrites) are its own: 88. 38 since what a step, the router, the
    // resolver or a reply hook uses only on some turns (a form's flow, cases, a hand-off, the link step) is made when used.
    private const int ExpectedScopedServices = 38;

    /// <summary>The scoped services each scope of one container made, from Microsoft.Extensions.DependencyInjection's event source.</summary>
    private sealed class ScopeListener(int container) : EventListener
    {
        // Background services' scopes (the outbox, the heartbeat) make a handful; a turn's request makes dozens.
        private const int RequestScopeAtLeast = 10;

        private readonly List<int> _counts = [];
        private TaskCompletionSource _requestEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Clear()
        {
            lock (_counts)
            {
                _counts.Clear();
                _requestEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        /// <summary>The largest scope once a request's scope has ended (a turn that made fewer than ten is reported after 30 s).</summary>
        public async Task<int> RequestScopeAsync()
        {
            Task ended;
            lock (_counts) ended = _requestEnded.Task;
            await Task.WhenAny(ended, Task.Delay(TimeSpan.FromSeconds(30)));
            lock (_counts) return _counts.DefaultIfEmpty(0).Max();
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Extensions-DependencyInjection")
            {
                EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
            }
        }

        // ScopeDisposed(serviceProviderHashCode, scopedServicesResolved, disposableServices); other tests' containers are left out.
        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "ScopeDisposed" && eventData.Payload is [int provider, int scoped, ..] && provider == container)
            {
                lock (_counts)
                {
                    _counts.Add(scoped);
                    if (scoped >= RequestScopeAtLeast) _requestEnded.TrySetResult();
                }
            }
        }
    }
}
