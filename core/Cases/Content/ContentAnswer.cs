namespace InternalTthc.Core.Cases.Content;

/// <summary>One answer of a case's form: the field's published label and the value as people read it.</summary>
public sealed record ContentAnswer(string FieldName, string Label, string Value);
