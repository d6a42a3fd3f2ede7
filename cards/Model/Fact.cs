namespace InternalTthc.Cards.Model;

/// <summary>A title and its value, both shown as written (never read as markdown).</summary>
public sealed record Fact(string Title, string Value);
