namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>What a person asked of the queue: a filter (<see cref="Cards.Cases.QueueCard"/>'s), the procedure to filter by, the page.</summary>
public sealed record QueueRequest(string? Filter = null, string? ProcedureCode = null, int Skip = 0);
