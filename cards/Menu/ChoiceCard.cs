using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Menu;

/// <summary>
/// One card that asks: which of several procedures ("Bạn muốn làm thủ tục nào?"), what was meant
/// ("Ý bạn là …?"), or — when the bot did not understand or the province lacks the procedure — the
/// nearest procedures, with "Gặp cán bộ". A button each: start a procedure, show its facts, or a command.
/// </summary>
public static class ChoiceCard
{
    public static Card Create(string title, IEnumerable<Suggestion> choices, string? text = null, bool withHuman = false)
    {
        var buttons = choices.Select(Button).OfType<CardButton>().ToList();
        if (withHuman) buttons.Add(CommandButtons.For(CommandKind.Human)!);
        return new Card
        {
            Body =
            [
                new TextElement(title, TextRole.Heading),
                .. text is null ? Array.Empty<CardElement>() : [new TextElement(text)],
                new ButtonGroup(buttons),
            ],
            Summary = title,
        };
    }

    private static CardButton? Button(Suggestion s) => s switch
    {
        { Kind: UtteranceKind.Facts, Procedure: { } about } => new CardButton(CardText.Get("ButtonAbout", null, about.Procedure.DisplayName),
            CardData.Action(CardData.ShowProcedure, ("procedure", about.Procedure.Code))),
        { Procedure: { SubCase: { } subCase } start } => new CardButton($"{start.Procedure.DisplayName}: {subCase.Name}",
            CardData.Action(CardData.StartProcedure, ("procedure", start.Procedure.Code), ("subCase", subCase.Code))),
        { Procedure: { } start } => new CardButton(start.Procedure.DisplayName, CardData.Action(CardData.StartProcedure, ("procedure", start.Procedure.Code))),
        { Command: CommandKind.SearchAnswers, SearchText: { } words } => new CardButton(CardText.Get("ButtonSearchAnswers"), CardData.Action(CardData.SearchAnswers, ("text", words))),
        { Command: { } command } => CommandButtons.For(command),
        _ => null,
    };
}
