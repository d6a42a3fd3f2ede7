namespace InternalTthc.Cards.Cases;

/// <summary>One named stage of a case's procedure (incident response), numbered from 1, and where the case stands to it.</summary>
public sealed record StageView(int Number, string Name, StageState State);
