using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>A person allowed to see a case, and the case.</summary>
public sealed record CaseReader(PersonRoles Person, Case Case)
{
    public CaseRole Roles => CaseAccess.RolesFor(Person, Case);
}
