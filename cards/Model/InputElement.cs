namespace InternalTthc.Cards.Model;

/// <summary>
/// A form input. Cards validate it in the client (required, regex) only as a courtesy: the server
/// checks every answer again and re-shows the card with <see cref="Error"/> and the typed value.
/// </summary>
public sealed record InputElement(string Id, string Label, InputKind Kind) : CardElement
{
    public bool Required { get; init; }
    public string? Placeholder { get; init; }
    public string? Help { get; init; }
    public string? Regex { get; init; }
    public string? ErrorMessage { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
    public IReadOnlyList<InputChoice> Choices { get; init; } = [];

    /// <summary>Choices as a drop-down list whatever their number (an annex cell, where a column of buttons would crowd the row).</summary>
    public bool DropDown { get; init; }

    /// <summary>The server's reason the last answer was refused; shown under the input.</summary>
    public string? Error { get; init; }
}
