using System.Text.Json;
using InternalTthc.Core.Cases;

namespace InternalTthc.Cards.Cases;

/// <summary>
/// The names case buttons send back as their action (and Teams' <c>Action.Execute</c> verb): "case." and the
/// workflow action, plus taking a case and rating its result. The case code is the only other thing trusted.
/// </summary>
public static class CaseVerbs
{
    public const string Prefix = "case.";
    public const string Take = Prefix + "take";
    public const string Rate = Prefix + "rate";

    /// <summary>Resolving a question with an answer, instead of a document.</summary>
    public const string Answer = Prefix + "answer";

    /// <summary>Teams asks for the card as its viewer may see it now.</summary>
    public const string Refresh = "refreshCase";

    public static string For(CaseAction action) => Prefix + JsonNamingPolicy.CamelCase.ConvertName(action.ToString());

    public static bool IsCaseVerb(string? name) => name is not null && (name.StartsWith(Prefix, StringComparison.Ordinal) || name == Refresh);

    /// <summary>The workflow action a verb names, only actions of the workflow table (taking a case is assigning it to oneself, answering a question resolves it); null for rate, refresh and unknown names.</summary>
    public static CaseAction? ActionOf(string verb) => verb == Take ? CaseAction.Assign
        : verb == Answer ? CaseAction.Resolve
        : CaseWorkflow.Transitions.Where(t => For(t.Action) == verb).Select(t => (CaseAction?)t.Action).FirstOrDefault();

    /// <summary>The resource key part of a verb: "receive", "take"...</summary>
    public static string Name(string verb) => verb.StartsWith(Prefix, StringComparison.Ordinal) ? verb[Prefix.Length..] : verb;
}
