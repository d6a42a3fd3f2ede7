using System.Text.RegularExpressions;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>
/// What makes one answer depend on others (<see cref="FormField.ShownWhen"/>, <see cref="FormField.RequiredWhen"/>,
/// <see cref="FormField.Rules"/>), evaluated against the other answers of the same level (the form, or one row).
/// <c>answer</c> gives another field's answer as stored (a choice by its value), null when it has none.
/// </summary>
public static class AnswerRules
{
    public static bool IsShown(FormField field, Func<string, string?> answer) =>
        field.ShownWhen is not { } c || c.IsMetBy(answer(c.Field));

    public static bool IsRequired(FormField field, Func<string, string?> answer) =>
        field.RequiredWhen is { } c ? c.IsMetBy(answer(c.Field)) : field.Required;

    /// <summary>The field as asked now: required or not by <see cref="FormField.RequiredWhen"/>.</summary>
    public static FormField AsAsked(FormField field, Func<string, string?> answer) =>
        field.RequiredWhen is null ? field : field with { Required = IsRequired(field, answer) };

    /// <summary>The error of the first rule the answer breaks; null when it keeps them all (or is empty).</summary>
    public static string? Broken(FormField field, string? value, Func<string, string?> answer)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var rule in field.Rules.Where(r => r.When is not { } c || c.IsMetBy(answer(c.Field))))
        {
            var patternOk = rule.Pattern is null || Regex.IsMatch(value, $"^(?:{rule.Pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
            var rendered = rule.Templates.Select(t => AnswerTemplate.Render(t, answer)).ToList();
            // A template that reads an empty answer cannot judge; the empty answer has its own "required" message.
            var templateOk = rendered.Count == 0 || rendered.Any(r => r is null || string.Equals(r, value, StringComparison.OrdinalIgnoreCase));
            if (!patternOk || !templateOk)
            {
                var expected = rendered.OfType<string>().ToList();
                return expected.Count == 0 ? rule.Error : $"{rule.Error} {ValidationText.Get("Expected", string.Join(ValidationText.Get("Or"), expected))}";
            }
        }

        return null;
    }
}
