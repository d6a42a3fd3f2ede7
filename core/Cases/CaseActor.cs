namespace InternalTthc.Core.Cases;

/// <summary>The person acting on a case and how he stands to it.</summary>
public sealed record CaseActor(Guid PersonId, CaseRole Roles);
