using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>
/// A procedure's form for one sub-case as the answers so far make it: the fields shown and required now, the checks
/// across answers (rules of a field, "at least one of these lists"), and the values the sub-case fixes.
/// </summary>
public sealed class FormPlan(FieldValueValidator validator)
{
    /// <param name="typed">The answers as typed, by field name.</param>
    /// <param name="options">The options of a choice, unit or person field.</param>
    public IReadOnlyList<FormField> Fields(Procedure p, string? subCase, IReadOnlyDictionary<string, string> typed, Func<FormField, IReadOnlyList<FieldOption>> options)
    {
        var shown = new List<FormField>();
        string? Answer(string name) => shown.FirstOrDefault(f => f.Name == name) is { } f ? Stored(f, typed.GetValueOrDefault(name), options(f)) : null;
        foreach (var field in p.FieldsFor(subCase).Where(f => AnswerRules.IsShown(f, Answer)))
        {
            shown.Add(AnswerRules.AsAsked(field, Answer));
        }

        return shown;
    }

    /// <summary>The typed answers of these fields as stored (a choice by its value, a date as yyyy-MM-dd), by name.</summary>
    public Func<string, string?> Stored(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> typed, Func<FormField, IReadOnlyList<FieldOption>> options) =>
        name => fields.FirstOrDefault(f => f.Name == name) is { } f ? Stored(f, typed.GetValueOrDefault(name), options(f)) : null;

    /// <summary>What the answers break across fields, by the field to ask again: a field's rules, a form rule (on its first field).</summary>
    public Dictionary<string, string> Check(Procedure p, string? subCase, IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> typed, Func<FormField, IReadOnlyList<FieldOption>> options)
    {
        var errors = new Dictionary<string, string>();
        var Answer = Stored(fields, typed, options);
        foreach (var field in fields.Where(f => f.Type != FieldType.Rows))
        {
            if (AnswerRules.Broken(field, Answer(field.Name), Answer) is { } broken) errors[field.Name] = broken;
        }

        foreach (var rule in p.FormRules.Where(r => r.AppliesTo(subCase)))
        {
            var asked = rule.AtLeastOne.Where(n => fields.Any(f => f.Name == n)).ToList();
            if (asked.Count > 0 && asked.All(n => string.IsNullOrWhiteSpace(typed.GetValueOrDefault(n))))
            {
                errors.TryAdd(asked[0], rule.Error);
            }
        }

        return errors;
    }

    /// <summary>The answers with the values the sub-case fixes: a field's, or a column's in every row.</summary>
    public static FormAnswers Complete(Procedure p, string? subCase, FormAnswers answers)
    {
        foreach (var x in p.SubCases.FirstOrDefault(s => s.Code == subCase)?.Fixed ?? [])
        {
            if (x.Column is null)
            {
                answers = answers.With(x.Field, x.Value);
            }
            else if (answers.Values.TryGetValue(x.Field, out var rows) && JsonNode.Parse(rows.GetRawText()) is JsonArray array)
            {
                foreach (var row in array.OfType<JsonObject>()) row[x.Column] = x.Value;
                answers = answers.With(x.Field, JsonSerializer.SerializeToElement(array));
            }
        }

        return answers;
    }

    /// <summary>An answer as stored (a choice by its value, a date as yyyy-MM-dd); null when empty or not valid.</summary>
    private string? Stored(FormField field, string? typed, IReadOnlyList<FieldOption> options) =>
        field.Type == FieldType.Rows ? typed : validator.Check(field, typed, options).Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
