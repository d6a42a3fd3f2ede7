using InternalTthc.Core.Text;

namespace InternalTthc.Core.Directory;

/// <summary>Roles, unit levels and kinds as administrators write them in a table: Vietnamese words, English words or the JSON names.</summary>
internal static class DirectoryWords
{
    public static Role? Role(string text) => Find<Role>(text, "RoleWords");

    public static UnitLevel? Level(string text) => Find<UnitLevel>(text, "LevelWords");

    public static UnitKind? Kind(string text) => Find<UnitKind>(text, "KindWords");

    private static T? Find<T>(string text, string prefix) where T : struct, Enum
    {
        var folded = Fold(text);
        foreach (var value in Enum.GetValues<T>())
        {
            var words = DirectoryText.Vietnamese(prefix + value).Split('|')
                .Concat(DirectoryText.English(prefix + value).Split('|')).Append(value.ToString());
            if (words.Any(w => Fold(w) == folded)) return value;
        }

        return null;
    }

    private static string Fold(string text) => VietnameseText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
}
