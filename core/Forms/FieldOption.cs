namespace InternalTthc.Core.Forms;

/// <summary>An answer a field offers: a catalog choice, or a unit or person of the directory found at run time.</summary>
public sealed record FieldOption(string Value, string Label);
