using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Handoff;

/// <summary>The few words a hand-off listens for, with or without diacritics: ending it, and an agent's presence.</summary>
public static class HandoffWords
{
    public enum Said { Other, End, Online, Away }

    private static readonly string[] End = ["ket thuc", "ket thuc tro chuyen", "ket thuc trao doi", "ket thuc ho tro", "end"];
    private static readonly string[] Online = ["truc tuyen", "san sang", "online", "bat dau truc"];
    private static readonly string[] Away = ["vang mat", "tam vang", "away", "offline", "nghi truc"];

    public static Said Read(string? text)
    {
        var folded = VietnameseText.Fold((text ?? "").Trim().TrimEnd('.', '!'));
        return End.Contains(folded) ? Said.End : Online.Contains(folded) ? Said.Online : Away.Contains(folded) ? Said.Away : Said.Other;
    }
}
