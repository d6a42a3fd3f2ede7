namespace InternalTthc.Core.Forms;

/// <summary>What a cell holds: its text, and for number cells the number and whether it is shown as a date.</summary>
internal readonly record struct AnnexCell(string Text, double? Number = null, bool DateStyled = false);
