namespace InternalTthc.Core.Catalog;

/// <summary>Who must meet a milestone.</summary>
public enum MilestoneParty
{
    Requester,
    ExecutingUnit,
    DecidingUnit,
}
