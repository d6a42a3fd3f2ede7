namespace InternalTthc.Core.Catalog;

/// <summary>An official document a catalog file is taken from.</summary>
public sealed record SourceDocument
{
    /// <summary>Key used by <see cref="ProcedureSource.Document"/>.</summary>
    public required string Id { get; init; }

    /// <summary>E.g. "Quyết định số 2829/QĐ-UBND ngày 27/11/2023 của Chủ tịch UBND thành phố Cần Thơ".</summary>
    public required string Title { get; init; }

    /// <summary>The seed file the text was taken from.</summary>
    public string? File { get; init; }

    /// <summary>The day it comes into force, when later than its signature ("có hiệu lực kể từ ngày 05/12/2025"); its procedures are offered from then.</summary>
    public DateOnly? InForceFrom { get; init; }
}
