namespace InternalTthc.Core.Forms;

/// <summary>
/// What was read from an uploaded annex list. Rows hold every non-empty data row (column name to
/// text, an empty text for a blank cell), faulty ones included so they can be shown; the list is
/// accepted only when there is no fault. File-level faults leave no rows.
/// </summary>
public sealed record AnnexReadResult(IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, IReadOnlyList<AnnexFault> Faults)
{
    public bool IsValid => Faults.Count == 0;

    internal static AnnexReadResult Fail(params AnnexFault[] faults) => new([], faults);
}
