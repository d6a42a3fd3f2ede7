using System.Collections;
using System.Reflection;

namespace InternalTthc.Core.Text;

/// <summary>
/// Finds the nulls a deserialized file holds where its types say a value is required (a property not marked nullable,
/// an element of a list of non-nullable items): System.Text.Json lets them through, and a reader of the file would
/// then fail deep inside. Each is named by its path, e.g. "procedures[3].form[2].label".
/// </summary>
public static class MissingValues
{
    public static IReadOnlyList<string> Find(object root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<string>();
        Walk(root, "", new NullabilityInfoContext(), found, depth: 0);
        return found;
    }

    private static void Walk(object value, string path, NullabilityInfoContext context, List<string> found, int depth)
    {
        // Our own types only, and not without end (the files are trees of a few levels).
        if (depth > 32 || value.GetType().Namespace?.StartsWith("InternalTthc", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var info = context.Create(property);
            var name = path.Length == 0 ? Camel(property.Name) : $"{path}.{Camel(property.Name)}";
            var child = property.GetValue(value);
            if (child is null)
            {
                if (info.ReadState == NullabilityState.NotNull && !property.PropertyType.IsValueType)
                {
                    found.Add(name);
                }

                continue;
            }

            if (child is IEnumerable items and not string)
            {
                var elementRequired = info.GenericTypeArguments.LastOrDefault()?.ReadState == NullabilityState.NotNull
                    || info.ElementType?.ReadState == NullabilityState.NotNull;
                var i = 0;
                foreach (var item in items)
                {
                    if (item is null && elementRequired)
                    {
                        found.Add($"{name}[{i}]");
                    }
                    else if (item is not null)
                    {
                        Walk(item, $"{name}[{i}]", context, found, depth + 1);
                    }

                    i++;
                }

                continue;
            }

            Walk(child, name, context, found, depth + 1);
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
