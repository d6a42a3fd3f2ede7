using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Handoff;

/// <summary>A message passed from one side of a hand-off to the other: who wrote it, what he typed (shown literally) and his files.</summary>
public static class RelayedMessageCard
{
    public static Card Create(string author, string text, IReadOnlyList<CaseFileView> files)
    {
        var body = new List<CardElement> { new TextElement(author, TextRole.Subtle) };
        if (text.Length > 0) body.Add(new TextElement(text));
        return new Card
        {
            Body = body,
            Actions = [.. files.Select(f => CardButton.Link(HandoffText.Get("FileLink", f.Name), f.Url, f.File))],
            Summary = text.Length > 0 ? $"{author}: {text}" : author,
        };
    }
}
