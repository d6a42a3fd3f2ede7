namespace InternalTthc.Core.Catalog;

public sealed record FieldChoice(string Value, string Label);
