using System.Text.Json;

namespace InternalTthc.Core.Handoff;

/// <summary>
/// What an agent reads before taking a request: who asks, from which unit, the form in progress with its answers or the
/// case he was looking at, and his last messages.
/// </summary>
public sealed record HandoffContext
{
    public required string RequesterName { get; init; }
    public string? Position { get; init; }
    public required string UnitName { get; init; }

    /// <summary>The procedure of the form he was filling in, if any.</summary>
    public string? Procedure { get; init; }

    /// <summary>The procedure's code and sub-case of that form, and its answers as typed by field name: what an agent's case starts from.</summary>
    public string? ProcedureCode { get; init; }
    public string? SubCaseCode { get; init; }
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The form's answers so far, as questions and answers (masked where the form masks them).</summary>
    public IReadOnlyList<HandoffLine> Answers { get; init; } = [];

    /// <summary>His last messages in the conversation, oldest first.</summary>
    public IReadOnlyList<HandoffLine> LastMessages { get; init; } = [];

    /// <summary>What he wrote when asking (the incident he reported, the words he typed), if anything.</summary>
    public string? Words { get; init; }

    /// <summary>Asked from a chat account linked to nobody: no case can be filed for him, so none is offered.</summary>
    public bool NotIdentified { get; init; }

    public string Write() => JsonSerializer.Serialize(this);

    public static HandoffContext? Read(string json) => JsonSerializer.Deserialize<HandoffContext>(json);
}
