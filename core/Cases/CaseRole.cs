namespace InternalTthc.Core.Cases;

/// <summary>How a person stands to one case; computed per request from the directory.</summary>
[Flags]
public enum CaseRole
{
    None = 0,
    /// <summary>The person who filed it.</summary>
    Requester = 1,
    /// <summary>The focal point of the requesting unit.</summary>
    UnitFocalPoint = 2,
    /// <summary>An agent of the executing unit.</summary>
    ExecutingAgent = 4,
    /// <summary>The authority of the deciding unit.</summary>
    DecidingAuthority = 8,
    /// <summary>An administrator of the jurisdiction: manages data, never acts on cases.</summary>
    Administrator = 16,
    /// <summary>A leader of the executing unit: follows its cases (overdue ones are escalated to him), acts on none.</summary>
    ExecutingLeader = 32,
}
