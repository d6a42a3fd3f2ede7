namespace InternalTthc.Core.Catalog;

/// <summary>
/// Something the system (the managing agency) does on its own, not at anyone's request: suspending a mailbox after
/// months without log-in, locking, revoking, sending lists. People ask why it happened; the bot explains it from
/// here and offers the procedure that undoes it.
/// </summary>
public sealed record SystemEvent
{
    public required string Code { get; init; }

    /// <summary>What happens, e.g. "Tạm dừng hoạt động hộp thư điện tử công vụ".</summary>
    public required string Name { get; init; }

    public required ProcedureSource Source { get; init; }

    /// <summary>The source's sentence, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>The agency that acts (an agency code of the file).</summary>
    public string? Actor { get; init; }

    public IReadOnlyList<SystemEventTrigger> Triggers { get; init; } = [];

    /// <summary>The procedure of the file that undoes it (restoring a suspended mailbox); null when none does.</summary>
    public string? UndoneBy { get; init; }

    /// <summary>Words people use for what they see ("bị khóa", "bị tạm dừng"), with and without diacritics.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
