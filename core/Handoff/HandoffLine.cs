namespace InternalTthc.Core.Handoff;

/// <summary>A label and a text: a form's question and its answer, or who said what.</summary>
public sealed record HandoffLine(string Label, string Text);
