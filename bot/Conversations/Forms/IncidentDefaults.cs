using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// What an incident report may take from the directory before anyone types: the reporter's unit as the place and his
/// phone as the contact. Shown in the inputs, to be changed; what the words told wins.
/// </summary>
public static class IncidentDefaults
{
    public static IReadOnlyDictionary<string, string> With(FormContext ctx, IReadOnlyDictionary<string, string> known)
    {
        if (ctx.Procedure.Flow != ProcedureFlow.IncidentInterview) return known;
        var values = new Dictionary<string, string>(known);
        var fields = ctx.Procedure.Form.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (fields.Contains(IncidentFields.Location)) values.TryAdd(IncidentFields.Location, ctx.Unit.Name);
        if (fields.Contains(IncidentFields.ContactPhone) && ctx.Person.Person.Phone is { Length: > 0 } phone) values.TryAdd(IncidentFields.ContactPhone, phone);
        return values;
    }
}
