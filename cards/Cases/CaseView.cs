using InternalTthc.Cards.Questions;
using InternalTthc.Core.Cases.Content;

namespace InternalTthc.Cards.Cases;

/// <summary>A case as a person reads it: texts already in Vietnamese local time.</summary>
public sealed record CaseView
{
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public required string ProcedureName { get; init; }
    public required string Status { get; init; }
    public string? ReceiptDue { get; init; }
    public string? ResolutionDue { get; init; }
    public string? TimeLeft { get; init; }

    /// <summary>The running clock counts hours of the clock (nights and days off included), not office hours.</summary>
    public bool CalendarTime { get; init; }
    public bool Overdue { get; init; }

    /// <summary>A question to an agency (hỏi đáp), read as a question wherever it shows, not as a case.</summary>
    public bool IsQuestion { get; init; }
    public string? Assignee { get; init; }

    /// <summary>The agency carrying the case out, by today's name ("Sở Khoa học và Công nghệ (trước đây: ...)").</summary>
    public string? ExecutingAgency { get; init; }

    /// <summary>The requester's own deadline under the regulation ("16/11/2026 (15 ngày kể từ ngày có quyết định)").</summary>
    public string? RequesterDue { get; init; }

    /// <summary>Set when the case was filed after the requester's deadline: how late, against which rule.</summary>
    public string? FiledLate { get; init; }

    /// <summary>What the requester should do with the result (change the password given at once...).</summary>
    public string? Advice { get; init; }

    /// <summary>What the case asks for, as this reader may see it; null where only a row of a list is drawn without it.</summary>
    public CaseContent? Content { get; init; }

    /// <summary>The reader's links to each annex list of the content as .xlsx, by field name.</summary>
    public IReadOnlyDictionary<string, Uri> AnnexLinks { get; init; } = new Dictionary<string, Uri>();

    /// <summary>The answer of a question to one agency, once given.</summary>
    public AnswerView? Answer { get; init; }

    /// <summary>The named stages of the procedure with where the case stands; empty for most procedures.</summary>
    public IReadOnlyList<StageView> Stages { get; init; } = [];

    /// <summary>What the agent last asked for, and the requester's answer, while that exchange is current.</summary>
    public string? SupplementRequest { get; init; }
    public string? SupplementAnswer { get; init; }

    public string? ResultNumber { get; init; }
    public string? ResultDate { get; init; }
    public string? ResultSummary { get; init; }
    public string? RejectionReason { get; init; }

    /// <summary>The files handed in with the request, and those of the result.</summary>
    public IReadOnlyList<CaseFileView> Files { get; init; } = [];
    public IReadOnlyList<CaseFileView> ResultFiles { get; init; } = [];
    public string? Rating { get; init; }

    /// <summary>What is drawn from the case for this reader (the request letter, the result notice), and its page with a QR code of it.</summary>
    public IReadOnlyList<CaseLink> Documents { get; init; } = [];
    public CaseLink? Page { get; init; }
    public string? PageQrCode { get; init; }
    public IReadOnlyList<(string When, string What)> Timeline { get; init; } = [];
}
