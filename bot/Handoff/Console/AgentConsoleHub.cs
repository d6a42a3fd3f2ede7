using Microsoft.AspNetCore.SignalR;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>The agent console's live connection (placeholder until the console lands).</summary>
public sealed class AgentConsoleHub : Hub;
