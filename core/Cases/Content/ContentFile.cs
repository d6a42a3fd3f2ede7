namespace InternalTthc.Core.Cases.Content;

/// <summary>A file handed in with the request, under the label of the form's question it answers (null for none).</summary>
public sealed record ContentFile(string? Label, CaseFile File);
