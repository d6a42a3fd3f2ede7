using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Menu;

/// <summary>A jurisdiction's password rules as one sentence for the people who get a new mailbox or password.</summary>
public static class PasswordAdvice
{
    public static string Text(PasswordPolicy p)
    {
        var parts = new List<string>();
        if (p.MinLength is { } min) parts.Add(CardText.Get("PasswordMinLength", null, min));
        if (p.MixedCharacters) parts.Add(CardText.Get("PasswordMixed"));
        if (p.NotTheLogin) parts.Add(CardText.Get("PasswordNotLogin"));
        if (p.NoReuseOfLast is { } last) parts.Add(CardText.Get("PasswordNoReuse", null, last));
        if (p.ChangeEveryMonths is { } months) parts.Add(CardText.Get("PasswordChangeEvery", null, months));
        var rules = CardText.Get("PasswordRules", null, string.Join("; ", parts), p.Source);
        return p.ChangeAtFirstLogin ? $"{CardText.Get("PasswordChangeFirst")} {rules}" : rules;
    }
}
