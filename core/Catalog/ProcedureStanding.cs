namespace InternalTthc.Core.Catalog;

/// <summary>Where a procedure stands on a day, after what changed since its publication.</summary>
public enum ProcedureStanding
{
    /// <summary>Carried out as published.</summary>
    InForce,
    /// <summary>Its document is not in force yet.</summary>
    NotYetInForce,
    /// <summary>Suspended by a recorded change, or its jurisdiction merged into another.</summary>
    Suspended,
    /// <summary>Carried out with recorded changes (other agencies, other units filing).</summary>
    Adapted,
}
