using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

public sealed record RoutingOverride(UnitLevel UnitLevel, string ExecutingUnit, string? DecidingUnit);
