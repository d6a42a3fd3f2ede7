using InternalTthc.Core.Directory;
using InternalTthc.Core.Reports;

namespace InternalTthc.Bot.Dashboard;

/// <summary>A signed-in person who may read the dashboard, the cases it counts for him, and what they are called.</summary>
public sealed record DashboardViewer(Person Person, DashboardScope Scope, string ScopeName);
