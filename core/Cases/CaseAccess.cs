using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>How a person stands to a case, from the roles he holds for its units (least privilege).</summary>
public static class CaseAccess
{
    public static CaseRole RolesFor(PersonRoles person, Case c)
    {
        var roles = CaseRole.None;
        if (person.Person.Id == c.RequesterId) roles |= CaseRole.Requester;
        if (person.Holds(Role.FocalPoint, c.UnitId)) roles |= CaseRole.UnitFocalPoint;
        if (person.Holds(Role.Agent, c.ExecutingUnitId)) roles |= CaseRole.ExecutingAgent;
        if (person.Holds(Role.DecidingAuthority, c.DecidingUnitId)) roles |= CaseRole.DecidingAuthority;
        if (person.Holds(Role.Leader, c.ExecutingUnitId)) roles |= CaseRole.ExecutingLeader;
        if (person.HoldsAnywhere(Role.Administrator)) roles |= CaseRole.Administrator;
        return roles;
    }

    /// <summary>Requesters, their unit's focal point, the executing agents and leaders and the deciding authority see a case; nobody else.</summary>
    public static bool CanView(CaseRole roles) =>
        (roles & (CaseRole.Requester | CaseRole.UnitFocalPoint | CaseRole.ExecutingAgent | CaseRole.ExecutingLeader | CaseRole.DecidingAuthority)) != CaseRole.None;
}
