namespace InternalTthc.Core.Documents;

/// <summary>
/// An administrative document laid out as Nghị định 30/2020/NĐ-CP prescribes: the issuing agency and the national motto
/// side by side, number and place-date, "V/v" subject, "Kính gửi", the body, "Nơi nhận" beside the signer, and an
/// annex of tables on a page of its own.
/// </summary>
public sealed record OfficialDocument
{
    /// <summary>The issuing agency, its parent first (upper case, as printed).</summary>
    public required IReadOnlyList<string> Issuer { get; init; }

    public required string Number { get; init; }
    public required string PlaceDate { get; init; }
    public string? Subject { get; init; }
    public required string Addressee { get; init; }
    public required IReadOnlyList<string> Body { get; init; }
    public required IReadOnlyList<string> Recipients { get; init; }
    public required string SignerTitle { get; init; }
    public string? SignerNote { get; init; }
    public string? SignerName { get; init; }

    /// <summary>Title lines of the annex ("PHỤ LỤC I", its name, what it is attached to); none: no annex.</summary>
    public IReadOnlyList<string> AnnexTitle { get; init; } = [];

    public IReadOnlyList<DocumentTable> AnnexTables { get; init; } = [];
}
