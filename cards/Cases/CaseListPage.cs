using System.Globalization;
using System.Text.Json;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Cases;

/// <summary>
/// Which page of a long list of cases a card shows (the queue, "hồ sơ của tôi"): rows <see cref="Skip"/> + 1 on, of
/// <see cref="Total"/>; "Xem thêm" asks for the next page with the same list's data.
/// </summary>
public sealed record CaseListPage(int Skip, int Total)
{
    /// <summary>Rows per page, so a card stays small enough for Teams.</summary>
    public const int Size = 20;

    private const string SkipKey = "skip";

    /// <summary>Further than any list goes: a crafted skip beyond it is a crafted one.</summary>
    private const int MaxSkip = 10_000_000;

    /// <summary>The page a pressed "Xem thêm" asks for; the first for anything else (a crafted or missing value).</summary>
    public static int SkipOf(JsonElement? value) =>
        int.TryParse(CardData.Text(value, SkipKey), NumberStyles.None, CultureInfo.InvariantCulture, out var skip) && skip <= MaxSkip ? skip : 0;

    /// <summary>Whether the list has more than this one page.</summary>
    public bool Paged => Total > Size || Skip > 0;

    /// <summary>"Hồ sơ 21–40 trong 75" in the words of <paramref name="text"/> ({0}–{1} of {2}).</summary>
    public string Range(string text, int shown) => CardText.Get(text, null, Skip + 1, Skip + shown, Total);

    /// <summary>The "Xem thêm" button when rows are left after this page.</summary>
    public ButtonGroup? More(string action, params (string Key, string Value)[] args) => Skip + Size < Total
        ? new ButtonGroup([new CardButton(CardText.Get("ButtonMoreCases"), CardData.Action(action, [.. args, (SkipKey, (Skip + Size).ToString(CultureInfo.InvariantCulture))]))])
        : null;
}
