using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// Checks a whole form against its procedure's own rules before the summary: rules across answers (an address shaped
/// by the kind of unit, "at least one list"), and a question to an agency written in Vietnamese with diacritics,
/// without abbreviations, to one agency.
/// </summary>
public sealed class ProcedureRules(QuestionRules questions, FormPlan plan)
{
    public Dictionary<string, string> Check(FormContext ctx, FormSession session)
    {
        var errors = plan.Check(ctx.Procedure, session.SubCaseCode, ctx.Fields(session), session.Values, ctx.OptionsFor);
        if (ctx.Procedure.Flow != ProcedureFlow.Question)
        {
            return errors;
        }

        // The agency is the field the routing names.
        var text = ctx.Procedure.QuestionField;
        var agencyField = ctx.Procedure.Routing.ExecutingUnitField;
        if (text is not null && session.Values.GetValueOrDefault(text.Name) is { Length: > 0 } question)
        {
            var agency = agencyField is null ? null : session.Values.GetValueOrDefault(agencyField);
            var reasons = questions.Check(question, string.IsNullOrWhiteSpace(agency) ? null : agency);
            if (reasons.Count > 0) errors[text.Name] = string.Join(" ", reasons);
        }

        return errors;
    }
}
