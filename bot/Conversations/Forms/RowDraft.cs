namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>An annex row being added or changed, saved with the form between messages.</summary>
public sealed record RowDraft
{
    /// <summary>The annex field (<see cref="Core.Catalog.FieldType.Rows"/>) the row belongs to.</summary>
    public required string Field { get; init; }

    /// <summary>The row changed (0-based); null for a new row.</summary>
    public int? Index { get; init; }

    /// <summary>Each cell as typed, by column name.</summary>
    public IReadOnlyDictionary<string, string> Cells { get; init; } = new Dictionary<string, string>();

    /// <summary>Text channels: the column asked now.</summary>
    public string? Column { get; init; }
}
