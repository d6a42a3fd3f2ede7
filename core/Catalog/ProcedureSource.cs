namespace InternalTthc.Core.Catalog;

/// <summary>Where the procedure is published: a document of the catalog file and its section.</summary>
public sealed record ProcedureSource(string Document, string Section);
