namespace InternalTthc.Core.Directory;

/// <summary>What a person may do for a unit. A person may hold several roles.</summary>
public enum Role
{
    /// <summary>Cán bộ đầu mối: files and follows requests for the unit.</summary>
    FocalPoint,
    /// <summary>Cán bộ CNTT of an executing unit: handles its cases.</summary>
    Agent,
    /// <summary>Lãnh đạo of a deciding unit: approves what the procedure says it decides.</summary>
    DecidingAuthority,
    /// <summary>Keeps the catalog, the directory and the calendar of a jurisdiction.</summary>
    Administrator,
    /// <summary>Lãnh đạo đơn vị thực hiện: the executing unit's head, told when its cases run overdue (escalation).</summary>
    Leader,
    /// <summary>Cán bộ trực of an executing unit: offered a critical incident's hand-off at any hour, online or not.</summary>
    OnCall,
}
