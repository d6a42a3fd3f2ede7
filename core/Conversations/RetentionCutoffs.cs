namespace InternalTthc.Core.Conversations;

/// <summary>What is older than these moments goes: forms untouched since, Direct Line entries written before, ledger records made before.</summary>
public sealed record RetentionCutoffs(DateTimeOffset Forms, DateTimeOffset DirectLineLog, DateTimeOffset Ledger);
