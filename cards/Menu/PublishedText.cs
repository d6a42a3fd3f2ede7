using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Menu;

/// <summary>A published field as people read it: its verbatim text, or "the source does not state it" when it is not stated.</summary>
public static class PublishedText
{
    public static string Of(string? text) => string.IsNullOrWhiteSpace(text) ? CardText.Get("NotStatedBySource") : text;

    public static string Of(IReadOnlyList<string> texts) => texts.Count == 0 ? CardText.Get("NotStatedBySource") : string.Join("; ", texts);

    /// <summary>"Name (trước đây: Former)" when the name changed since publication.</summary>
    public static string Named(string name, string? former) => former is null ? name : CardText.Get("FormerlyNamed", null, name, former);
}
