using System.Globalization;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Menu;

/// <summary>The buttons of the commands a card may offer, each with the words that type it on text channels.</summary>
public static class CommandButtons
{
    /// <summary>The command's button; null for commands no button stands for (cancel, back, a look-up without its code...).</summary>
    public static CardButton? For(CommandKind command, CultureInfo? culture = null) => command switch
    {
        CommandKind.MyCases => new CardButton(CardText.Get("ButtonMyCases", culture), CardData.Action(CardData.ShowMyCases)) { Command = "hồ sơ của tôi" },
        CommandKind.Queue => new CardButton(CardText.Get("ButtonQueue", culture), CardData.Action(CardData.ShowQueue)) { Command = "hàng đợi" },
        CommandKind.Human => new CardButton(CardText.Get("ButtonHuman", culture), CardData.Action(CardData.AskHuman)) { Command = "gặp cán bộ" },
        CommandKind.Help => new CardButton(CardText.Get("ButtonHelp", culture), CardData.Action(CardData.ShowHelp)) { Command = "trợ giúp" },
        CommandKind.Menu or CommandKind.Greeting => new CardButton(CardText.Get("ButtonMenu", culture), CardData.Action(CardData.ShowMenu)) { Command = "menu" },
        _ => null,
    };

    /// <summary>" (ví dụ "…", "…")": what to type, from the kinds the offered procedures serve; empty when none.</summary>
    public static string Examples(IEnumerable<Core.Catalog.Procedure> offered, CultureInfo? culture = null) =>
        RequestExamples.For(offered) is { Count: > 0 } examples
            ? CardText.Get("ExamplesInline", culture, string.Join(", ", examples.Select(e => $"\"{e}\"")))
            : "";
}
