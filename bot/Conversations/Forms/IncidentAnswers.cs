using System.Text.Json;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>What an incident told in plain words already answers, as the form's typed values (only fields the form has).</summary>
public static class IncidentAnswers
{
    public static Dictionary<string, string> From(IncidentReport report, Procedure procedure)
    {
        var fields = procedure.Form.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, string>();
        foreach (var (name, value) in report.ToFormAnswers().Values.Where(v => fields.Contains(v.Key)))
        {
            values[name] = value.ValueKind switch
            {
                JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(x => x.GetString())),
                _ => value.GetString() ?? "",
            };
        }

        return values;
    }
}
