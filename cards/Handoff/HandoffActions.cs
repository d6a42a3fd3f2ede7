using System.Text.Json.Nodes;
using InternalTthc.Cards.Menu;

namespace InternalTthc.Cards.Handoff;

/// <summary>The data of the hand-off's buttons: the action and the request it acts on.</summary>
public static class HandoffActions
{
    public const string Take = "handoffTake";
    public const string End = "handoffEnd";
    public const string Cancel = "handoffCancel";
    public const string IdKey = "handoff";

    public static bool IsHandoffAction(string action) => action is Take or End or Cancel;

    public static JsonObject Data(string action, Guid handoffId) => CardData.Action(action, (IdKey, handoffId.ToString("N")));
}
