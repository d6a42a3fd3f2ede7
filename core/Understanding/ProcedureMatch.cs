using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>A procedure of the person's catalog, and the sub-case the words name (if any).</summary>
public sealed record ProcedureMatch(Procedure Procedure, SubCase? SubCase);
