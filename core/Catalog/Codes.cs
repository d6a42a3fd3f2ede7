using System.Text.RegularExpressions;

namespace InternalTthc.Core.Catalog;

/// <summary>Shapes of the identifiers catalog files use.</summary>
public static partial class Codes
{
    public static bool IsKebab(string value) => Kebab().IsMatch(value);

    public static bool IsCasePrefix(string value) => CasePrefix().IsMatch(value);

    public static bool IsFieldName(string value) => FieldName().IsMatch(value);

    /// <summary>An enum member as catalog files spell it: "ValidReceipt" is "validReceipt".</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();

    [GeneratedRegex("^[A-Z]{2,5}$")]
    private static partial Regex CasePrefix();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex FieldName();
}
