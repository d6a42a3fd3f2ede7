namespace InternalTthc.Core.Cases;

/// <summary>The filters of an agent's queue ("hàng đợi"), as the chat's buttons and the console's list name them.</summary>
public static class QueueFilters
{
    public const string All = "all";
    public const string New = "new";
    public const string Mine = "mine";
    public const string DueSoon = "dueSoon";
    public const string Overdue = "overdue";
    public const string ByProcedure = "procedure";

    /// <summary>The filters offered as buttons; <see cref="ByProcedure"/> goes with a choice of procedure.</summary>
    public static readonly IReadOnlyList<string> Shown = [All, New, Mine, DueSoon, Overdue];
}
