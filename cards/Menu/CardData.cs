using System.Text.Json;
using System.Text.Json.Nodes;

namespace InternalTthc.Cards.Menu;

/// <summary>The data buttons send back: an "action" name and its arguments. One place names them all.</summary>
public static class CardData
{
    public const string ActionKey = "action";
    public const string StartProcedure = "startProcedure";
    public const string ShowMenu = "showMenu";
    public const string ChooseLanguage = "chooseLanguage";
    public const string ShowHelp = "showHelp";
    public const string ChooseSubCase = "chooseSubCase";
    public const string SubmitForm = "submitForm";
    public const string ConfirmForm = "confirmForm";
    public const string EditField = "editField";
    public const string PickFieldToEdit = "pickFieldToEdit";
    public const string CancelForm = "cancelForm";
    public const string ResumeForm = "resumeForm";
    public const string AddRow = "addRow";
    public const string EditRow = "editRow";
    public const string RemoveRow = "removeRow";
    public const string SaveRow = "saveRow";
    public const string SaveRowAndAdd = "saveRowAndAdd";
    public const string CancelRow = "cancelRow";
    public const string RowsDone = "rowsDone";
    public const string ShowCase = "showCase";
    public const string Answer = "answer";
    public const string ShowMyCases = "showMyCases";
    public const string AskHuman = "askHuman";
    public const string ShowQueue = "showQueue";
    public const string BrowseJurisdiction = "browseJurisdiction";
    public const string ShowProcedure = "showProcedure";
    public const string SearchAnswers = "searchAnswers";

    /// <summary>A text a pressed button sent back; null when a crafted value lacks it or holds something else.</summary>
    public static string? Text(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    public static JsonObject Action(string action, params (string Key, string Value)[] args)
    {
        var data = new JsonObject { [ActionKey] = action };
        foreach (var (key, value) in args)
        {
            data[key] = value;
        }

        return data;
    }
}
