namespace InternalTthc.Core.Understanding;

/// <summary>
/// Finds what a question asks about a procedure ("cần giấy tờ gì", "mất bao lâu") and removes
/// those words, so they do not count towards choosing the procedure.
/// </summary>
internal static class TopicReader
{
    private static readonly PhraseTable<InfoTopic> Table = new(
    [
        (InfoTopic.Documents, "cần giấy tờ gì"), (InfoTopic.Documents, "giấy tờ gì"), (InfoTopic.Documents, "giấy tờ"),
        (InfoTopic.Documents, "hồ sơ gồm"), (InfoTopic.Documents, "hồ sơ gồm những gì"), (InfoTopic.Documents, "thành phần hồ sơ"),
        (InfoTopic.Documents, "thành phần"), (InfoTopic.Documents, "cần những gì"), (InfoTopic.Documents, "chuẩn bị gì"),
        (InfoTopic.Documents, "cần chuẩn bị"), (InfoTopic.Documents, "cần nộp gì"),
        (InfoTopic.Duration, "bao lâu"), (InfoTopic.Duration, "mấy ngày"), (InfoTopic.Duration, "thời hạn"),
        (InfoTopic.Duration, "bao nhiêu ngày"), (InfoTopic.Duration, "khi nào xong"), (InfoTopic.Duration, "thời gian giải quyết"),
        (InfoTopic.Duration, "bao giờ có kết quả"), (InfoTopic.Duration, "bao giờ xong"), (InfoTopic.Duration, "mất mấy ngày"),
        (InfoTopic.Fee, "mất phí"), (InfoTopic.Fee, "lệ phí"), (InfoTopic.Fee, "phí"), (InfoTopic.Fee, "bao nhiêu tiền"),
        (InfoTopic.Fee, "mất tiền"), (InfoTopic.Fee, "tốn phí"), (InfoTopic.Fee, "tốn tiền"), (InfoTopic.Fee, "chi phí"),
        (InfoTopic.Fee, "miễn phí"),
        (InfoTopic.LegalBasis, "căn cứ pháp lý"), (InfoTopic.LegalBasis, "căn cứ nào"), (InfoTopic.LegalBasis, "căn cứ"),
        (InfoTopic.LegalBasis, "cơ sở pháp lý"), (InfoTopic.LegalBasis, "văn bản nào quy định"), (InfoTopic.LegalBasis, "quy định nào"),
        (InfoTopic.LegalBasis, "theo quy định nào"), (InfoTopic.LegalBasis, "luật nào"),
        (InfoTopic.Agency, "ai giải quyết"), (InfoTopic.Agency, "cơ quan nào"), (InfoTopic.Agency, "nộp ở đâu"),
        (InfoTopic.Agency, "nộp hồ sơ ở đâu"), (InfoTopic.Agency, "nộp hồ sơ cho ai"), (InfoTopic.Agency, "gửi hồ sơ ở đâu"),
        (InfoTopic.Agency, "nộp cho ai"), (InfoTopic.Agency, "đơn vị nào giải quyết"), (InfoTopic.Agency, "ai xử lý"),
        (InfoTopic.Agency, "gửi cho ai"), (InfoTopic.Agency, "gửi ở đâu"), (InfoTopic.Agency, "liên hệ ai"),
        (InfoTopic.Agency, "đơn vị nào"), (InfoTopic.Agency, "nơi nào"),
        // Fillers are dropped before matching, so a steps phrase keeps words of its own ("bước nào" alone is also "đến bước nào").
        (InfoTopic.Steps, "gồm những bước"), (InfoTopic.Steps, "gồm các bước"), (InfoTopic.Steps, "gồm mấy bước"), (InfoTopic.Steps, "mấy bước"),
        (InfoTopic.Steps, "bước thực hiện"), (InfoTopic.Steps, "quy trình"), (InfoTopic.Steps, "trình tự"), (InfoTopic.Steps, "thực hiện thế nào"),
        (InfoTopic.Steps, "thực hiện như thế nào"), (InfoTopic.Steps, "thực hiện ra sao"), (InfoTopic.Steps, "tiến hành thế nào"),
    ]);

    /// <summary>The first topic asked, and the words without every topic phrase.</summary>
    public static (InfoTopic? Topic, IReadOnlyList<string> Remaining) Read(IReadOnlyList<string> words)
    {
        InfoTopic? topic = null;
        var rest = words.ToList();
        while (Table.Find(rest) is { } hit)
        {
            topic ??= hit.Value;
            rest.RemoveRange(hit.Start, hit.Length);
        }
        return (topic, rest);
    }
}
